/**
 * Appointment states: pending_payment → booked → checked_in → completed, or cancelled / expired /
 * no_show. Each change is claimed by a conditional update from the expected state.
 */
import { AppointmentStatus as S, type AppointmentStatus } from '../../../miniprogram/shared/enums';
import type { BookingSettings } from '../scheduling/settings';
import type { AppointmentDoc, RefundState } from './docs';
import type { Problem } from './rules';
import { ErrorCode } from '../../../miniprogram/shared/errors';

export const nextStates: Record<AppointmentStatus, AppointmentStatus[]> = {
  pending_payment: [S.booked, S.cancelled, S.expired],
  booked: [S.checked_in, S.cancelled, S.no_show],
  checked_in: [S.completed],
  completed: [],
  cancelled: [],
  expired: [],
  no_show: [],
};

/** States of an appointment still under way. */
export const ACTIVE: AppointmentStatus[] = [S.pending_payment, S.booked, S.checked_in];

/** States that hold a place in a slot: under way, or used (seen or missed); only an ending gives a place back. */
export const HOLDING: AppointmentStatus[] = [...ACTIVE, S.completed, S.no_show];

/** Why the owner cannot cancel now, or null. Before the deadline only: 120 minutes before 09:00 is 07:00. */
export function cancelProblem(a: Pick<AppointmentDoc, 'status' | 'start'>, now: number, settings: BookingSettings): Problem | null {
  if (a.status !== S.pending_payment && a.status !== S.booked) {
    return { code: ErrorCode.STATE_CONFLICT, message: '该预约当前不能取消' };
  }
  if (a.status === S.booked && now > a.start - settings.cancelDeadlineMinutes * 60_000) {
    return { code: ErrorCode.STATE_CONFLICT, message: `就诊前${settings.cancelDeadlineMinutes}分钟内不能在线取消，请到窗口办理` };
  }
  return null;
}

/** Whether the owner may still cancel, for display. */
export function cancellable(a: Pick<AppointmentDoc, 'status' | 'start'>, now: number, settings: BookingSettings): boolean {
  return cancelProblem(a, now, settings) === null;
}

/**
 * The fields an ending (cancel, expire, stop-clinic) sets: the status and a refund owed when the
 * patient had paid.
 */
export function endingPatch(a: Pick<AppointmentDoc, 'status' | 'feeFen'>, to: AppointmentStatus, reason: string, now: number): Record<string, unknown> {
  const paid = a.status === S.booked && a.feeFen > 0;
  const refund: RefundState = paid ? 'owed' : 'none';
  return {
    status: to,
    cancelReason: reason,
    refund,
    holdUntil: null,
    updatedAt: now,
  };
}

/** What a cancelled appointment's notice says about its fee: never empty (a subscribe message refuses an empty field). */
export function refundNotice(refund: RefundState): string {
  if (refund === 'refunded') return '挂号费已原路退回';
  if (refund === 'owed' || refund === 'failed') return '挂号费将原路退回';
  return '未付费，无需退款';
}
