/** Age in years with a fraction (a 10-day-old is 0.027), from a birth date 'YYYY-MM-DD' in Asia/Shanghai. */
const DAY = 86_400_000;
const SHANGHAI_OFFSET = 8 * 3_600_000;

export function ageInYears(birthDate: string, now: number): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!m) return null;
  const born = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - SHANGHAI_OFFSET;
  if (Number.isNaN(born) || born > now) return null;
  return (now - born) / DAY / 365.25;
}
