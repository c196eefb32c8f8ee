import { anyone, only, owner, row, signedIn, staff, type Rows } from './table';
import { homecareRequest, PNG, ZZ } from './world';

const VITALS = { temperature: 36.5, pulse: 80, systolic: 120, diastolic: 80, spo2: 98 };

// depart, start, finish, alert: the nurse assigned to the visit only, and none is assigned in the world: no one.
export const homecare: Rows = {
  catalog: row(() => ({ hospitalId: ZZ }), anyone()),
  attach: row((w) => ({ hospitalId: ZZ, image: PNG, requestId: w.rid() }), signedIn()),
  photoLink: row(
    (w) => ({ homecareId: w.a.homecareId, photoId: w.a.homecarePhotoId }),
    staff(['homecare'], 'FORBIDDEN', { patientA: 'allowed', patientB: 'NOT_FOUND' }),
  ),
  request: row((w) => homecareRequest('2026-11-28', [], w.rid()), owner()),
  mine: row(() => ({}), signedIn()),
  get: row((w) => ({ homecareId: w.a.homecareId }), staff(['homecare'], 'FORBIDDEN', { patientA: 'allowed', patientB: 'NOT_FOUND' })),
  cancel: row((w) => ({ homecareId: w.a.homecareId }), owner()),
  worklist: row(() => ({ hospitalId: ZZ }), staff(['homecare'])),
  accept: row(
    (w) => ({ homecareId: w.a.homecareId, assessment: '可上门' }),
    staff(['homecare'], 'FORBIDDEN', { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' }),
  ),
  decline: row(
    (w) => ({ homecareId: w.a.homecareId, reason: '超出服务范围' }),
    staff(['homecare'], 'FORBIDDEN', { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' }),
  ),
  assign: row(
    (w) => ({ homecareId: w.a.homecareId, nurseOpenid: 'demo-nurse-zz' }),
    staff(['homecare'], 'FORBIDDEN', { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' }),
  ),
  reschedule: row(
    (w) => ({ homecareId: w.a.homecareId, date: '2026-11-28', startTime: '14:00', endTime: '16:00' }),
    staff(['homecare'], 'FORBIDDEN', { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' }),
  ),
  alerts: row(() => ({ hospitalId: ZZ }), staff(['homecare'])),
  nurses: row(() => ({ hospitalId: ZZ }), staff(['homecare'])),
  setNurse: row(() => ({ hospitalId: ZZ, openid: 'demo-nurse-zz', nurseTitle: 'supervisor', practiceSinceYear: 2012 }), staff([])),
  tasks: row(() => ({ hospitalId: ZZ }), staff(['nurse'])),
  depart: row((w) => ({ homecareId: w.a.homecareId }), only([], 'FORBIDDEN', { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' })),
  start: row((w) => ({ homecareId: w.a.homecareId }), only([], 'FORBIDDEN', { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' })),
  finish: row((w) => ({ homecareId: w.a.homecareId, note: '已换药', vitals: VITALS }), only([], 'FORBIDDEN', { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' })),
  alert: row(
    (w) => ({ homecareId: w.a.homecareId, note: '家属情绪激动', requestId: w.rid() }),
    only([], 'FORBIDDEN', { patientA: 'NOT_FOUND', patientB: 'NOT_FOUND' }),
  ),
  services: row(() => ({ hospitalId: ZZ }), staff(['homecare'])),
  saveService: row(() => ({ hospitalId: ZZ, code: 'dressing', serviceFen: 9000, travelFen: 2000, active: true }), staff(['homecare'])),
};
