/** Plain-text formatting shared by the benchmarks. */

export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** Columns padded to their widest cell; columns listed in `right` are right-aligned. */
export function table(rows: string[][], right: number[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (right.includes(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
