/**
 * What the clinic page shows of a doctor's coming days and of one session's slots, and the
 * checks of stop-clinic and add-on before they are sent.
 */
import type { DaySummary } from '../../shared/dto/booking';
import type { StaffSlotView, StopClinicResult } from '../../shared/dto/schedule';
import type { Session } from '../../shared/enums';

export const REASON_MAX = 60;
export const ADD_ON_MAX = 5;

export interface DayTab {
  date: string;
  title: string;
}

export interface SessionChoice {
  session: Session;
  label: string;
  stopped: boolean;
}

export interface SlotRow {
  id: string;
  time: string;
  detail: string;
  stateLabel: string;
  stopped: boolean;
  reason: string;
}

/** '今天 11-25', '周五 11-27'. */
export function dayTabs(days: readonly DaySummary[]): DayTab[] {
  return days.map((d) => ({ date: d.date, title: `${d.dayLabel} ${d.shortDate}` }));
}

/** The day to show first: `preferred` when listed, else the first day with a clinic, else the first day. */
export function pickDay(days: readonly DaySummary[], preferred: string): string {
  if (days.some((d) => d.date === preferred)) return preferred;
  const open = days.find((d) => d.sessions.length > 0);
  return open ? open.date : days.length > 0 ? days[0].date : '';
}

/** The sessions a day has: '上午 · 可预约', '下午 · 停诊'. */
export function sessionChoicesOf(days: readonly DaySummary[], date: string): SessionChoice[] {
  const day = days.find((d) => d.date === date);
  if (!day) return [];
  return day.sessions.map((s) => ({ session: s.session, label: `${s.sessionLabel} · ${s.statusLabel}`, stopped: s.status === 'stopped' }));
}

/** `preferred` when the day has it, else the day's first session, else ''. */
export function pickSession(choices: readonly SessionChoice[], preferred: string): Session | '' {
  const kept = choices.find((c) => c.session === preferred);
  if (kept) return kept.session;
  return choices.length > 0 ? choices[0].session : '';
}

export function slotRow(s: StaffSlotView): SlotRow {
  const stopped = s.state === 'stopped';
  // A stopped slot offers no place: its booked count and reserve are history, not places left.
  const parts = stopped
    ? [`共${s.capacity}个号`, '不再放号']
    : [`共${s.capacity}个号`, `已约${s.booked}`, `网上余${s.remaining}`, `现场预留${s.onsiteReserve}`];
  if (s.addOnCount > 0) parts.push(`加号${s.addOnCount}`);
  return {
    id: s.id,
    time: `${s.startTime}–${s.endTime}`,
    detail: parts.join(' · '),
    stateLabel: stopped ? '已停诊' : '出诊',
    stopped,
    reason: stopped && s.stopReason ? `停诊原因：${s.stopReason}` : '',
  };
}

/** '已停诊 8 个时段，取消 1 个预约，已通知 1 位患者，待退款 0 笔', and what is still being done. */
export function stopSummary(r: StopClinicResult): string {
  const done = `已停诊 ${r.slotsStopped} 个时段，取消 ${r.appointmentsCancelled} 个预约，已通知 ${r.noticesSent} 位患者，待退款 ${r.refundsOwed} 笔`;
  return r.status === 'done' ? done : `${done}；还有 ${r.remaining} 个预约正在处理，系统会自动完成`;
}

/** The problem with a reason typed for stop-clinic or add-on, counted as the server counts (trimmed). */
export function reasonProblem(text: string, what: string): string {
  const t = text.trim();
  if (t === '') return `请填写${what}原因`;
  return t.length > REASON_MAX ? `${what}原因最多${REASON_MAX}个字` : '';
}

export function addOnCountProblem(count: number): string {
  return Number.isInteger(count) && count >= 1 && count <= ADD_ON_MAX ? '' : `每次可加1到${ADD_ON_MAX}个号`;
}

/** The confirmation of a stop-clinic, naming what it will do. */
export function stopConfirmText(ownerName: string, date: string, sessionLabel: string, slots: readonly StaffSlotView[]): string {
  const open = slots.filter((s) => s.state === 'open').length;
  const booked = slots.reduce((n, s) => n + s.booked, 0);
  return `${ownerName} ${date} ${sessionLabel}停诊：关闭${open}个时段，取消已有的${booked}个预约并通知患者，已付挂号费原路退回。停诊后不能撤销，确定停诊吗？`;
}
