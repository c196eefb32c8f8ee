import { shanghaiDate } from '../../../miniprogram/shared/time';

/** Whole years between a birth date and an instant in Asia/Shanghai: born 1990-03-07, on 2026-03-06 → 35. */
export function ageAt(birthDate: string, now: number): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return null;
  const today = shanghaiDate(now);
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
