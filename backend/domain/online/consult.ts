/**
 * 在线咨询 rules (the consultation part, docs/online.md): the state machine
 *   unpaid → waiting → accepted → closed, or declined / expired / withdrawn,
 * the fee by doctor or department (free allowed), the answer deadline (default 24 h, the hospital
 * sets it), two follow-up questions, the thread closing 48 hours after the doctor's last answer, and
 * who may take a question (an online-qualified doctor of the hospital: the doctor asked, or one of
 * the department's). Pure: `now` is passed in.
 */
import { CONSULT_MAX_IMAGES, CONSULT_MAX_TEXT, type ConsultStatus, type VisitAdvice } from '../../../miniprogram/shared/dto/consult';
import type { StaffDoc } from '../content/docs';
import type { ConsultDoc, ConsultSettingsDoc } from './consult-docs';
import { onlinePracticeRefusal } from './qualification';

export const MAX_IMAGES = CONSULT_MAX_IMAGES;
export const MAX_FOLLOW_UPS = 2;
export const MAX_TEXT = CONSULT_MAX_TEXT;
export const HOUR_MS = 3_600_000;
export const CLOSE_AFTER_MS = 48 * HOUR_MS;
export const DEFAULT_ANSWER_HOURS = 24;
/** An unpaid question is withdrawn after this. */
export const UNPAID_HOLD_MS = 30 * 60_000;

export const DEFAULT_SETTINGS: Omit<ConsultSettingsDoc, '_id'> = {
  answerHours: DEFAULT_ANSWER_HOURS,
  defaultFen: 2000,
  departmentFen: 1000,
  doctorFees: {},
  updatedBy: '',
  updatedAt: 0,
};

export function settingsOf(hospitalId: string, doc: ConsultSettingsDoc | null): ConsultSettingsDoc {
  return { ...DEFAULT_SETTINGS, ...(doc ?? {}), _id: hospitalId };
}

/** The fee of a question to `doctorId` (or, when null, to a department), in fen. */
export function consultFeeFen(settings: ConsultSettingsDoc, doctorId: string | null): number {
  if (doctorId === null) return settings.departmentFen;
  const own = settings.doctorFees[doctorId];
  return typeof own === 'number' ? own : settings.defaultFen;
}

export type ConsultEvent = 'pay' | 'accept' | 'decline' | 'expire' | 'withdraw' | 'end' | 'close';

const next: Record<ConsultEvent, { from: ConsultStatus[]; to: ConsultStatus; refusal: string }> = {
  pay: { from: ['unpaid'], to: 'waiting', refusal: '该咨询当前不需要支付' },
  accept: { from: ['waiting'], to: 'accepted', refusal: '只有等待接诊的咨询可以接诊' },
  decline: { from: ['waiting'], to: 'declined', refusal: '咨询已接诊或已结束，不能再拒绝' },
  expire: { from: ['waiting'], to: 'expired', refusal: '只有等待接诊的咨询会超时' },
  withdraw: { from: ['unpaid', 'waiting'], to: 'withdrawn', refusal: '医生已接诊，不能撤回；如不再需要，可结束咨询' },
  end: { from: ['accepted'], to: 'closed', refusal: '只有进行中的咨询可以结束' },
  close: { from: ['accepted'], to: 'closed', refusal: '只有进行中的咨询可以关闭' },
};

export type Step = { ok: true; to: ConsultStatus } | { ok: false; message: string };

export function consultStep(status: ConsultStatus, event: ConsultEvent): Step {
  const rule = next[event];
  return rule.from.includes(status) ? { ok: true, to: rule.to } : { ok: false, message: rule.refusal };
}

/** Statuses whose money goes back in full (a paid question nobody answered). */
export const REFUNDED_STATUSES: readonly ConsultStatus[] = ['declined', 'expired', 'withdrawn'];

export const answerDeadline = (waitingSince: number, settings: Pick<ConsultSettingsDoc, 'answerHours'>): number =>
  waitingSince + settings.answerHours * HOUR_MS;

/** A waiting question past its deadline. */
export const isOverdue = (c: Pick<ConsultDoc, 'status' | 'answerBy'>, now: number): boolean =>
  c.status === 'waiting' && c.answerBy !== null && now >= c.answerBy;

/** An unpaid question past its hold. */
export const isUnpaidTooLong = (c: Pick<ConsultDoc, 'status' | 'createdAt'>, now: number): boolean =>
  c.status === 'unpaid' && now - c.createdAt >= UNPAID_HOLD_MS;

/** An accepted thread whose 48 hours after the last answer have passed. */
export const isDueToClose = (c: Pick<ConsultDoc, 'status' | 'closesAt'>, now: number): boolean =>
  c.status === 'accepted' && c.closesAt !== null && now >= c.closesAt;

/** Why the doctor may not answer now, or null. */
export function replyRefusal(c: Pick<ConsultDoc, 'status' | 'closesAt'>, now: number): string | null {
  if (c.status === 'waiting') return '请先接诊再回复';
  if (c.status !== 'accepted' || isDueToClose(c, now)) return '该咨询已结束';
  return null;
}

/** Why the patient may not ask a follow-up question now, or null. */
export function followUpRefusal(c: Pick<ConsultDoc, 'status' | 'closesAt' | 'followUps' | 'lastAnswerAt'>, now: number): string | null {
  if (c.status !== 'accepted' || isDueToClose(c, now)) return '该咨询已结束，不能再追问';
  if (c.lastAnswerAt === null) return '医生回复后才能追问';
  if (c.followUps >= MAX_FOLLOW_UPS) return `每次咨询最多追问${MAX_FOLLOW_UPS}次`;
  return null;
}

/**
 * Why `staff` (with the doctor record they are bound to) may not take `c`, or null: an
 * online-qualified doctor of the consultation's hospital; for a question to a doctor, that doctor;
 * for a department question, a doctor of that department.
 */
export function handlerRefusal(
  staff: Pick<StaffDoc, 'roles' | 'doctorId' | 'practiceSinceYear' | 'hospitalId'> | null,
  doctorDepartmentId: string | null,
  c: Pick<ConsultDoc, 'hospitalId' | 'target' | 'doctorId' | 'departmentId'>,
  year: number,
): string | null {
  if (!staff || staff.hospitalId !== c.hospitalId) return '仅本院执业医师可处理该咨询';
  const unqualified = onlinePracticeRefusal(staff, year);
  if (unqualified) return unqualified;
  if (c.target === 'doctor' && staff.doctorId !== c.doctorId) return '这是提给其他医生的咨询';
  if (c.target === 'department' && doctorDepartmentId !== c.departmentId) return '这是提给其他科室的咨询';
  return null;
}

export const statusLabels: Record<ConsultStatus, string> = {
  unpaid: '待支付',
  waiting: '等待医生接诊',
  accepted: '咨询中',
  closed: '已结束',
  declined: '医生未接诊',
  expired: '超时未接诊',
  withdrawn: '已撤回',
};

export const visitLabels: Record<VisitAdvice, string> = {
  none: '暂不需要来院',
  planned: '建议择期来院就诊',
  soon: '建议尽快来院就诊',
  now: '请立即到急诊就诊',
};

/** The worklist order: red flags first, then the earliest deadline, then the oldest. */
export function worklistOrder(
  a: Pick<ConsultDoc, 'redFlag' | 'answerBy' | 'createdAt' | 'status'>,
  b: Pick<ConsultDoc, 'redFlag' | 'answerBy' | 'createdAt' | 'status'>,
): number {
  if (a.redFlag !== b.redFlag) return a.redFlag ? -1 : 1;
  if (a.status !== b.status) return a.status === 'waiting' ? -1 : 1;
  return (a.answerBy ?? Number.MAX_SAFE_INTEGER) - (b.answerBy ?? Number.MAX_SAFE_INTEGER) || a.createdAt - b.createdAt;
}
