import { only, owner, row, staff, type Rows } from './table';
import { ZZ } from './world';

/** 陈立民's session today (Wednesday afternoon). */
const today = { ownerId: 'doc-zz-001', date: '2026-11-25', session: 'pm' };

// startVisit, finishReturn: the session's own doctor only (bound by the grant's doctorId); admins are not doctors.
export const queue: Rows = {
  checkIn: row((w) => ({ appointmentId: w.a.upcomingId, code: w.areaCode }), owner()),
  carePath: row((w) => ({ appointmentId: w.a.visitId, from: 'zz-cashier', elder: false }), owner()),
  status: row((w) => ({ appointmentId: w.a.upcomingId }), owner()),
  callNext: row((w) => ({ ...today, requestId: w.rid() }), staff(['nurse'])),
  recall: row((w) => ({ appointmentId: w.a.queuedId, requestId: w.rid() }), staff(['nurse'])),
  skip: row((w) => ({ appointmentId: w.a.queuedId, requestId: w.rid() }), staff(['nurse'])),
  checkInFor: row((w) => ({ appointmentId: w.a.upcomingId, requestId: w.rid() }), staff(['nurse'])),
  addWalkIn: row((w) => ({ slotId: w.todaySlotId, patientName: '王芳', requestId: w.rid() }), staff(['nurse'])),
  setPriority: row((w) => ({ appointmentId: w.a.queuedId, priority: 'elderly80', reason: '患者85岁' }), staff(['nurse'])),
  markReturning: row((w) => ({ appointmentId: w.a.queuedId }), staff(['nurse'])),
  pause: row(() => ({ ...today, reason: '医生临时会诊' }), staff(['nurse'])),
  resume: row(() => today, staff(['nurse'])),
  setRoom: row(() => ({ ...today, room: '3诊室' }), staff(['nurse'])),
  areaCode: row(() => ({ departmentId: 'd-zz-cardio' }), staff(['nurse'])),
  sessionQueue: row(() => today, staff(['nurse', 'doctor'])),
  mySessions: row(() => ({ hospitalId: ZZ, as: 'nurse' }), staff(['nurse'])),
  startVisit: row((w) => ({ appointmentId: w.a.queuedId }), only(['Z:doctor'])),
  finishReturn: row((w) => ({ appointmentId: w.a.queuedId }), only(['Z:doctor'])),
  assignAreas: row(() => ({ hospitalId: ZZ, openid: 'demo-nurse-zz', departmentIds: ['d-zz-cardio', 'd-zz-resp'] }), staff([])),
  listAreas: row(() => ({ hospitalId: ZZ }), staff([])),
  getSettings: row(() => ({ hospitalId: ZZ }), staff(['nurse'])),
  saveSettings: row(() => ({ hospitalId: ZZ, checkInOpensMinutes: 60, checkInClosesMinutes: 30, skipPlaces: 3, locationRadiusMeters: 500 }), staff([])),
  // An exam room's nurses (of its area); on a doctor's visit the nurse of the area passes the checks and is refused as STATE_CONFLICT.
  startExam: row((w) => ({ appointmentId: w.a.queuedId }), staff(['nurse'])),
  finishExam: row((w) => ({ appointmentId: w.a.queuedId }), staff(['nurse'])),
};
