/** The `booking` cloud function (backend/handlers/booking/): schedules, booking, my appointments, exam booking. */
import { z } from 'zod';
import type { AppointmentView, BookingRules, DepartmentDoctorSessions, ExamOrderView, OwnerSchedule, SlotView } from '../dto/booking';
import type { AppointmentStatus } from '../enums';
import { act } from './define';
import { fields } from './fields';

type Booked = { id: string; status: AppointmentStatus; appointment: AppointmentView };

export const booking = {
  doctorSchedule: act<{ schedule: OwnerSchedule }>()(z.object({ doctorId: fields.id() })),
  listSlots: act<{ slots: SlotView[] }>()(z.object({ doctorId: fields.id(), date: fields.date() })),
  departmentSchedule: act<{ date: string; days: Array<{ date: string; dayLabel: string; shortDate: string }>; doctors: DepartmentDoctorSessions[] }>()(
    z.object({ departmentId: fields.id(), date: fields.date().optional() }),
  ),
  rules: act<{ rules: BookingRules }>()(z.object({ hospitalId: fields.id() })),
  book: act<Booked>()(z.object({ slotId: fields.id().max(120), patientId: fields.id(), requestId: fields.requestId() })),
  cancel: act<{ appointment: AppointmentView }>()(z.object({ appointmentId: fields.id() })),
  mine: act<{ appointments: AppointmentView[] }>()(z.object({ status: z.enum(['active', 'past']).optional() })),
  get: act<{ appointment: AppointmentView }>()(z.object({ appointmentId: fields.id() })),
  examOrders: act<{ orders: ExamOrderView[] }>()(z.object({})),
  examSchedule: act<{ order: ExamOrderView; schedules: OwnerSchedule[] }>()(z.object({ examOrderId: fields.id() })),
  listResourceSlots: act<{ slots: SlotView[] }>()(z.object({ resourceId: fields.id(), date: fields.date() })),
  bookExam: act<Booked>()(z.object({ examOrderId: fields.id(), slotId: fields.id().max(120), requestId: fields.requestId() })),
};
