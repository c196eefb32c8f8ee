/**
 * What the schedule pages show: the date strip of the booking window (each day marked from its
 * sessions), the day chosen first, and a day's slots grouped by session as tappable rows.
 */
import type { DaySummary, SessionSummary, SlotStatus, SlotView } from '../../shared/dto/booking';
import { sessionLabels, type Session } from '../../shared/enums';

export type DayTone = 'open' | 'off' | 'none' | 'plain';

export interface StripDay {
  date: string;
  dayLabel: string;
  shortDate: string;
  /** 有号 / 约满 / 停诊 / 未放号 / 无号, or '' when the day is not marked. */
  mark: string;
  tone: DayTone;
}

/** The mark of a day from its sessions: open if any session is, else the most telling of the others. */
export function dayMark(sessions: readonly Pick<SessionSummary, 'status'>[]): { mark: string; tone: DayTone } {
  const has = (s: SlotStatus) => sessions.some((x) => x.status === s);
  if (has('open')) return { mark: '有号', tone: 'open' };
  if (has('stopped')) return { mark: '停诊', tone: 'off' };
  if (has('not_released')) return { mark: '未放号', tone: 'off' };
  if (has('full')) return { mark: '约满', tone: 'off' };
  return { mark: '无号', tone: 'none' };
}

export function stripOf(days: readonly DaySummary[]): StripDay[] {
  return days.map((d) => ({ date: d.date, dayLabel: d.dayLabel, shortDate: d.shortDate, ...dayMark(d.sessions) }));
}

/** A strip of days without marks (the department strip: each day's doctors load when chosen). */
export function plainStrip(days: ReadonlyArray<{ date: string; dayLabel: string; shortDate: string }>): StripDay[] {
  return days.map((d) => ({ date: d.date, dayLabel: d.dayLabel, shortDate: d.shortDate, mark: '', tone: 'plain' }));
}

/**
 * The day to show first: the requested one when it is in the strip, else the first day with an
 * open session, else the first day ('' for no days).
 */
export function pickDate(days: readonly DaySummary[], requested: string): string {
  if (requested && days.some((d) => d.date === requested)) return requested;
  const open = days.find((d) => d.sessions.some((s) => s.status === 'open'));
  if (open) return open.date;
  return days.length > 0 ? days[0].date : '';
}

export interface SlotRow {
  id: string;
  /** 08:00-08:30 */
  time: string;
  date: string;
  open: boolean;
  status: SlotStatus;
  /** 剩3个 when open, else the status: 约满 / 停诊 / 未放号 / 已结束. */
  stateText: string;
  feeText: string;
}

export interface SlotGroup {
  session: Session;
  sessionLabel: string;
  slots: SlotRow[];
}

export function slotRow(s: SlotView): SlotRow {
  const open = s.status === 'open';
  return {
    id: s.id,
    time: `${s.startTime}-${s.endTime}`,
    date: s.date,
    open,
    status: s.status,
    stateText: open ? `剩${s.remaining}个` : s.statusLabel,
    feeText: s.feeText,
  };
}

const ORDER: Session[] = ['am', 'pm', 'evening'];

/** A day's slots by session (上午, 下午, 夜诊), each in time order. */
export function groupSlots(slots: readonly SlotView[]): SlotGroup[] {
  return ORDER.map((session) => ({
    session,
    sessionLabel: sessionLabels[session],
    slots: slots
      .filter((s) => s.session === session)
      .sort((a, b) => a.start - b.start)
      .map(slotRow),
  })).filter((g) => g.slots.length > 0);
}

export function findRow(groups: readonly SlotGroup[] | null, id: string): SlotRow | null {
  for (const g of groups ?? []) for (const r of g.slots) if (r.id === id) return r;
  return null;
}

export interface SessionRow extends SessionSummary {
  open: boolean;
  /** 剩12个 when open, else the status. */
  stateText: string;
}

export function sessionRows(sessions: readonly SessionSummary[]): SessionRow[] {
  return sessions.map((s) => ({ ...s, open: s.status === 'open', stateText: s.status === 'open' ? `剩${s.remaining}个` : s.statusLabel }));
}
