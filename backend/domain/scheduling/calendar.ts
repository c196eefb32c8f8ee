/**
 * Clinic sessions and their bounds. Days, weekdays and their labels are miniprogram/shared/time.ts.
 */
import type { Session } from '../../../miniprogram/shared/enums';
import { shanghaiDate, shanghaiTime } from '../../../miniprogram/shared/time';
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
