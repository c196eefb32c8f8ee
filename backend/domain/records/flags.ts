/** How an observation's interpretation is shown: H / L for abnormal, ↑↑ / ↓↓ for critical. */
import type { Interpretation } from './his-report';

export const FLAG_TEXT: Record<Interpretation, string> = { LL: '↓↓', L: 'L', N: '', H: 'H', HH: '↑↑' };

export const isAbnormal = (i: Interpretation): boolean => i !== 'N';
export const isCriticalFlag = (i: Interpretation): boolean => i === 'LL' || i === 'HH';

/** Abnormal items first (critical before the rest), keeping the report's order otherwise. */
export function abnormalFirst<T extends { interpretation: Interpretation }>(items: readonly T[]): T[] {
  const rank = (i: Interpretation): number => (isCriticalFlag(i) ? 0 : isAbnormal(i) ? 1 : 2);
  return items
    .map((item, n) => ({ item, n }))
    .sort((a, b) => rank(a.item.interpretation) - rank(b.item.interpretation) || a.n - b.n)
    .map((x) => x.item);
}
