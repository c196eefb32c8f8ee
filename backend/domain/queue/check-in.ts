/**
 * Whether a patient may check in now: paid and booked, inside the hospital's window around the slot
 * start (60 minutes before to 30 after by default), at the right clinic (its signed code) or,
 * where the hospital allows, within its radius. Every refusal says why in Chinese.
 */
import { AppointmentStatus } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { shanghaiDate, shanghaiTime } from '../../../miniprogram/shared/time';
import type { Problem } from '../booking/rules';
import type { QueueSettings } from './settings';

interface Checkable {
  status: AppointmentStatus;
  start: number;
}

const MINUTE = 60_000;

export function checkInOpensAt(a: Pick<Checkable, 'start'>, settings: QueueSettings): number {
  return a.start - settings.checkInOpensMinutes * MINUTE;
}

/** '12-08 07:30' on another day, '07:30' the same day. */
function when(at: number, now: number): string {
  return shanghaiDate(at) === shanghaiDate(now) ? shanghaiTime(at) : `${shanghaiDate(at).slice(5)} ${shanghaiTime(at)}`;
}

/** Why the appointment cannot be checked in (by anyone), or null. */
export function stateProblem(a: Checkable): Problem | null {
  if (a.status === AppointmentStatus.pending_payment) return { code: ErrorCode.STATE_CONFLICT, message: '挂号费未支付，请先缴费再签到' };
  if (a.status !== AppointmentStatus.booked && a.status !== AppointmentStatus.checked_in)
    return { code: ErrorCode.STATE_CONFLICT, message: '该预约已取消或已结束，不能签到' };
  return null;
}

/** Why the patient cannot check in themself now, or null. */
export function windowProblem(a: Checkable, now: number, settings: QueueSettings): Problem | null {
  const opens = checkInOpensAt(a, settings);
  if (now < opens) return { code: ErrorCode.STATE_CONFLICT, message: `还未到签到时间，${when(opens, now)} 起可签到` };
  const closes = a.start + settings.checkInClosesMinutes * MINUTE;
  if (now > closes) return { code: ErrorCode.STATE_CONFLICT, message: `已超过签到时间（${when(closes, now)} 截止），请到诊区护士站签到` };
  return null;
}

const EARTH_METRES = 6_371_000;
const rad = (d: number): number => (d * Math.PI) / 180;

/** Great-circle distance in metres. */
export function distanceMetres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_METRES * Math.asin(Math.sqrt(h));
}
