/**
 * When reminders fall due (Asia/Shanghai). With the timer every 5 minutes:
 * - the evening before (from 20:00) for a booked visit tomorrow: a visit at 00:30 on the 26th is
 *   reminded on the 25th from 20:00;
 * - one hour before a booked visit: for 00:30 on the 26th, from 23:30 on the 25th;
 * - five minutes before an unpaid hold runs out.
 */
import { addDays } from '../../../miniprogram/shared/time';
import { minuteOfDay, today } from '../scheduling/calendar';

export const EVENING_MINUTE = 20 * 60;
export const SOON_MS = 60 * 60_000;
export const HOLD_WARNING_MS = 5 * 60_000;

/** The visit date whose evening-before reminders are due now, or null before 20:00. */
export function eveningReminderDate(now: number): string | null {
  return minuteOfDay(now) >= EVENING_MINUTE ? addDays(today(now), 1) : null;
}

/** The window of visit starts whose one-hour reminders are due now: (now, now + 1 hour]. */
export function soonWindow(now: number): { after: number; until: number } {
  return { after: now, until: now + SOON_MS };
}

export function holdWarningWindow(now: number): { after: number; until: number } {
  return { after: now, until: now + HOLD_WARNING_MS };
}
