import { only, owner, row, signedIn, staff, type Rows } from './table';
import { PNG, ZZ } from './world';

/** Patient A's follow-up is refused to patient B without revealing it, to staff outside its care with FORBIDDEN. */
const theirs = { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' } as const;
const AML = [{ code: 'DRUG-AML', quantity: 1, days: 28 }];

// The doctor's actions: an online-qualified doctor of the follow-up's department (陈立民, who took it); admins are not doctors.
// The prescription's review: the hospital's pharmacists (an admin holds every role but the doctor's).
export const followup: Rows = {
  eligibility: row((w) => ({ patientId: w.a.patientId, departmentId: 'd-zz-cardio' }), owner()),
  attach: row((w) => ({ hospitalId: ZZ, image: PNG, requestId: w.rid() }), signedIn()),
  start: row((w) => ({ patientId: w.a.patientId, departmentId: 'd-zz-cardio', changes: '血压平稳，药快吃完了', requestId: w.rid() }), owner()),
  mine: row(() => ({}), signedIn()),
  get: row((w) => ({ followupId: w.a.followupId }), staff(['doctor', 'pharmacist'], 'FORBIDDEN', { patientA: 'allowed', patientB: 'NOT_FOUND' })),
  photoLink: row(
    (w) => ({ followupId: w.a.followupId, photoId: w.a.followupPhotoId }),
    staff(['doctor', 'pharmacist'], 'FORBIDDEN', { patientA: 'allowed', patientB: 'NOT_FOUND' }),
  ),
  message: row(
    (w) => ({ followupId: w.a.followupId, text: '最近晚上偶尔头晕', requestId: w.rid() }),
    only(['patientA', 'Z:doctor'], 'FORBIDDEN', { patientB: 'NOT_FOUND' }),
  ),
  withdraw: row((w) => ({ followupId: w.a.followupId }), owner()),
  settings: row(() => ({ hospitalId: ZZ }), signedIn()),
  saveSettings: row(() => ({ hospitalId: ZZ, windowDays: 180, feeFen: 1000, shipsCold: false }), staff([])),
  worklist: row(() => ({ hospitalId: ZZ }), only(['Z:doctor', 'Z:doctor2'])),
  accept: row((w) => ({ followupId: w.a.followupId }), only(['Z:doctor'], 'FORBIDDEN', theirs)),
  decline: row((w) => ({ followupId: w.a.followupId, reason: '病情变化，需到院面诊' }), only(['Z:doctor'], 'FORBIDDEN', theirs)),
  refer: row((w) => ({ followupId: w.a.followupId, reason: '需到院复查心电图' }), only(['Z:doctor'], 'FORBIDDEN', theirs)),
  complete: row((w) => ({ followupId: w.a.followupId }), only(['Z:doctor'], 'FORBIDDEN', theirs)),
  formulary: row((w) => ({ followupId: w.a.followupId }), only(['Z:doctor'], 'FORBIDDEN', theirs)),
  previous: row((w) => ({ followupId: w.a.followupId }), only(['Z:doctor'], 'FORBIDDEN', theirs)),
  renew: row((w) => ({ followupId: w.a.followupId, requestId: w.rid() }), only(['Z:doctor'], 'FORBIDDEN', theirs)),
  prescribe: row((w) => ({ followupId: w.a.followupId, type: 'long_term', items: AML, requestId: w.rid() }), only(['Z:doctor'], 'FORBIDDEN', theirs)),
  revise: row((w) => ({ prescriptionId: w.a.onlineRxId, type: 'long_term', items: AML }), only(['Z:doctor'], 'FORBIDDEN', theirs)),
  reviewQueue: row(() => ({ hospitalId: ZZ }), staff(['pharmacist'])),
  review: row((w) => ({ prescriptionId: w.a.onlineRxId, decision: 'approve' }), staff(['pharmacist'], 'FORBIDDEN', theirs)),
  prescription: row((w) => ({ prescriptionId: w.a.onlineRxId }), staff(['doctor', 'pharmacist'], 'FORBIDDEN', { patientA: 'allowed', patientB: 'NOT_FOUND' })),
};
