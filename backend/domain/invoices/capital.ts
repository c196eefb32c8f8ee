/**
 * Amounts in Chinese capital numerals (大写金额), as 《正确填写票据和结算凭证的基本规定》 writes them:
 * the yuan part in groups of four (万, 亿), one 零 for any run of zeros between digits, 整 after an
 * amount that ends at 元 or 角, none after 分.
 *   1 fen      → 壹分              1000 fen  → 壹拾元整
 *   10050 fen  → 壹佰元伍角整       100100 fen → 壹仟零壹元整
 *   12000000 fen → 壹拾贰万元整     10005 fen → 壹佰元零伍分
 */
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const IN_GROUP = ['仟', '佰', '拾', ''];
const GROUPS = ['', '万', '亿', '万亿'];

/** 0 < n < 10000, as written inside its group: 1001 → 壹仟零壹, 10 → 壹拾, 110 → 壹佰壹拾. */
function groupText(n: number): string {
  const digits = String(n).padStart(4, '0');
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i]);
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d] + IN_GROUP[i];
  }
  return out;
}

/** Whole yuan: 120000 → 壹拾贰万, 100010000 → 壹亿零壹万, 0 → ''. */
function yuanText(yuan: number): string {
  const groups: number[] = [];
  for (let n = yuan; n > 0; n = Math.floor(n / 10_000)) groups.push(n % 10_000);
  let out = '';
  let zero = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const value = groups[g];
    if (value === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (out !== '' && (zero || value < 1000)) out += '零';
    zero = false;
    out += groupText(value) + GROUPS[g];
  }
  return out;
}

/** Integer fen (0 ≤ fen < 10^16) in capital numerals; RangeError otherwise. */
export function rmbCapital(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0 || fen >= 1e16) throw new RangeError(`not an amount in fen: ${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return '零元整';
  let out = yuan > 0 ? `${yuanText(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0) out += '零';
  return cents > 0 ? `${out}${DIGITS[cents]}分` : `${out}整`;
}
