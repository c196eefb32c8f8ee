import { owner, row, staff, type Rows } from './table';
import { ADDRESS, ZZ } from './world';

/** The prescription's owner, or the hospital's pharmacists (an admin holds every role); patient B learns nothing. */
const ownerOrPharmacy = staff(['pharmacist'], 'FORBIDDEN', { patientA: 'allowed', patientB: 'NOT_FOUND' });
const pharmacy = staff(['pharmacist'], 'FORBIDDEN', { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' });

export const delivery: Rows = {
  quote: row((w) => ({ prescriptionId: w.a.onlineRxId }), ownerOrPharmacy),
  choose: row((w) => ({ prescriptionId: w.a.onlineRxId, mode: 'delivery', address: ADDRESS }), owner()),
  get: row((w) => ({ prescriptionId: w.a.onlineRxId }), ownerOrPharmacy),
  receive: row((w) => ({ prescriptionId: w.a.onlineRxId }), owner()),
  cancel: row((w) => ({ prescriptionId: w.a.onlineRxId }), owner()),
  worklist: row(() => ({ hospitalId: ZZ }), staff(['pharmacist'])),
  pack: row((w) => ({ prescriptionId: w.a.onlineRxId }), pharmacy),
  ship: row((w) => ({ prescriptionId: w.a.onlineRxId, carrier: '顺丰速运', trackingNo: 'SF1234567890' }), pharmacy),
  handOver: row((w) => ({ prescriptionId: w.a.onlineRxId }), pharmacy),
};
