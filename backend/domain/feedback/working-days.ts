/**
 * Working days in Asia/Shanghai: Monday to Friday, less the national holidays, plus the weekend
 * days worked instead (backend/domain/feedback/holidays.ts). Pure: every instant is passed in.
 */
import { addDays, shanghaiDate, shanghaiInstant, weekdayOf } from '../../../miniprogram/shared/time';
import { holidayYears } from './holidays';

/** 'YYYY-MM-DD' → the next calendar day. */
export function nextDate(date: string): string {
  return addDays(date, 1);
}

export function isWorkingDay(date: string): boolean {
  const year = holidayYears[Number(date.slice(0, 4))];
  if (year?.work.includes(date)) return true;
  if (year?.off.includes(date)) return false;
  return weekdayOf(date) <= 5;
}

/** The n-th working day after the day of `from` (the day itself does not count). */
export function nthWorkingDayAfter(from: number, n: number): string {
  let date = shanghaiDate(from);
  let left = n;
  while (left > 0) {
    date = nextDate(date);
    if (isWorkingDay(date)) left--;
  }
  return date;
}

/** The deadline of a limit of n working days from `from`: the end (24:00, Shanghai) of the n-th working day after it. */
export function workingDeadline(from: number, n: number): number {
  return shanghaiInstant(nextDate(nthWorkingDayAfter(from, n)));
}

/** Whole working days from `now` until `deadline` (0 on the last day, negative once past). */
export function workingDaysLeft(now: number, deadline: number): number {
  if (now >= deadline) return -1 - countWorkingDays(deadline, now);
  return countWorkingDays(now, deadline) - 1;
}

/** Working days whose dates lie in [shanghaiDate(a), shanghaiDate(b)), a ≤ b. */
function countWorkingDays(a: number, b: number): number {
  let n = 0;
  const end = shanghaiDate(b);
  for (let date = shanghaiDate(a); date < end; date = nextDate(date)) if (isWorkingDay(date)) n++;
  return n;
}
