/** The clinic check-in code as a QR image: the server's module matrix reads back as the signed text, and the staff page's drawing keeps every module. */
import { clinicCode } from '../../backend/domain/queue/clinic-code';
import { qrMatrix } from '../../backend/domain/queue/qr';
import { QUIET_MODULES, qrDrawing } from '../../miniprogram/staff/common/qr-drawing';
import { readQr } from '../support/qr-decode';

const SECRET = 'k'.repeat(64);

/** True when the 7×7 finder pattern (dark ring, light ring, dark 3×3 centre) sits with its corner at (top, left). */
function finderAt(rows: string[], top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      if ((rows[top + r][left + c] === '1') !== (ring !== 2)) return false;
    }
  }
  return true;
}

describe('clinic code QR', () => {
  const codes = [
    clinicCode(SECRET, { hospitalId: 'h-zzcentral', departmentId: 'd-zz-cardio' }),
    clinicCode(SECRET, { hospitalId: 'h-zzcentral', departmentId: 'd-zz-endocrinology-and-metabolism' }),
    clinicCode('another key', { hospitalId: 'h-bj-third', departmentId: 'd-bj-ultrasound' }),
  ];

  it.each(codes)('%s: a square of 17 + 4v modules with the three finder patterns, read back by an independent reader', (code) => {
    const { size, rows } = qrMatrix(code);
    expect(rows).toHaveLength(size);
    for (const row of rows) expect(row).toMatch(new RegExp(`^[01]{${size}}$`));
    expect((size - 17) % 4).toBe(0);
    expect(size).toBeLessThanOrEqual(41);
    expect(finderAt(rows, 0, 0)).toBe(true);
    expect(finderAt(rows, 0, size - 7)).toBe(true);
    expect(finderAt(rows, size - 7, 0)).toBe(true);
    expect(finderAt(rows, size - 7, size - 7)).toBe(false);
    expect(readQr(rows)).toBe(code);
  });

  it('the reader is not fooled: a flipped module fails its checks, another text reads as itself', () => {
    const code = codes[0];
    const { rows } = qrMatrix(code);
    const flipped = rows.map((row, r) => (r === rows.length - 1 ? `${row.slice(0, -1)}${row.endsWith('1') ? '0' : '1'}` : row));
    expect(() => readQr(flipped)).toThrow(/Reed–Solomon/);
    const other = `${code.slice(0, -1)}x`;
    expect(readQr(qrMatrix(other).rows)).toBe(other);
  });

  it('200 random codes of every length a clinic code can have read back exactly', () => {
    for (let i = 0; i < 200; i++) {
      const text = clinicCode(`key-${i}`, { hospitalId: `h-${'x'.repeat(i % 24)}`, departmentId: `d-${'y'.repeat((i * 7) % 40)}` });
      expect(readQr(qrMatrix(text).rows)).toBe(text);
    }
  });

  it('the drawing: whole rpx per module, runs that add up to each row, the quiet zone around', () => {
    const qr = qrMatrix(codes[0]);
    const d = qrDrawing(qr, 600);
    expect(Number.isInteger(d.unit)).toBe(true);
    expect(d.side).toBeLessThanOrEqual(600);
    expect(d.side).toBe((qr.size + 2 * QUIET_MODULES) * d.unit);
    expect(d.quiet).toBe(QUIET_MODULES * d.unit);
    const redrawn = d.rows.map((row) => row.runs.map((run) => (run.dark ? '1' : '0').repeat(run.width / d.unit)).join(''));
    expect(redrawn).toEqual(qr.rows);
    for (const row of d.rows) for (let i = 1; i < row.runs.length; i++) expect(row.runs[i].dark).not.toBe(row.runs[i - 1].dark);
    const views = d.rows.reduce((n, row) => n + row.runs.length, 0);
    expect(views).toBeLessThan(qr.size * qr.size * 0.6);
  });
});
