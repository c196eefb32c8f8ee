/**
 * Draws a QR module matrix (`queue.areaCode` answers it, backend/domain/queue/qr.ts makes it) as
 * views: each row a line of runs, a run being consecutive modules of one colour, so a 29×29 code
 * needs a few hundred views, not 841. Sizes are whole rpx per module; the white quiet zone of 4
 * modules around the code is the container's padding.
 */
export const QUIET_MODULES = 4;

export interface QrRun {
  x: number;
  width: number;
  dark: boolean;
}

export interface QrDrawing {
  /** rpx per module. */
  unit: number;
  /** rpx of the quiet zone on each side. */
  quiet: number;
  /** rpx of the whole square, quiet zone included. */
  side: number;
  rows: Array<{ y: number; runs: QrRun[] }>;
}

function runsOf(row: string, unit: number): QrRun[] {
  const runs: QrRun[] = [];
  let start = 0;
  for (let i = 1; i <= row.length; i++) {
    if (i === row.length || row[i] !== row[start]) {
      runs.push({ x: start, width: (i - start) * unit, dark: row[start] === '1' });
      start = i;
    }
  }
  return runs;
}

/** The drawing of `rows` in at most `maxSide` rpx (600 fills a phone's width with the card's margins). */
export function qrDrawing(qr: { size: number; rows: string[] }, maxSide = 600): QrDrawing {
  const unit = Math.max(1, Math.floor(maxSide / (qr.size + 2 * QUIET_MODULES)));
  return {
    unit,
    quiet: QUIET_MODULES * unit,
    side: (qr.size + 2 * QUIET_MODULES) * unit,
    rows: qr.rows.map((row, y) => ({ y, runs: runsOf(row, unit) })),
  };
}
