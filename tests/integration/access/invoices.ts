import { row, type Rows } from './table';
import { ZZ } from './world';

export const invoices: Rows = {
  request: row((w) => ({ orderId: w.a.orderId, titleType: 'personal', titleName: '张建国', requestId: w.rid() })),
  reissue: row((w) => ({ invoiceId: w.a.invoiceId, titleType: 'personal', titleName: '张建国', requestId: w.rid() })),
  get: row((w) => ({ invoiceId: w.a.invoiceId })),
  link: row((w) => ({ invoiceId: w.a.invoiceId })),
  forOrder: row((w) => ({ orderId: w.a.orderId })),
  mine: row(() => ({})),
  list: row(() => ({ hospitalId: ZZ, date: '2026-11-25' })),
};
