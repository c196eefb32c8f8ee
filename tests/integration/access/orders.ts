import { owner, signedIn, staff, row, type Rows } from './table';
import { ZZ } from './world';

export const orders: Rows = {
  payAppointment: row((w) => ({ appointmentId: w.a.upcomingId }), owner()),
  pay: row((w) => ({ orderId: w.a.orderId }), owner()),
  settle: row((w) => ({ orderId: w.a.orderId }), owner()),
  get: row((w) => ({ orderId: w.a.orderId }), owner()),
  mine: row(() => ({ status: 'paid' }), signedIn()),
  bills: row(() => ({}), signedIn()),
  staffOrder: row((w) => ({ orderId: w.a.orderId }), staff(['billing'])),
  refund: row((w) => ({ orderId: w.a.orderId, amountFen: 100, reason: '多收费用', requestId: w.rid() }), staff(['billing'])),
  dailyTotals: row(() => ({ hospitalId: ZZ, date: '2026-11-25' }), staff(['billing'])),
  findForRefund: row(() => ({ hospitalId: ZZ, name: '张建国' }), staff(['billing'])),
  paymentIssues: row(() => ({ hospitalId: ZZ }), staff(['billing'])),
};
