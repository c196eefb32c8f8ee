import { anyone, owner, signedIn, row, type Rows } from './table';

export const booking: Rows = {
  doctorSchedule: row(() => ({ doctorId: 'doc-zz-001' }), anyone()),
  listSlots: row(() => ({ doctorId: 'doc-zz-001', date: '2026-11-27' }), anyone()),
  departmentSchedule: row(() => ({ departmentId: 'd-zz-cardio', date: '2026-11-27' }), anyone()),
  rules: row(() => ({ hospitalId: 'h-zzcentral' }), anyone()),
  book: row((w) => ({ slotId: w.openSlotId, patientId: w.a.patientId, requestId: w.rid() }), owner()),
  cancel: row((w) => ({ appointmentId: w.a.upcomingId }), owner()),
  mine: row(() => ({ status: 'active' }), signedIn()),
  get: row((w) => ({ appointmentId: w.a.visitId }), owner()),
  examOrders: row(() => ({}), signedIn()),
  examSchedule: row((w) => ({ examOrderId: w.a.examOrderId }), owner()),
  listResourceSlots: row(() => ({ resourceId: 'res-zz-us-abd', date: '2026-11-26' }), signedIn()),
  bookExam: row((w) => ({ examOrderId: w.a.examOrderId, slotId: w.examSlotId, requestId: w.rid() }), owner()),
};
