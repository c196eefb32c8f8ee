/** Money is integer fen; shown as yuan with two decimals: 1250 → '¥12.50', 0 → '免费'. */
export function feeText(fen: number): string {
  if (fen === 0) return '免费';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}¥${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
