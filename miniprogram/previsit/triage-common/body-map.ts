/**
 * The body map's layout: for each side (正面 / 背面) the zones a finger can tap, the regions of the
 * triage knowledge each zone opens, where the zone lies on the drawing (in the drawing's 200 × 400
 * units) and the shapes that draw it. The drawing (body-svg.ts) and the tap areas come from the
 * same numbers, so they stay aligned at any size.
 */
export type Side = 'front' | 'back';

export const VIEW_WIDTH = 200;
export const VIEW_HEIGHT = 400;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Zone {
  id: string;
  label: string;
  /** Regions of the knowledge this zone opens, the first one on a tap. */
  regionIds: string[];
  /** Tap areas (an arm or a leg on each side is one zone). */
  hits: Rect[];
  /** SVG path data of the parts that make up the zone. */
  parts: string[];
}

const HEAD = 'M75 40a25 31 0 1 0 50 0a25 31 0 1 0-50 0z';
const EARS = ['M69 43a5 9 0 1 0 10 0a5 9 0 1 0-10 0z', 'M121 43a5 9 0 1 0 10 0a5 9 0 1 0-10 0z'];
const NECK = 'M91 68L109 68L111 90L89 90Z';
const UPPER_TRUNK = 'M89 90L111 90Q141 92 148 104L144 160L56 160L52 104Q59 92 89 90Z';
const MID_TRUNK = 'M57 163L143 163L139 213L61 213Z';
const LOWER_TRUNK = 'M61 216L139 216L142 246L100 258L58 246Z';
const ARMS = [
  'M50 106Q38 110 36 128L30 196L24 244Q22 258 31 259Q39 259 39 246L46 200L53 156Z',
  'M150 106Q162 110 164 128L170 196L176 244Q178 258 169 259Q161 259 161 246L154 200L147 156Z',
];
const LEGS = [
  'M58 249L98 261L96 318L95 372L99 386Q100 393 94 393L72 393Q67 393 71 386L77 372L68 318Z',
  'M142 249L102 261L104 318L105 372L101 386Q100 393 106 393L128 393Q133 393 129 386L123 372L132 318Z',
];

const headHit: Rect = { x: 66, y: 6, w: 68, h: 64 };
const neckHit: Rect = { x: 78, y: 70, w: 44, h: 22 };
const upperHit: Rect = { x: 56, y: 92, w: 88, h: 69 };
const midHit: Rect = { x: 58, y: 161, w: 84, h: 54 };
const lowerHit: Rect = { x: 58, y: 215, w: 84, h: 38 };
const armHits: Rect[] = [
  { x: 18, y: 100, w: 38, h: 162 },
  { x: 144, y: 100, w: 38, h: 162 },
];
const legHits: Rect[] = [
  { x: 56, y: 253, w: 44, h: 142 },
  { x: 100, y: 253, w: 44, h: 142 },
];

const limbs: Zone[] = [
  { id: 'arm', label: '上肢', regionIds: ['arm'], hits: armHits, parts: ARMS },
  { id: 'leg', label: '下肢', regionIds: ['leg'], hits: legHits, parts: LEGS },
];

export const zonesBySide: Record<Side, Zone[]> = {
  front: [
    { id: 'head', label: '头面部', regionIds: ['head', 'eye', 'ear', 'nose', 'mouth'], hits: [headHit], parts: [...EARS, HEAD] },
    { id: 'neck', label: '咽喉颈部', regionIds: ['throat', 'neck'], hits: [neckHit], parts: [NECK] },
    { id: 'chest', label: '胸部', regionIds: ['chest'], hits: [upperHit], parts: [UPPER_TRUNK] },
    { id: 'abdomen', label: '腹部', regionIds: ['abdomen'], hits: [midHit], parts: [MID_TRUNK] },
    { id: 'pelvis', label: '小腹会阴', regionIds: ['urinary', 'genital'], hits: [lowerHit], parts: [LOWER_TRUNK] },
    ...limbs,
  ],
  back: [
    { id: 'head', label: '头部', regionIds: ['head', 'ear'], hits: [headHit], parts: [...EARS, HEAD] },
    { id: 'neck', label: '颈部', regionIds: ['neck'], hits: [neckHit], parts: [NECK] },
    { id: 'back', label: '背部', regionIds: ['back'], hits: [upperHit], parts: [UPPER_TRUNK] },
    { id: 'waist', label: '腰部', regionIds: ['waist'], hits: [midHit], parts: [MID_TRUNK] },
    { id: 'buttocks', label: '臀部肛门', regionIds: ['anus'], hits: [lowerHit], parts: [LOWER_TRUNK] },
    ...limbs,
  ],
};

export interface Hotspot {
  /** Unique on the page: `hit-<key>` is the tap area's id. */
  key: string;
  zoneId: string;
  label: string;
  /** Absolute position in percent of the drawing. */
  style: string;
}

const pct = (value: number, of: number): string => `${Math.round((value / of) * 10000) / 100}%`;

/** The tap areas of a side, positioned in percent so they follow the drawing at any size. */
export function hotspots(side: Side): Hotspot[] {
  return zonesBySide[side].flatMap((zone) =>
    zone.hits.map((r, i) => ({
      key: zone.hits.length > 1 ? `${zone.id}-${i + 1}` : zone.id,
      zoneId: zone.id,
      label: zone.label,
      style: `left:${pct(r.x, VIEW_WIDTH)};top:${pct(r.y, VIEW_HEIGHT)};width:${pct(r.w, VIEW_WIDTH)};height:${pct(r.h, VIEW_HEIGHT)}`,
    })),
  );
}

export function findZone(side: Side, zoneId: string): Zone | undefined {
  return zonesBySide[side].find((z) => z.id === zoneId);
}

/** The zone of a side that opens a region, e.g. `eye` → the head on the front; null when not drawn there. */
export function zoneOfRegion(side: Side, regionId: string): string | null {
  const zone = zonesBySide[side].find((z) => z.regionIds.includes(regionId));
  return zone ? zone.id : null;
}

/** The region a tap on a zone opens: the current one when it belongs to the zone, else the zone's first known one. */
export function regionForZone(side: Side, zoneId: string, known: string[], current: string): string | null {
  const zone = findZone(side, zoneId);
  if (!zone) return null;
  if (zone.regionIds.includes(current) && known.includes(current)) return current;
  const first = zone.regionIds.find((id) => known.includes(id));
  return first === undefined ? null : first;
}

/** Which hand is which: on the front the person's right is on the viewer's left. */
export function sideLabels(side: Side): { left: string; right: string } {
  return side === 'front' ? { left: '右', right: '左' } : { left: '左', right: '右' };
}
