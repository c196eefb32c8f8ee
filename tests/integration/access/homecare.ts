import { row, type Rows } from './table';
import { homecareRequest, PNG, ZZ } from './world';

const VITALS = { temperature: 36.5, pulse: 80, systolic: 120, diastolic: 80, spo2: 98 };

// depart, start, finish, alert: no nurse is assigned to the world's request, so its assigned staff is no identity.
export const homecare: Rows = {
  catalog: row(() => ({ hospitalId: ZZ })),
  attach: row((w) => ({ hospitalId: ZZ, image: PNG, requestId: w.rid() })),
  photoLink: row((w) => ({ homecareId: w.a.homecareId, photoId: w.a.homecarePhotoId })),
  request: row((w) => homecareRequest('2026-11-28', [], w.rid())),
  mine: row(() => ({})),
  get: row((w) => ({ homecareId: w.a.homecareId })),
  cancel: row((w) => ({ homecareId: w.a.homecareId })),
  worklist: row(() => ({ hospitalId: ZZ })),
  accept: row((w) => ({ homecareId: w.a.homecareId, assessment: '可上门' })),
  decline: row((w) => ({ homecareId: w.a.homecareId, reason: '超出服务范围' })),
  assign: row((w) => ({ homecareId: w.a.homecareId, nurseOpenid: 'demo-nurse-zz' })),
  reschedule: row((w) => ({ homecareId: w.a.homecareId, date: '2026-11-28', startTime: '14:00', endTime: '16:00' })),
  alerts: row(() => ({ hospitalId: ZZ })),
  nurses: row(() => ({ hospitalId: ZZ })),
  setNurse: row(() => ({ hospitalId: ZZ, openid: 'demo-nurse-zz', nurseTitle: 'supervisor', practiceSinceYear: 2012 })),
  tasks: row(() => ({ hospitalId: ZZ })),
  depart: row((w) => ({ homecareId: w.a.homecareId })),
  start: row((w) => ({ homecareId: w.a.homecareId })),
  finish: row((w) => ({ homecareId: w.a.homecareId, note: '已换药', vitals: VITALS })),
  alert: row((w) => ({ homecareId: w.a.homecareId, note: '家属情绪激动', requestId: w.rid() })),
  services: row(() => ({ hospitalId: ZZ })),
  saveService: row(() => ({ hospitalId: ZZ, code: 'dressing', serviceFen: 9000, travelFen: 2000, active: true })),
};
