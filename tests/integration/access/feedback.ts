import { anyone, owner, signedIn, staff, row, type Rows } from './table';
import { PNG, ZZ } from './world';

export const feedback: Rows = {
  rate: row((w) => ({ appointmentId: w.a.visitId, scores: { doctor: 5, nurse: 5, waiting: 4, environment: 4, payment: 5 }, comment: '很好' }), owner()),
  myRating: row((w) => ({ appointmentId: w.a.visitId }), owner()),
  myVisits: row(() => ({}), signedIn()),
  stats: row(() => ({ hospitalId: ZZ, month: '2026-11' }), staff([])),
  attach: row((w) => ({ hospitalId: ZZ, image: PNG, requestId: w.rid() }), signedIn()),
  photoLink: row((w) => ({ photoId: w.a.feedbackPhotoId }), staff(['service'], 'FORBIDDEN', { patientA: 'allowed', patientB: 'NOT_FOUND' })),
  complain: row((w) => ({ hospitalId: ZZ, category: 'service', text: '排队太久', appointmentId: w.a.visitId, photoIds: [], requestId: w.rid() }), owner()),
  myComplaints: row(() => ({}), signedIn()),
  complaint: row((w) => ({ complaintId: w.a.complaintId }), staff(['service'], 'FORBIDDEN', { patientA: 'allowed', patientB: 'NOT_FOUND' })),
  worklist: row(() => ({ hospitalId: ZZ }), staff(['service'])),
  assign: row(
    (w) => ({ complaintId: w.a.complaintId, handler: '门诊部', multiDepartment: false }),
    staff(['service'], 'FORBIDDEN', { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' }),
  ),
  answer: row(
    (w) => ({ complaintId: w.a.complaintId, text: '已处理，感谢反馈' }),
    staff(['service'], 'FORBIDDEN', { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' }),
  ),
  close: row((w) => ({ complaintId: w.a.complaintId, note: '患者认可' }), staff(['service'], 'FORBIDDEN', { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' })),
  overdue: row(() => ({ hospitalId: ZZ }), staff([])),
  changes: row(() => ({ hospitalId: ZZ }), anyone()),
  addChange: row(
    (w) => ({ hospitalId: ZZ, title: '延长服务时间', text: '挂号窗口提前开放', departmentName: '门诊部', requestId: w.rid() }),
    staff(['service']),
  ),
  getRules: row(() => ({ hospitalId: ZZ }), staff(['service'])),
  saveRules: row(() => ({ hospitalId: ZZ, singleDays: 5, multiDays: 10 }), staff([])),
  rateService: row((w) => ({ kind: 'followup', itemId: w.a.followupId, scores: { doctor: 5, response: 4 }, comment: '很好' }), owner()),
  serviceRating: row((w) => ({ kind: 'consult', itemId: w.a.consultId }), owner()),
};
