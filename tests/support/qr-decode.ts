/**
 * Reads a QR module matrix (versions 1–6, '1' dark per module) by the standard (ISO/IEC 18004),
 * independently of the generator that made it: format information (error correction level and
 * mask, checked against its BCH code), the codewords in the zig-zag order around the function
 * patterns, unmasked, de-interleaved into their blocks, every block's Reed–Solomon syndromes checked
 * to be zero, then the byte-mode segment. Anything that does not hold throws, so a test that reads
 * the drawn code back proves the image carries exactly its text.
 */

const EC_LEVELS = ['M', 'L', 'H', 'Q'] as const;
type EcLevel = (typeof EC_LEVELS)[number];

/** [blocks, codewords per block, data codewords per block] by version (1–6) and level (ISO/IEC 18004 table 9). */
const BLOCKS: Record<EcLevel, Array<Array<[number, number, number]>>> = {
  L: [[[1, 26, 19]], [[1, 44, 34]], [[1, 70, 55]], [[1, 100, 80]], [[1, 134, 108]], [[2, 86, 68]]],
  M: [[[1, 26, 16]], [[1, 44, 28]], [[1, 70, 44]], [[2, 50, 32]], [[2, 67, 43]], [[4, 43, 27]]],
  Q: [
    [[1, 26, 13]],
    [[1, 44, 22]],
    [[2, 35, 17]],
    [[2, 50, 24]],
    [
      [2, 33, 15],
      [2, 34, 16],
    ],
    [[4, 43, 19]],
  ],
  H: [
    [[1, 26, 9]],
    [[1, 44, 16]],
    [[2, 35, 13]],
    [[4, 25, 9]],
    [
      [2, 33, 11],
      [2, 34, 12],
    ],
    [[4, 43, 15]],
  ],
};
const ALIGNMENT_CENTRE = [0, 0, 18, 22, 26, 30, 34];

const MASKS: Array<(r: number, c: number) => boolean> = [
  (r, c) => (r + c) % 2 === 0,
  (r) => r % 2 === 0,
  (_r, c) => c % 3 === 0,
  (r, c) => (r + c) % 3 === 0,
  (r, c) => (Math.floor(r / 2) + Math.floor(c / 3)) % 2 === 0,
  (r, c) => ((r * c) % 2) + ((r * c) % 3) === 0,
  (r, c) => (((r * c) % 2) + ((r * c) % 3)) % 2 === 0,
  (r, c) => (((r + c) % 2) + ((r * c) % 3)) % 2 === 0,
];

const EXP: number[] = [];
const LOG: number[] = new Array(256).fill(0);
for (let i = 0, x = 1; i < 255; i++) {
  EXP[i] = x;
  LOG[x] = i;
  x = (x << 1) ^ (x & 0x80 ? 0x11d : 0);
}
const mul = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : EXP[(LOG[a] + LOG[b]) % 255]);

function bchRemainder(value: number): number {
  let v = value << 10;
  for (let bit = 14; bit >= 10; bit--) if (v & (1 << bit)) v ^= 0x537 << (bit - 10);
  return v;
}

function formatOf(dark: (r: number, c: number) => boolean): { level: EcLevel; mask: number } {
  const cells: Array<[number, number]> = [
    [8, 0],
    [8, 1],
    [8, 2],
    [8, 3],
    [8, 4],
    [8, 5],
    [8, 7],
    [8, 8],
    [7, 8],
    [5, 8],
    [4, 8],
    [3, 8],
    [2, 8],
    [1, 8],
    [0, 8],
  ];
  const raw = cells.reduce((v, [r, c]) => (v << 1) | (dark(r, c) ? 1 : 0), 0) ^ 0b101010000010010;
  if (bchRemainder(raw >> 10) !== (raw & 0x3ff)) throw new Error('format information fails its BCH check');
  return { level: EC_LEVELS[raw >> 13], mask: (raw >> 10) & 7 };
}

function isFunction(size: number, version: number, r: number, c: number): boolean {
  if ((r < 9 && c < 9) || (r < 9 && c >= size - 8) || (r >= size - 8 && c < 9)) return true;
  if (r === 6 || c === 6) return true;
  const a = ALIGNMENT_CENTRE[version];
  return a > 0 && Math.abs(r - a) <= 2 && Math.abs(c - a) <= 2;
}

export function readQr(rows: string[]): string {
  const size = rows.length;
  const version = (size - 17) / 4;
  if (!Number.isInteger(version) || version < 1 || version > 6 || rows.some((row) => row.length !== size)) throw new Error(`not a version 1–6 square: ${size}`);
  const dark = (r: number, c: number): boolean => rows[r][c] === '1';
  if (!dark(4 * version + 9, 8)) throw new Error('dark module missing');
  const { level, mask } = formatOf(dark);
  const bits: number[] = [];
  let upward = true;
  for (let right = size - 1; right > 0; right -= 2) {
    if (right === 6) right = 5;
    for (let i = 0; i < size; i++) {
      const r = upward ? size - 1 - i : i;
      for (const c of [right, right - 1]) if (!isFunction(size, version, r, c)) bits.push((dark(r, c) ? 1 : 0) ^ (MASKS[mask](r, c) ? 1 : 0));
    }
    upward = !upward;
  }
  const codewords: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) codewords.push(bits.slice(i, i + 8).reduce((v, b) => (v << 1) | b, 0));
  const shapes = BLOCKS[level][version - 1].flatMap(([n, total, data]) => Array.from({ length: n }, () => ({ total, data })));
  const blocks = shapes.map(() => [] as number[]);
  let k = 0;
  const maxData = Math.max(...shapes.map((s) => s.data));
  for (let i = 0; i < maxData; i++) shapes.forEach((s, b) => i < s.data && blocks[b].push(codewords[k++]));
  const ec = shapes[0].total - shapes[0].data;
  for (let i = 0; i < ec; i++) shapes.forEach((_s, b) => blocks[b].push(codewords[k++]));
  blocks.forEach((block, b) => {
    for (let j = 0; j < ec; j++) {
      const syndrome = block.reduce((acc, cw) => mul(acc, EXP[j]) ^ cw, 0);
      if (syndrome !== 0) throw new Error(`block ${b}: Reed–Solomon syndrome ${j} is not zero`);
    }
  });
  const data = blocks.flatMap((block, b) => block.slice(0, shapes[b].data));
  const stream = data.flatMap((byte) => Array.from({ length: 8 }, (_, i) => (byte >> (7 - i)) & 1));
  const take = (from: number, n: number): number => stream.slice(from, from + n).reduce((v, bit) => (v << 1) | bit, 0);
  if (take(0, 4) !== 0b0100) throw new Error(`not a byte-mode segment: mode ${take(0, 4)}`);
  const length = take(4, 8);
  return Buffer.from(Array.from({ length }, (_, i) => take(12 + 8 * i, 8))).toString('utf8');
}
