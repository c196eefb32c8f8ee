/**
 * A medication plan (用药计划): the times of day a family member takes a prescription's drugs, from
 * the day it was dispensed (or written) for as many days as its longest item. Pure: dates and
 * times are Asia/Shanghai wall-clock text, the instant is passed in.
 */
import { MAX_TIMES } from '../../../miniprogram/shared/contract/records';
import { shanghaiDate, shanghaiInstant, shanghaiTime } from '../../../miniprogram/shared/time';
import { FREQUENCIES, type Frequency } from './frequency';

/** A dose is reminded from its time until this long after (the timer runs every 5 minutes). */
export const REMIND_WINDOW_MS = 30 * 60_000;

const DAY_MS = 86_400_000;

/**
 * The doses a prescription's medicines take a day, all together (每日3次 three, 每晚1次 one; as
 * needed, once or weekly one), and so the most times a day its plan may have (at most MAX_TIMES):
 * a once-a-day medicine planned twice a day would remind a double dose.
 */
export function dailyDoses(frequencies: readonly Frequency[]): { doses: number; maxTimes: number } {
  const doses = frequencies.reduce((sum, f) => sum + Math.max(1, Math.ceil(FREQUENCIES[f].perDay ?? 1)), 0);
  return { doses, maxTimes: Math.min(MAX_TIMES, doses) };
}

export function planDates(startAt: number, days: number): { startDate: string; endDate: string } {
  const start = shanghaiInstant(shanghaiDate(startAt));
  return { startDate: shanghaiDate(start), endDate: shanghaiDate(start + (days - 1) * DAY_MS + 12 * 3_600_000) };
}

/** The doses due to be reminded now: today's times that passed less than REMIND_WINDOW_MS ago, within the plan's dates. */
export function dosesDue(times: readonly string[], startDate: string, endDate: string, now: number): Array<{ date: string; time: string; at: number }> {
  const today = shanghaiDate(now);
  if (today < startDate || today > endDate) return [];
  return times.map((time) => ({ date: today, time, at: shanghaiInstant(today, time) })).filter((d) => d.at <= now && now - d.at < REMIND_WINDOW_MS);
}

export type DoseState = 'taken' | 'missed' | 'unrecorded' | 'upcoming';

export interface DoseLog {
  date: string;
  time: string;
  taken: boolean;
}

export interface DayDiary {
  date: string;
  doses: Array<{ time: string; state: DoseState }>;
}

/** Each day of the plan up to today (newest first): each dose taken, not taken, not recorded, or still to come. */
export function diary(times: readonly string[], startDate: string, endDate: string, logs: readonly DoseLog[], now: number): DayDiary[] {
  const today = shanghaiDate(now);
  const nowTime = shanghaiTime(now);
  const last = today < endDate ? today : endDate;
  const byKey = new Map(logs.map((l) => [`${l.date} ${l.time}`, l.taken]));
  const days: DayDiary[] = [];
  for (let t = shanghaiInstant(last); shanghaiDate(t) >= startDate; t -= DAY_MS) {
    const date = shanghaiDate(t);
    days.push({
      date,
      doses: times.map((time) => {
        const logged = byKey.get(`${date} ${time}`);
        if (logged !== undefined) return { time, state: logged ? 'taken' : 'missed' };
        return { time, state: date === today && time > nowTime ? 'upcoming' : 'unrecorded' };
      }),
    });
  }
  return days;
}

export interface Adherence {
  due: number;
  taken: number;
  missed: number;
  unrecorded: number;
  /** Whole percent of due doses recorded as taken; null before any dose was due. */
  percent: number | null;
}

export function adherence(days: readonly DayDiary[]): Adherence {
  const doses = days.flatMap((d) => d.doses).filter((d) => d.state !== 'upcoming');
  const count = (s: DoseState) => doses.filter((d) => d.state === s).length;
  const taken = count('taken');
  return {
    due: doses.length,
    taken,
    missed: count('missed'),
    unrecorded: count('unrecorded'),
    percent: doses.length === 0 ? null : Math.round((taken / doses.length) * 100),
  };
}
