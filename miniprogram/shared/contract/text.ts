/**
 * What text input may hold. Names, articles and reasons reach other people (patients' messages,
 * published pages), so invisible characters must not change what they read:
 * - zero-width characters (and the soft hyphen and byte-order mark) are removed;
 * - control characters (C0, DEL, C1), direction marks and overrides, and the Unicode line and
 *   paragraph separators are refused; tab and line feed only in multi-line fields (CR LF and
 *   CR become LF there);
 * - the rest is put in Unicode normal form C, so one text has one spelling.
 */
const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const CONTROL_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

export const CONTROL_MESSAGE = '不能包含控制字符或不可见的格式字符';

/** Removes zero-width characters and, in multi-line text, makes every line break LF. */
export function cleanText(value: string, multiline: boolean): string {
  const visible = value.replace(ZERO_WIDTH, '');
  return multiline ? visible.replace(/\r\n?/g, '\n') : visible;
}

/** True when the text holds no character `cleanText` leaves for refusal. */
export function hasNoControl(value: string, multiline: boolean): boolean {
  return !(multiline ? CONTROL_MULTILINE : CONTROL_ONE_LINE).test(value);
}
