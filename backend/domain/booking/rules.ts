/**
 * Whether a patient may take a place in a slot now, and the keys that make the per-session and
 * per-day limits hold under concurrency (unique keys on the appointment, released when it ends).
 */
import { AppointmentStatus } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { SlotDoc } from '../scheduling/docs';
import type { BookingSettings, NoShowRule } from '../scheduling/settings';
import { slotStatus } from '../scheduling/slots';
import type { AppointmentDoc, NoShowRecord } from './docs';

export interface Problem {
  code: ErrorCode;
  message: string;
}

const DAY = 86_400_000;

/** Until when a patient may not book because of no-shows, or null. */
export function restrictedUntil(noShows: readonly NoShowRecord[], rule: NoShowRule, now: number): number | null {
  const recent = noShows
    .map((n) => n.at)
    .filter((at) => at > now - rule.withinDays * DAY)
    .sort((a, b) => a - b);
  if (recent.length < rule.count) return null;
  const until = recent[recent.length - 1] + rule.restrictDays * DAY;
  return until > now ? until : null;
}

/** Why this slot cannot be booked online now, or null. */
export function slotProblem(slot: SlotDoc, now: number, settings: BookingSettings): Problem | null {
  switch (slotStatus(slot, now, settings)) {
    case 'stopped':
      return { code: ErrorCode.STATE_CONFLICT, message: '该时段已停诊' };
    case 'closed':
      return { code: ErrorCode.OUTSIDE_BOOKING_WINDOW, message: '该时段已过，不能预约' };
    case 'not_released':
      return { code: ErrorCode.OUTSIDE_BOOKING_WINDOW, message: `该日期尚未放号，每天${settings.releaseTime}放号` };
    case 'full':
      return { code: ErrorCode.SLOT_FULL, message: '该时段已约满，请选择其他时段' };
    default:
      return null;
  }
}

export function noShowProblem(noShows: readonly NoShowRecord[], settings: BookingSettings, now: number): Problem | null {
  const until = restrictedUntil(noShows, settings.noShow, now);
  if (until === null) return null;
  const days = Math.ceil((until - now) / DAY);
  return { code: ErrorCode.LIMIT_REACHED, message: `因多次爽约，${days}天内暂不能预约` };
}

/** A paid slot waits for payment; a free one is booked at once. */
export function initialState(feeFen: number, now: number, settings: BookingSettings): Pick<AppointmentDoc, 'status' | 'holdUntil'> {
  return feeFen > 0
    ? { status: AppointmentStatus.pending_payment, holdUntil: now + settings.holdMinutes * 60_000 }
    : { status: AppointmentStatus.booked, holdUntil: null };
}
