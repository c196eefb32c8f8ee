/** Age in years with a fraction (a 10-day-old is 0.027), from a birth date 'YYYY-MM-DD' in Asia/Shanghai. */
import { isCalendarDate, shanghaiInstant } from '../../../miniprogram/shared/time';

const DAY = 86_400_000;

export function ageInYears(birthDate: string, now: number): number | null {
  if (!isCalendarDate(birthDate)) return null;
  const born = shanghaiInstant(birthDate);
  if (born > now) return null;
  return (now - born) / DAY / 365.25;
}
