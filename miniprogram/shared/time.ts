/**
 * Every date computation and format of both sides, on dayjs. Clinic time is Asia/Shanghai, which
 * has been UTC+8 all year since 1991 (no daylight saving), so a fixed offset through dayjs's utc
 * plugin is exact and needs no time-zone database (the mini program's JS engine may lack Intl).
 * The plugin is packed beside dayjs into miniprogram_npm by scripts/pack-npm.ts.
 */
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

const OFFSET_MINUTES = 8 * 60;
export const SHANGHAI_OFFSET_MS = OFFSET_MINUTES * 60_000;
const DATE = 'YYYY-MM-DD';

/** An instant as Asia/Shanghai wall-clock time. */
export function inShanghai(epochMs: number): Dayjs {
  return dayjs.utc(epochMs).utcOffset(OFFSET_MINUTES);
}

/** 'YYYY-MM-DD' of an instant in Asia/Shanghai. */
export function shanghaiDate(epochMs: number): string {
  return inShanghai(epochMs).format(DATE);
}

/** 'HH:mm' of an instant in Asia/Shanghai. */
/** The calendar year in Shanghai. */
export function shanghaiYear(epochMs: number): number {
  return inShanghai(epochMs).year();
}

export function shanghaiTime(epochMs: number): string {
  return inShanghai(epochMs).format('HH:mm');
}

/** '2026年11月26日 08:30' of an instant in Asia/Shanghai. */
export function shanghaiDateTimeText(epochMs: number): string {
  return inShanghai(epochMs).format('YYYY年MM月DD日 HH:mm');
}

/** The instant of a wall-clock time in Asia/Shanghai: ('2026-11-26', '08:30') → epoch ms. */
export function shanghaiInstant(date: string, time = '00:00'): number {
  return dayjs.utc(`${date}T${time}:00`).valueOf() - SHANGHAI_OFFSET_MS;
}

/** Whether the text is a real calendar day 'YYYY-MM-DD' (2026-11-37 is not). */
export function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && dayjs.utc(text).format(DATE) === text;
}

/** The clinic day `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return dayjs.utc(date).add(days, 'day').format(DATE);
}

/** 'YYYY-MM' moved by `months` (negative: earlier). */
export function addMonths(month: string, months: number): string {
  return dayjs.utc(`${month}-01`).add(months, 'month').format('YYYY-MM');
}

/** `days` consecutive clinic days from `date`, `date` first. */
export function daysFrom(date: string, days: number): string[] {
  return Array.from({ length: days }, (_, i) => addDays(date, i));
}

/** Whole days from `from` to `to`, both 'YYYY-MM-DD'. */
export function daysBetween(from: string, to: string): number {
  return dayjs.utc(to).diff(dayjs.utc(from), 'day');
}

/** 1 = Monday … 7 = Sunday, as Chinese calendars show the week. */
export function weekdayOf(date: string): number {
  const d = dayjs.utc(date).day();
  return d === 0 ? 7 : d;
}

/** 周一 … 周日, by weekday 1 … 7 (index 0 is unused). */
export const weekdayLabels = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** '2026-11-26' → '周四'. */
export function weekdayLabelOf(date: string): string {
  return weekdayLabels[weekdayOf(date)];
}

/** Whole years of age on `date` of someone born on `birthDate` (both 'YYYY-MM-DD'). */
export function ageOn(birthDate: string, date: string): number {
  return dayjs.utc(date).diff(dayjs.utc(birthDate), 'year');
}

/** 'YYYY-MM-DD HH:mm' of an instant in Asia/Shanghai; '' for none. */
export function shanghaiDateTime(epochMs: number | null): string {
  return epochMs === null ? '' : `${shanghaiDate(epochMs)} ${shanghaiTime(epochMs)}`;
}
