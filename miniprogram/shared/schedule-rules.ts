/**
 * The scheduling rules, one copy for both sides: the server enforces them
 * (backend/domain/scheduling) and the staff forms check them before anything is sent, with the
 * same words. Session bounds, the hours a new template starts with, slot lengths, the template
 * rule and the release-time rule.
 */
import type { Session } from './enums';

/** A template's hours must lie inside its session. */
export const sessionBounds: Record<Session, { start: string; end: string }> = {
  am: { start: '07:00', end: '12:30' },
  pm: { start: '13:00', end: '18:00' },
  evening: { start: '18:00', end: '22:00' },
};

/** Default hours of a new template: am 08:00–12:00 and pm 14:00–18:00 give 8 half-hour slots each. */
export const defaultSessionHours: Record<Session, { start: string; end: string }> = {
  am: { start: '08:00', end: '12:00' },
  pm: { start: '14:00', end: '18:00' },
  evening: { start: '18:30', end: '21:00' },
};

export const SLOT_LENGTHS = [10, 15, 20, 30] as const;

/** 'HH:mm' → minutes since midnight. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export interface TemplateRuleInput {
  session: Session;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  capacity: number;
  onsiteReserve: number;
}

/** The first broken template rule as [field, Chinese message], or null. */
export function templateProblem(t: TemplateRuleInput): [string, string] | null {
  if (!(SLOT_LENGTHS as readonly number[]).includes(t.slotMinutes)) return ['slotMinutes', '号源时长只能是10、15、20或30分钟'];
  const bounds = sessionBounds[t.session];
  const start = minutesOf(t.startTime);
  const end = minutesOf(t.endTime);
  if (start < minutesOf(bounds.start) || end > minutesOf(bounds.end)) {
    return ['startTime', `该时段的出诊时间须在${bounds.start}至${bounds.end}之间`];
  }
  if (end - start < t.slotMinutes) return ['endTime', '结束时间须晚于开始时间至少一个号源时长'];
  if ((end - start) % t.slotMinutes !== 0) return ['endTime', '出诊时长须是号源时长的整数倍'];
  if (t.onsiteReserve > t.capacity) return ['onsiteReserve', '现场预留号不能多于每个时段的号源数'];
  return null;
}

/**
 * A release time late at night or early in the morning is refused: '21:59' is fine, '22:00' to
 * '05:59' are not, '06:00' is fine. The message, or '' when fine.
 */
export function releaseTimeProblem(releaseTime: string): string {
  const m = minutesOf(releaseTime);
  return m >= 22 * 60 || m < 6 * 60 ? '放号时间不能在22:00至次日06:00之间' : '';
}
