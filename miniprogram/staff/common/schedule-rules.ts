/**
 * What the staff scheduling forms need beyond the shared rules (miniprogram/shared/schedule-rules.ts,
 * the same copy the server enforces): times as typed, counts, and fees typed in yuan but sent as
 * integer fen.
 */
import { minutesOf } from '../../shared/schedule-rules';

/** Fees up to 1000 yuan, as the server allows. */
export const MAX_FEE_FEN = 100_000;

export const TIME_FORMAT = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time as typed, made 'HH:mm' when it can be: ' 8：30 ' → '08:30'; anything else is kept for the format check. */
export function normalizeTime(text: string): string {
  const t = text.trim().replace('：', ':');
  return /^\d:[0-5]\d$/.test(t) ? `0${t}` : t;
}

/** The message for a time that is not 'HH:mm', or ''. */
export function timeFormatProblem(text: string): string {
  if (text === '') return '请填写时间';
  return TIME_FORMAT.test(text) ? '' : '请按“08:00”的格式填写时间';
}

/** How many slots the hours make: 08:00–12:00 every 30 minutes → 8. */
export function slotCount(startTime: string, endTime: string, slotMinutes: number): number {
  const span = minutesOf(endTime) - minutesOf(startTime);
  return span > 0 && slotMinutes > 0 ? Math.floor(span / slotMinutes) : 0;
}

export type Parsed = { ok: true; value: number } | { ok: false; error: string };

/**
 * A fee typed in yuan as integer fen, without floating point: '35' → 3500, '12.5' → 1250,
 * '0' → 0; more than two decimals, a negative or anything not a number is refused. `label` names the fee
 * in the messages.
 */
export function feeFenOf(text: string, label = '挂号费'): Parsed {
  const t = text.trim();
  if (t === '') return { ok: false, error: `请填写${label}，免费请填0` };
  if (/^\d+\.\d{3,}$/.test(t)) return { ok: false, error: `${label}最多两位小数` };
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return { ok: false, error: '请填写金额（元），如 35 或 12.5' };
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (fen > MAX_FEE_FEN) return { ok: false, error: `${label}不能超过${MAX_FEE_FEN / 100}元` };
  return { ok: true, value: fen };
}

/** Fen as yuan to edit: 3500 → '35', 1250 → '12.5', 1205 → '12.05'. */
export function yuanOf(fen: number): string {
  const cents = fen % 100;
  if (cents === 0) return String(Math.floor(fen / 100));
  return `${Math.floor(fen / 100)}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

/** A whole number typed in a field, within [min, max]. */
export function wholeOf(text: string, min: number, max: number): Parsed {
  const t = text.trim();
  if (!/^\d+$/.test(t) || Number(t) < min || Number(t) > max) return { ok: false, error: `请填写${min}到${max}之间的整数` };
  return { ok: true, value: Number(t) };
}
