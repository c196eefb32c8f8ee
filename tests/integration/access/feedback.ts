import { row, type Rows } from './table';
import { PNG, ZZ } from './world';

export const feedback: Rows = {
  rate: row((w) => ({ appointmentId: w.a.visitId, scores: { doctor: 5, nurse: 5, waiting: 4, environment: 4, payment: 5 }, comment: '很好' })),
  myRating: row((w) => ({ appointmentId: w.a.visitId })),
  myVisits: row(() => ({})),
  stats: row(() => ({ hospitalId: ZZ, month: '2026-11' })),
  attach: row((w) => ({ hospitalId: ZZ, image: PNG, requestId: w.rid() })),
  photoLink: row((w) => ({ photoId: w.a.feedbackPhotoId })),
  complain: row((w) => ({ hospitalId: ZZ, category: 'service', text: '排队太久', appointmentId: w.a.visitId, photoIds: [], requestId: w.rid() })),
  myComplaints: row(() => ({})),
  complaint: row((w) => ({ complaintId: w.a.complaintId })),
  worklist: row(() => ({ hospitalId: ZZ })),
  assign: row((w) => ({ complaintId: w.a.complaintId, handler: '门诊部', multiDepartment: false })),
  answer: row((w) => ({ complaintId: w.a.complaintId, text: '已处理，感谢反馈' })),
  close: row((w) => ({ complaintId: w.a.complaintId, note: '患者认可' })),
  overdue: row(() => ({ hospitalId: ZZ })),
  changes: row(() => ({ hospitalId: ZZ })),
  addChange: row((w) => ({ hospitalId: ZZ, title: '延长服务时间', text: '挂号窗口提前开放', departmentName: '门诊部', requestId: w.rid() })),
  getRules: row(() => ({ hospitalId: ZZ })),
  saveRules: row(() => ({ hospitalId: ZZ, singleDays: 5, multiDays: 10 })),
  rateService: row((w) => ({ kind: 'followup', itemId: w.a.followupId, scores: { doctor: 5, response: 4 }, comment: '很好' })),
  serviceRating: row((w) => ({ kind: 'consult', itemId: w.a.consultId })),
};
