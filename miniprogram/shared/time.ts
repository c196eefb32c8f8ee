/**
 * Clinic time is Asia/Shanghai, which has been UTC+8 all year since 1991 (no daylight saving), so
 * a fixed offset is exact and needs no time-zone database (the mini program's JS engine may lack Intl).
 */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** 'YYYY-MM-DD' of an instant in Asia/Shanghai. */
export function shanghaiDate(epochMs: number): string {
  const d = new Date(epochMs + SHANGHAI_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** 'HH:mm' of an instant in Asia/Shanghai. */
export function shanghaiTime(epochMs: number): string {
  const d = new Date(epochMs + SHANGHAI_OFFSET_MS);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The instant of a wall-clock time in Asia/Shanghai: ('2026-11-26', '08:30') → epoch ms. */
export function shanghaiInstant(date: string, time = '00:00'): number {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return Date.UTC(y, m - 1, d, hh, mm) - SHANGHAI_OFFSET_MS;
}

/** 'YYYY-MM-DD HH:mm' of an instant in Asia/Shanghai; '' for none. */
export function shanghaiDateTime(epochMs: number | null): string {
  return epochMs === null ? '' : `${shanghaiDate(epochMs)} ${shanghaiTime(epochMs)}`;
}
