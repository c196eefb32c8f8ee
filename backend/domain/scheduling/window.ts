/**
 * The booking window. With a window of N days and a release time R, the date N days ahead opens
 * at R each day. Worked example, N = 7, R = 08:00, today 2026-11-25:
 *   at 07:59 patients can book up to 2026-12-01; at 08:00 up to 2026-12-02.
 * Today's slots stay bookable until they start.
 */
import { addDays } from '../../../miniprogram/shared/time';
import { minuteOfDay, today } from './calendar';
import { minutesOf } from '../../../miniprogram/shared/schedule-rules';
import type { BookingSettings } from './settings';

export function lastBookableDate(now: number, settings: Pick<BookingSettings, 'windowDays' | 'releaseTime'>): string {
  const released = minuteOfDay(now) >= minutesOf(settings.releaseTime);
  return addDays(today(now), released ? settings.windowDays : settings.windowDays - 1);
}

/** The dates publishing generates slots for: today through the far end of the window. */
export function publishDates(now: number, settings: Pick<BookingSettings, 'windowDays'>): string[] {
  const first = today(now);
  return Array.from({ length: settings.windowDays + 1 }, (_, i) => addDays(first, i));
}
