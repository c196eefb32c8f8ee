/**
 * Clinic sessions and their bounds. Days, weekdays and their labels are miniprogram/shared/time.ts.
 */
import type { Session } from '../../../miniprogram/shared/enums';
import { shanghaiDate, shanghaiTime } from '../../../miniprogram/shared/time';
import { minutesOf, sessionBounds } from '../../../miniprogram/shared/schedule-rules';

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
