/**
 * How many columns a grid of function entries gets, so its rows are full: the first of the
 * candidates (normal: 4, 5, 3; elder mode: 2, 3 — fewer, larger entries) that divides the count;
 * when none does (a prime count such as 7), the one whose last row is fullest, and that row's
 * entries share its width (withGridFill).
 */
const NORMAL = [4, 5, 3];
const ELDER = [2, 3];

export function gridColumns(count: number, elder: boolean): number {
  const candidates = elder ? ELDER : NORMAL;
  if (count <= 0) return candidates[0];
  const fill = (columns: number) => (count % columns === 0 ? 1 : (count % columns) / columns);
  return candidates.reduce((best, c) => (fill(c) > fill(best) ? c : best), candidates[0]);
}

export interface GridFill {
  /** Class of the entry in normal and in elder mode: `fill-N` when it is one of N entries of a short last row. */
  fill: string;
  elderFill: string;
}

function fillOf(index: number, count: number, columns: number): string {
  const last = count % columns;
  return last !== 0 && index >= count - last ? `fill-${last}` : '';
}

/**
 * The entries with the class that stretches a short last row to the full width (the page's
 * `.fill-N { width: 100% / N }`), so a row is never left half empty.
 */
export function withGridFill<T extends object>(entries: T[]): Array<T & GridFill> {
  const normal = gridColumns(entries.length, false);
  const elder = gridColumns(entries.length, true);
  return entries.map((e, i) => ({ ...e, fill: fillOf(i, entries.length, normal), elderFill: fillOf(i, entries.length, elder) }));
}
