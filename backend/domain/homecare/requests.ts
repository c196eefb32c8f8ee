/**
 * The home-nursing request (互联网+护理服务试点):
 *   requested → accepted (assessed) → paid → assigned (a qualified nurse) → departed → started → finished,
 * or declined / cancelled. The patient cancels free before the nurse leaves, keeps paying the
 * travel fee after, and cannot cancel once the nurse has arrived. Pure.
 */
import { HomecareStatus as S, type HomecareStatus } from '../../../miniprogram/shared/enums';

export const homecareNext: Record<HomecareStatus, HomecareStatus[]> = {
  requested: [S.accepted, S.declined, S.cancelled],
  accepted: [S.paid, S.cancelled],
  paid: [S.assigned, S.cancelled],
  assigned: [S.assigned, S.departed, S.cancelled],
  departed: [S.started, S.cancelled],
  started: [S.finished],
  finished: [],
  declined: [],
  cancelled: [],
};

export type HomecareEvent = 'accept' | 'decline' | 'pay' | 'assign' | 'depart' | 'start' | 'finish' | 'cancel';

export const eventTarget: Record<HomecareEvent, HomecareStatus> = {
  accept: S.accepted,
  decline: S.declined,
  pay: S.paid,
  assign: S.assigned,
  depart: S.departed,
  start: S.started,
  finish: S.finished,
  cancel: S.cancelled,
};

const refusals: Record<HomecareEvent, string> = {
  accept: '只有待评估的申请可以受理',
  decline: '申请已受理，不能再拒绝',
  pay: '该申请当前不需要支付',
  assign: '支付后才能派护士，护士出发后不能改派',
  depart: '派护士后才能出发',
  start: '护士出发后才能开始服务',
  finish: '开始服务后才能完成',
  cancel: '护士已到达，不能取消',
};

/** The new state for `event`, or why it is refused. */
export function homecareStep(from: HomecareStatus, event: HomecareEvent): { ok: true; to: HomecareStatus } | { ok: false; message: string } {
  const to = eventTarget[event];
  return homecareNext[from].includes(to) ? { ok: true, to } : { ok: false, message: refusals[event] };
}

/** What a cancel from `from` refunds of what was paid: all before the nurse left, all but the travel fee after. */
export function cancelRefundFen(from: HomecareStatus, paid: { serviceFen: number; travelFen: number }): number {
  if (from === S.paid || from === S.assigned) return paid.serviceFen + paid.travelFen;
  if (from === S.departed) return paid.serviceFen;
  return 0;
}

/** Rescheduling (the coordinator moves the window): before the nurse leaves. */
export const reschedulable = (s: HomecareStatus): boolean => s === S.accepted || s === S.paid || s === S.assigned;
