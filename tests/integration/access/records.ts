import { row, type Rows } from './table';
import { ZZ } from './world';

export const records: Rows = {
  reports: row((w) => ({ patientId: w.a.patientId, hospitalId: ZZ, page: 1 })),
  report: row((w) => ({ reportId: w.a.reportId, abnormalFirst: true })),
  trend: row((w) => ({ patientId: w.a.patientId, code: 'HBA1C' })),
  prescriptions: row((w) => ({ patientId: w.a.patientId })),
  drug: row(() => ({ code: 'DRUG-IBU' })),
  interactions: row((w) => ({ patientId: w.a.patientId })),
  savePlan: row((w) => ({ prescriptionId: w.a.prescriptionId, times: ['08:00'], remind: false, requestId: w.rid() })),
  plan: row((w) => ({ prescriptionId: w.a.prescriptionId })),
  markDose: row((w) => ({ planId: w.a.planId, date: '2026-11-25', time: '08:00', taken: true })),
  // Critical values: the report's department first; 王秀兰's has waited 20 hours, past the 30 minutes after which any doctor or nurse of the hospital hands it over (records-critical.test.ts), so Z:doctor2 too.
  criticalList: row(() => ({ hospitalId: ZZ })),
  recordContact: row((w) => ({ reportId: w.criticalReportId, contactedPerson: '王秀兰', method: 'phone', note: '已电话告知', requestId: w.rid() })),
};
