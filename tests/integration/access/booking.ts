import { row, type Rows } from './table';

export const booking: Rows = {
  doctorSchedule: row(() => ({ doctorId: 'doc-zz-001' })),
  listSlots: row(() => ({ doctorId: 'doc-zz-001', date: '2026-11-27' })),
  departmentSchedule: row(() => ({ departmentId: 'd-zz-cardio', date: '2026-11-27' })),
  rules: row(() => ({ hospitalId: 'h-zzcentral' })),
  book: row((w) => ({ slotId: w.openSlotId, patientId: w.a.patientId, requestId: w.rid() })),
  cancel: row((w) => ({ appointmentId: w.a.upcomingId })),
  mine: row(() => ({ status: 'active' })),
  get: row((w) => ({ appointmentId: w.a.visitId })),
  examOrders: row(() => ({})),
  examSchedule: row((w) => ({ examOrderId: w.a.examOrderId })),
  listResourceSlots: row(() => ({ resourceId: 'res-zz-us-abd', date: '2026-11-26' })),
  bookExam: row((w) => ({ examOrderId: w.a.examOrderId, slotId: w.examSlotId, requestId: w.rid() })),
};
