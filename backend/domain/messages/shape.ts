/**
 * Subscribe-message field values shaped to WeChat's rules for each field type, so a long doctor's
 * or department's name is shortened validly instead of being refused (errcode 47003). Lengths are
 * counted in characters (code points), as WeChat counts them.
 *   thing ≤ 20 characters · phrase ≤ 5 Chinese characters · name ≤ 10 characters (Chinese) or 20
 *   letters · character_string ≤ 32 letters, digits and symbols · number ≤ 32 digits (a decimal
 *   point allowed) · amount: currency symbol, ≤ 10 digits, 2 decimals · phone_number ≤ 17 digits
 *   and + - · time: 24-hour 'YYYY年MM月DD日 HH:mm' (or a range joined by ~) · date: 'YYYY年MM月DD日'.
 */
import { shanghaiDateTimeText } from '../../../miniprogram/shared/time';
export type FieldType = 'thing' | 'phrase' | 'name' | 'character_string' | 'number' | 'amount' | 'phone_number' | 'time' | 'date';

const chars = (s: string): string[] => Array.from(s);

/** Keeps the first `max` characters, ending with '…' when cut: the ellipsis counts as one. */
export function truncate(value: string, max: number): string {
  const c = chars(value);
  return c.length <= max ? value : c.slice(0, max - 1).join('') + '…';
}

const CHINESE = /[\u3400-\u9fff]/u;
const EMOJI = /[\p{Extended_Pictographic}\u200d\ufe0f]/gu;

function clean(value: string): string {
  return value
    .replace(EMOJI, '')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function shapeName(value: string): string {
  const v = clean(value);
  if (CHINESE.test(v)) return truncate(v.replace(/[^\u3400-\u9fff·]/gu, ''), 10);
  return truncate(v.replace(/[^A-Za-z .·-]/g, ''), 20);
}

function shapePhrase(value: string): string {
  const only = chars(clean(value))
    .filter((c) => CHINESE.test(c))
    .join('');
  return only.length > 0 ? chars(only).slice(0, 5).join('') : '通知';
}

/** Shapes one value; an empty result means the field cannot carry this value. */
export function shapeField(type: FieldType, raw: string): string {
  const value = clean(raw);
  switch (type) {
    case 'thing':
      return truncate(value, 20);
    case 'phrase':
      return shapePhrase(value);
    case 'name':
      return shapeName(value);
    case 'character_string':
      return value.replace(/[^\x21-\x7e]/g, '').slice(0, 32);
    case 'number': {
      const m = /-?\d+(\.\d+)?/.exec(value);
      return m ? m[0].slice(0, 32) : '0';
    }
    case 'amount': {
      const m = /(\d{1,10})(\.\d{1,2})?/.exec(value.replace(/,/g, ''));
      return m ? `¥${m[1]}${m[2] ?? '.00'}` : '¥0.00';
    }
    case 'phone_number':
      return value.replace(/[^\d+-]/g, '').slice(0, 17);
    case 'time':
    case 'date':
      return value.slice(0, 40);
  }
}

/** 'YYYY年MM月DD日 HH:mm' in Asia/Shanghai. */
export function wechatTime(epochMs: number): string {
  return shanghaiDateTimeText(epochMs);
}

/** A range on one day: '2026年11月26日 08:00~08:30'. */
export function wechatTimeRange(startMs: number, endMs: number): string {
  return `${wechatTime(startMs)}~${wechatTime(endMs).slice(-5)}`;
}
