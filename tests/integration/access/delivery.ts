import { row, type Rows } from './table';
import { ADDRESS, ZZ } from './world';

export const delivery: Rows = {
  quote: row((w) => ({ prescriptionId: w.a.onlineRxId })),
  choose: row((w) => ({ prescriptionId: w.a.onlineRxId, mode: 'delivery', address: ADDRESS })),
  get: row((w) => ({ prescriptionId: w.a.onlineRxId })),
  receive: row((w) => ({ prescriptionId: w.a.onlineRxId })),
  cancel: row((w) => ({ prescriptionId: w.a.onlineRxId })),
  worklist: row(() => ({ hospitalId: ZZ })),
  pack: row((w) => ({ prescriptionId: w.a.onlineRxId })),
  ship: row((w) => ({ prescriptionId: w.a.onlineRxId, carrier: '顺丰速运', trackingNo: 'SF1234567890' })),
  handOver: row((w) => ({ prescriptionId: w.a.onlineRxId })),
};
