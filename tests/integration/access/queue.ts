import { row, type Rows } from './table';
import { ZZ } from './world';

/** 陈立民's session today (Wednesday afternoon). */
const today = { ownerId: 'doc-zz-001', date: '2026-11-25', session: 'pm' };

export const queue: Rows = {
  checkIn: row((w) => ({ appointmentId: w.a.upcomingId, code: w.areaCode })),
  carePath: row((w) => ({ appointmentId: w.a.visitId, from: 'zz-cashier', elder: false })),
  status: row((w) => ({ appointmentId: w.a.upcomingId })),
  callNext: row((w) => ({ ...today, requestId: w.rid() })),
  recall: row((w) => ({ appointmentId: w.a.queuedId, requestId: w.rid() })),
  skip: row((w) => ({ appointmentId: w.a.queuedId, requestId: w.rid() })),
  checkInFor: row((w) => ({ appointmentId: w.a.upcomingId, requestId: w.rid() })),
  addWalkIn: row((w) => ({ slotId: w.todaySlotId, patientName: '王芳', requestId: w.rid() })),
  setPriority: row((w) => ({ appointmentId: w.a.queuedId, priority: 'elderly80', reason: '患者85岁' })),
  markReturning: row((w) => ({ appointmentId: w.a.queuedId })),
  pause: row(() => ({ ...today, reason: '医生临时会诊' })),
  resume: row(() => today),
  setRoom: row(() => ({ ...today, room: '3诊室' })),
  areaCode: row(() => ({ departmentId: 'd-zz-cardio' })),
  sessionQueue: row(() => today),
  // A doctor asks for their own sessions, anyone else for a nurse's.
  mySessions: row((_w, as) => ({ hospitalId: ZZ, as: as === 'Z:doctor' || as === 'Z:doctor2' ? 'doctor' : 'nurse' })),
  startVisit: row((w) => ({ appointmentId: w.a.queuedId })),
  finishReturn: row((w) => ({ appointmentId: w.a.queuedId })),
  assignAreas: row(() => ({ hospitalId: ZZ, openid: 'demo-nurse-zz', departmentIds: ['d-zz-cardio', 'd-zz-resp'] })),
  listAreas: row(() => ({ hospitalId: ZZ })),
  getSettings: row(() => ({ hospitalId: ZZ })),
  saveSettings: row(() => ({ hospitalId: ZZ, checkInOpensMinutes: 60, checkInClosesMinutes: 30, skipPlaces: 3, locationRadiusMeters: 500 })),
  // An exam room's nurses (of its area); on a doctor's visit the nurse of the area passes the checks and is refused as STATE_CONFLICT.
  startExam: row((w) => ({ appointmentId: w.a.queuedId })),
  finishExam: row((w) => ({ appointmentId: w.a.queuedId })),
};
