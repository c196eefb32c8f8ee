/**
 * China's national holidays as the State Council arranges them each year: the days off (放假) and
 * the weekend days that are working days instead (调休上班). Working-day deadlines read this table;
 * a year missing from it counts weekends only, so add each year when its notice is published.
 *
 * 2026: the State Council's notice on the 2026 holiday arrangement.
 * 2027: provisional — laid out from the statutory days (元旦 1, 春节 4 from 除夕, 清明 1, 劳动节 2,
 * 端午 1, 中秋 1, 国庆 3) and the usual pattern of bridging days; replace with the notice's dates.
 */
import { daysFrom } from '../../../miniprogram/shared/time';
export interface HolidayYear {
  /** Days off that would otherwise be working days (weekends inside a holiday need not be listed). */
  off: readonly string[];
  /** Saturdays and Sundays that are working days (调休上班). */
  work: readonly string[];
  provisional: boolean;
}

export const holidayYears: Record<number, HolidayYear> = {
  2026: {
    off: [
      ...daysFrom('2026-01-01', 3), // 元旦
      ...daysFrom('2026-02-15', 9), // 春节
      ...daysFrom('2026-04-04', 3), // 清明节
      ...daysFrom('2026-05-01', 5), // 劳动节
      ...daysFrom('2026-06-19', 3), // 端午节
      ...daysFrom('2026-09-25', 3), // 中秋节
      ...daysFrom('2026-10-01', 7), // 国庆节
    ],
    work: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    provisional: false,
  },
  2027: {
    off: [
      ...daysFrom('2027-01-01', 3), // 元旦
      ...daysFrom('2027-02-05', 8), // 春节（除夕 2月5日）
      ...daysFrom('2027-04-03', 3), // 清明节
      ...daysFrom('2027-05-01', 5), // 劳动节
      '2027-06-09', // 端午节
      '2027-09-15', // 中秋节
      ...daysFrom('2027-10-01', 7), // 国庆节
    ],
    work: ['2027-01-30', '2027-02-20', '2027-05-08', '2027-09-26', '2027-10-09'],
    provisional: true,
  },
};
