/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from the 31 of
 * CREDIT_CODE_CHARS (digits and capitals without I, O, S, V, Z): the registering authority (1),
 * the kind of organisation (1), the 6-digit administrative division, the 9-character organisation
 * code, and a check character. Shared by the invoice form (inline errors) and the server (the rule).
 */
export const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weight of position i (0-based) is 3^i mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/**
 * The check character of the first 17 characters: 31 − (Σ value × weight mod 31), where 31 is
 * written 0. '91440300708461136' → 'T'. Null when a character is not in the code's alphabet.
 */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARS.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31];
}

/** What people type: spaces dropped, letters in capitals. */
export function normalizeCreditCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** A problem with a credit code, in Chinese, or null when it is valid. */
export function creditCodeProblem(value: string): string | null {
  const code = normalizeCreditCode(value);
  if (code.length === 0) return '请填写统一社会信用代码';
  if (code.length !== 18) return '统一社会信用代码应为18位';
  if (!SHAPE.test(code)) return '统一社会信用代码格式不正确（不含字母I、O、S、V、Z，第3至8位为数字）';
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return '统一社会信用代码校验位不正确，请核对';
  return null;
}
