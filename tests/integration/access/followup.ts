import { row, type Rows } from './table';
import { PNG, ZZ } from './world';

const AML = [{ code: 'DRUG-AML', quantity: 1, days: 28 }];

// The follow-up in 心血管内科 was taken by 陈立民: Z:doctor is its doctor; Z:doctor2 (呼吸内科) is not.
export const followup: Rows = {
  eligibility: row((w) => ({ patientId: w.a.patientId, departmentId: 'd-zz-cardio' })),
  attach: row((w) => ({ hospitalId: ZZ, image: PNG, requestId: w.rid() })),
  start: row((w) => ({ patientId: w.a.patientId, departmentId: 'd-zz-cardio', changes: '血压平稳，药快吃完了', requestId: w.rid() })),
  mine: row(() => ({})),
  get: row((w) => ({ followupId: w.a.followupId })),
  photoLink: row((w) => ({ followupId: w.a.followupId, photoId: w.a.followupPhotoId })),
  message: row((w) => ({ followupId: w.a.followupId, text: '最近晚上偶尔头晕', requestId: w.rid() })),
  withdraw: row((w) => ({ followupId: w.a.followupId })),
  settings: row(() => ({ hospitalId: ZZ })),
  saveSettings: row(() => ({ hospitalId: ZZ, windowDays: 180, feeFen: 1000, shipsCold: false })),
  worklist: row(() => ({ hospitalId: ZZ })),
  accept: row((w) => ({ followupId: w.a.followupId })),
  decline: row((w) => ({ followupId: w.a.followupId, reason: '病情变化，需到院面诊' })),
  refer: row((w) => ({ followupId: w.a.followupId, reason: '需到院复查心电图' })),
  complete: row((w) => ({ followupId: w.a.followupId })),
  formulary: row((w) => ({ followupId: w.a.followupId })),
  previous: row((w) => ({ followupId: w.a.followupId })),
  renew: row((w) => ({ followupId: w.a.followupId, requestId: w.rid() })),
  prescribe: row((w) => ({ followupId: w.a.followupId, type: 'long_term', items: AML, requestId: w.rid() })),
  revise: row((w) => ({ prescriptionId: w.a.onlineRxId, type: 'long_term', items: AML })),
  reviewQueue: row(() => ({ hospitalId: ZZ })),
  review: row((w) => ({ prescriptionId: w.a.onlineRxId, decision: 'approve' })),
  prescription: row((w) => ({ prescriptionId: w.a.onlineRxId })),
};
