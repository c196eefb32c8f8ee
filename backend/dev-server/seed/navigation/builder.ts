/**
 * Builds a demo hospital's map from a compact description: each building has one east-west
 * corridor per floor; places open off it to the north or south; lifts join every pair of floors,
 * stairs and escalators the floors next to each other; entrances open the ground floor to the
 * outdoor paths. Lengths are the straight distances on the site plan, in metres.
 */
import type { Building, Edge, EdgeKind, Floor, NavMap, Point, PointKind } from '../../../domain/navigation/map';

export interface PlaceSpec {
  id: string;
  kind: PointKind;
  /** Full name, e.g. 门诊楼2楼A区 (as the department's location reads). */
  name: string;
  /** Metres east of the building's west wall. */
  at: number;
  side: 'n' | 's';
  departmentIds?: string[];
  resourceIds?: string[];
  examTypes?: string[];
}

export interface EntranceSpec {
  id: string;
  name: string;
  /** Where on the ground floor's outline, metres from the building's north-west corner. */
  dx: number;
  dy: number;
  main?: boolean;
}

export interface BuildingSpec extends Building {
  levels: number;
  places: Array<{ level: number; places: PlaceSpec[] }>;
  lifts: number[];
  stairs: number[];
  /** An escalator between floors `from` and `to`, `at` metres east of the west wall. */
  escalator?: { at: number; from: number; to: number };
  entrances: EntranceSpec[];
}

/** A one-floor building without lifts or stairs, with one entrance; `box` is x, y, width, depth. */
export function oneFloor(id: string, name: string, box: [number, number, number, number], places: PlaceSpec[], entrance: EntranceSpec): BuildingSpec {
  const [x, y, width, depth] = box;
  return { id, name, x, y, width, depth, levels: 1, places: [{ level: 1, places }], lifts: [], stairs: [], entrances: [entrance] };
}

export interface SiteSpec {
  hospitalId: string;
  buildings: BuildingSpec[];
  /** Outdoor path points, site metres. */
  paths: Array<{ id: string; name: string; x: number; y: number }>;
  /** Outdoor links between path points and entrances. */
  links: Array<[string, string]>;
}

const FLOOR_HEIGHT = 4.5;
const STAIR_FLIGHT = 12;
const ESCALATOR_RUN = 10;
const ROOM_OFFSET = 6;
const LOBBY_OFFSET = 4;
/** A door in a wall where the corridor ends still takes a step. */
const MIN_EDGE = 1;

const round1 = (v: number): number => Math.round(v * 10) / 10;

export function buildMap(site: SiteSpec): NavMap {
  const buildings: Building[] = [];
  const floors: Floor[] = [];
  const points: Point[] = [];
  const edges: Edge[] = [];
  const byId = new Map<string, Point>();
  const add = (p: Point): Point => {
    points.push(p);
    byId.set(p.id, p);
    return p;
  };
  const link = (from: string, to: string, kind: EdgeKind, meters?: number): void => {
    const a = byId.get(from);
    const b = byId.get(to);
    if (!a || !b) throw new Error(`map link to a missing point: ${from} - ${to}`);
    edges.push({ from, to, kind, meters: meters ?? Math.max(MIN_EDGE, round1(Math.hypot(a.x - b.x, a.y - b.y))) });
  };

  for (const b of site.buildings) {
    const { id, name, x, y, width, depth } = b;
    buildings.push({ id, name, x, y, width, depth });
    const cy = b.y + b.depth / 2;
    for (let level = 1; level <= b.levels; level++) {
      const floorId = `${b.id}-f${level}`;
      const label = `${level}楼`;
      floors.push({ id: floorId, buildingId: b.id, level, label });
      const spine = new Map<number, string>();
      const junction = (dx: number): string => {
        const known = spine.get(dx);
        if (known) return known;
        const id = `${floorId}-j${dx}`;
        add({ id, kind: 'junction', name: `${b.name}${label}走廊`, floorId, x: b.x + dx, y: cy });
        spine.set(dx, id);
        return id;
      };
      const off = (p: Omit<Point, 'floorId' | 'x' | 'y'>, dx: number, dy: number): void => {
        add({ ...p, floorId, x: b.x + dx, y: cy + dy });
        link(junction(dx), p.id, 'corridor');
      };
      const here = b.places.find((f) => f.level === level);
      for (const place of here ? here.places : []) {
        const { at, side, ...rest } = place;
        off(rest, at, side === 'n' ? -ROOM_OFFSET : ROOM_OFFSET);
      }
      b.lifts.forEach((dx, k) => off({ id: `${floorId}-lift${k}`, kind: 'lift', name: `${b.name}${label}电梯厅` }, dx, -LOBBY_OFFSET));
      b.stairs.forEach((dx, k) => off({ id: `${floorId}-stairs${k}`, kind: 'stairs', name: `${b.name}${label}楼梯间` }, dx, LOBBY_OFFSET));
      const esc = b.escalator;
      if (esc && level >= esc.from && level <= esc.to)
        off({ id: `${floorId}-escalator`, kind: 'escalator', name: `${b.name}${label}扶梯口` }, esc.at, -LOBBY_OFFSET);
      if (level === 1) {
        for (const e of b.entrances) {
          add({ id: e.id, kind: 'entrance', name: e.name, floorId, x: b.x + e.dx, y: b.y + e.dy, ...(e.main ? { main: true } : {}) });
          link(junction(e.dx), e.id, 'corridor');
        }
      }
      junction(0);
      junction(b.width);
      const xs = [...spine.keys()].sort((p, q) => p - q);
      for (let i = 1; i < xs.length; i++) link(spine.get(xs[i - 1]) as string, spine.get(xs[i]) as string, 'corridor');
    }
    for (let lower = 1; lower < b.levels; lower++) {
      b.lifts.forEach((_dx, k) => {
        for (let upper = lower + 1; upper <= b.levels; upper++)
          link(`${b.id}-f${lower}-lift${k}`, `${b.id}-f${upper}-lift${k}`, 'lift', FLOOR_HEIGHT * (upper - lower));
      });
      b.stairs.forEach((_dx, k) => link(`${b.id}-f${lower}-stairs${k}`, `${b.id}-f${lower + 1}-stairs${k}`, 'stairs', STAIR_FLIGHT));
      const esc = b.escalator;
      if (esc && lower >= esc.from && lower < esc.to) link(`${b.id}-f${lower}-escalator`, `${b.id}-f${lower + 1}-escalator`, 'escalator', ESCALATOR_RUN);
    }
  }
  for (const p of site.paths) add({ id: p.id, kind: 'junction', name: p.name, floorId: null, x: p.x, y: p.y });
  for (const [a, b] of site.links) link(a, b, 'outdoor');
  return { hospitalId: site.hospitalId, buildings, floors, points, edges };
}
