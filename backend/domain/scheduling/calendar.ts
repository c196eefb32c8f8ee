/**
 * Clinic days are 'YYYY-MM-DD' in Asia/Shanghai; sessions have fixed bounds; weekdays are 1 (Monday)
 * to 7 (Sunday) as Chinese calendars show them.
 */
import type { Session } from '../../../miniprogram/shared/enums';
import { shanghaiDate, shanghaiInstant, shanghaiTime } from '../../../miniprogram/shared/time';
import { minutesOf } from './settings';

/** Each session's bounds: a template's hours must lie inside its session. */
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

export function addDays(date: string, days: number): string {
  return shanghaiDate(shanghaiInstant(date, '12:00') + days * 86_400_000);
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  const d = new Date(shanghaiInstant(date, '12:00') + 8 * 3_600_000).getUTCDay();
  return d === 0 ? 7 : d;
}

export const weekdayLabels = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

export function today(now: number): string {
  return shanghaiDate(now);
}

/** Minutes since midnight of an instant in Asia/Shanghai. */
export function minuteOfDay(now: number): number {
  return minutesOf(shanghaiTime(now));
}

/** The session a time of day falls in, for an instant. */
export function sessionOf(start: number): Session {
  const m = minuteOfDay(start);
  if (m < minutesOf(sessionBounds.pm.start)) return 'am';
  if (m < minutesOf(sessionBounds.evening.start)) return 'pm';
  return 'evening';
}
