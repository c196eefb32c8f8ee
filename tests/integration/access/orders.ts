import { row, type Rows } from './table';
import { ZZ } from './world';

export const orders: Rows = {
  payAppointment: row((w) => ({ appointmentId: w.a.upcomingId })),
  pay: row((w) => ({ orderId: w.a.orderId })),
  settle: row((w) => ({ orderId: w.a.orderId })),
  get: row((w) => ({ orderId: w.a.orderId })),
  mine: row(() => ({ status: 'paid' })),
  bills: row(() => ({})),
  staffOrder: row((w) => ({ orderId: w.a.orderId })),
  refund: row((w) => ({ orderId: w.a.orderId, amountFen: 100, reason: '多收费用', requestId: w.rid() })),
  dailyTotals: row(() => ({ hospitalId: ZZ, date: '2026-11-25' })),
  findForRefund: row(() => ({ hospitalId: ZZ, name: '张建国' })),
  paymentIssues: row(() => ({ hospitalId: ZZ })),
};
