/** Typed calls of the `booking` cloud function: schedules, booking, my appointments, exam booking. */
import type {
  AppointmentView,
  BookingRules,
  DepartmentDoctorSessions,
  ExamOrderView,
  OwnerSchedule,
  SlotView,
} from '../shared/dto/booking';
import type { AppointmentStatus } from '../shared/enums';
import { callFunction } from './transport';

const call = <T>(action: string, params: object = {}) => callFunction<T>('booking', action, params);

export const doctorSchedule = (doctorId: string) => call<{ schedule: OwnerSchedule }>('doctorSchedule', { doctorId });
export const listSlots = (doctorId: string, date: string) => call<{ slots: SlotView[] }>('listSlots', { doctorId, date });
export const departmentSchedule = (departmentId: string, date?: string) =>
  call<{ date: string; days: Array<{ date: string; dayLabel: string; shortDate: string }>; doctors: DepartmentDoctorSessions[] }>('departmentSchedule', {
    departmentId,
    ...(date ? { date } : {}),
  });
export const rules = (hospitalId: string) => call<{ rules: BookingRules }>('rules', { hospitalId });
export const book = (slotId: string, patientId: string, requestId: string) =>
  call<{ id: string; status: AppointmentStatus; appointment: AppointmentView }>('book', { slotId, patientId, requestId });
export const cancel = (appointmentId: string) => call<{ appointment: AppointmentView }>('cancel', { appointmentId });
export const mine = (status?: 'active' | 'past') => call<{ appointments: AppointmentView[] }>('mine', status ? { status } : {});
export const getAppointment = (appointmentId: string) => call<{ appointment: AppointmentView }>('get', { appointmentId });
export const examOrders = () => call<{ orders: ExamOrderView[] }>('examOrders');
export const examSchedule = (examOrderId: string) => call<{ order: ExamOrderView; schedules: OwnerSchedule[] }>('examSchedule', { examOrderId });
export const listResourceSlots = (resourceId: string, date: string) => call<{ slots: SlotView[] }>('listResourceSlots', { resourceId, date });
export const bookExam = (examOrderId: string, slotId: string, requestId: string) =>
  call<{ id: string; status: AppointmentStatus; appointment: AppointmentView }>('bookExam', { examOrderId, slotId, requestId });
