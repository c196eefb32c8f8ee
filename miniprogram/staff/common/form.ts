/**
 * Form helpers shared by the staff editors: lists typed in one field, length checks, and the
 * form field a server error names.
 */

const SEPARATORS = ',，、;；\n';
const OPENING = '（(【[';
const CLOSING = '）)】]';

/**
 * Splits a list typed in one field at commas, 、 or semicolons, but not inside brackets, so a note
 * stays with its item: "心血管内科（胸痛中心，省重点）、神经内科" → ['心血管内科（胸痛中心，省重点）', '神经内科'].
 */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let current = '';
  let depth = 0;
  for (const ch of text) {
    if (OPENING.includes(ch)) depth += 1;
    else if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && SEPARATORS.includes(ch)) {
      items.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The text of a list in one field: ['胸痛', '心悸'] → '胸痛、心悸'. */
export function joinList(items: readonly string[]): string {
  return items.join('、');
}

/** The message for a text over its limit, counted as the server counts (after trimming). */
export function tooLong(text: string, max: number): string {
  return text.trim().length > max ? `最多${max}个字，当前${text.trim().length}个字` : '';
}

/** True when no field has a message. */
export function isValid(errors: Readonly<Record<string, string>>): boolean {
  return Object.values(errors).every((m) => m === '');
}

/**
 * The form field a server error names, or '' when it names none of them:
 * ('conditions.2', ['intro', 'conditions']) → 'conditions'.
 */
export function formFieldOf<F extends string>(field: string | undefined, known: readonly F[]): F | '' {
  if (!field) return '';
  const head = field.split('.')[0];
  return known.find((k) => k === head) ?? '';
}

/** Images and videos the server accepts: https://, cloud:// or an uploaded /files/ path. */
export const MEDIA_URL = /^(https:\/\/|cloud:\/\/|\/files\/)/;
