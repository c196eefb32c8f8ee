import { owner, signedIn, staff, row, type Rows } from './table';
import { ZZ } from './world';

export const invoices: Rows = {
  request: row((w) => ({ orderId: w.a.orderId, titleType: 'personal', titleName: '张建国', requestId: w.rid() }), owner()),
  reissue: row((w) => ({ invoiceId: w.a.invoiceId, titleType: 'personal', titleName: '张建国', requestId: w.rid() }), owner()),
  get: row((w) => ({ invoiceId: w.a.invoiceId }), staff(['billing'], 'FORBIDDEN', { patientA: 'allowed', patientB: 'NOT_FOUND' })),
  link: row((w) => ({ invoiceId: w.a.invoiceId }), staff(['billing'], 'FORBIDDEN', { patientA: 'allowed', patientB: 'NOT_FOUND' })),
  forOrder: row((w) => ({ orderId: w.a.orderId }), owner()),
  mine: row(() => ({}), signedIn()),
  list: row(() => ({ hospitalId: ZZ, date: '2026-11-25' }), staff(['billing'])),
};
