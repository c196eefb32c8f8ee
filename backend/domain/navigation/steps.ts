/**
 * A route in plain Chinese, one step per stretch on one floor or one ride between floors:
 * 从门诊楼正门进入，直走约30米，在挂号收费处右转，直走约15米，到门诊楼1楼电梯 → 乘电梯到3楼 → 出电梯左转 …
 * Turns come from the plan's geometry (x east, y south): a clockwise turn is 右转.
 */
import type { Route } from './graph';
import type { Edge, EdgeKind, NavMap, Point } from './map';

export interface RouteStep {
  text: string;
  /** Where the step is walked: 门诊楼1楼, or 室外. */
  floor: string;
  /** The floor's id, or `site` outdoors: which floor plan shows the step. */
  planId: string;
}

export const SITE_PLAN = 'site';
const STRAIGHT_DEGREES = 35;
const vertical: Partial<Record<EdgeKind | 'walk', { verb: string; exit: string }>> = {
  lift: { verb: '乘电梯', exit: '出电梯' },
  stairs: { verb: '走楼梯', exit: '出楼梯间' },
  escalator: { verb: '乘扶梯', exit: '下扶梯后' },
};

interface Vec {
  x: number;
  y: number;
}

const vec = (a: Point, b: Point): Vec => ({ x: b.x - a.x, y: b.y - a.y });

/** 左转, 右转, 直走 or 掉头 from heading `a` to heading `b`. */
export function turnWord(a: Vec, b: Vec): string {
  const cross = a.x * b.y - a.y * b.x;
  const dot = a.x * b.x + a.y * b.y;
  const degrees = (Math.atan2(Math.abs(cross), dot) * 180) / Math.PI;
  if (degrees < STRAIGHT_DEGREES) return '直走';
  if (degrees > 150) return '掉头';
  return cross > 0 ? '右转' : '左转';
}

function aboutMeters(m: number): string {
  return `约${Math.max(5, Math.round(m / 5) * 5)}米`;
}

/** The plan an edge is drawn on: its floor when both ends share one, else the site plan. */
export function planOf(a: Point, b: Point): string {
  return a.floorId !== null && a.floorId === b.floorId ? a.floorId : SITE_PLAN;
}

export function floorLabel(map: NavMap, planId: string): string {
  if (planId === SITE_PLAN) return '室外';
  const floor = map.floors.find((f) => f.id === planId);
  const building = floor ? map.buildings.find((b) => b.id === floor.buildingId) : undefined;
  return floor && building ? `${building.name}${floor.label}` : planId;
}

interface Run {
  kind: 'walk' | EdgeKind;
  plan: string;
  /** Indexes into the route's points: from `first` to `last`. */
  first: number;
  last: number;
}

function runsOf(route: Route): Run[] {
  const runs: Run[] = [];
  route.edges.forEach((e: Edge, i) => {
    const kind = vertical[e.kind] ? e.kind : 'walk';
    const plan = kind === 'walk' ? planOf(route.points[i], route.points[i + 1]) : SITE_PLAN;
    const prev = runs[runs.length - 1];
    if (prev && prev.kind === kind && (kind !== 'walk' || prev.plan === plan)) prev.last = i + 1;
    else runs.push({ kind, plan, first: i, last: i + 1 });
  });
  return runs;
}

const named = (p: Point): boolean => p.kind !== 'junction';

interface Leg {
  meters: number;
  /** The turn at the leg's end, '' for the last. */
  turn: string;
  at: Point;
}

function legsOf(route: Route, run: Run): Leg[] {
  const pts = route.points.slice(run.first, run.last + 1);
  const legs: Leg[] = [];
  let meters = 0;
  for (let i = 0; i < pts.length - 1; i++) {
    meters += route.edges[run.first + i].meters;
    const next = pts[i + 2];
    const turn = next ? turnWord(vec(pts[i], pts[i + 1]), vec(pts[i + 1], next)) : '';
    if (turn === '直走') continue;
    legs.push({ meters, turn, at: pts[i + 1] });
    meters = 0;
  }
  return legs;
}

interface Ending {
  /** After 左手边 / 右手边: 就是心血管内科, 乘电梯到3楼. */
  beside: string;
  /** Otherwise: 到达心血管内科, 到门诊楼1楼电梯厅乘电梯到3楼. */
  plain: string;
}

/** A short last stretch after a turn becomes 右手边就是… (the place is beside the patient). */
function walkText(legs: Leg[], opening: string, attach: boolean, ending: Ending): string {
  const final = legs[legs.length - 1];
  const before = legs[legs.length - 2];
  const beside = !!before && final.meters <= 8 && (before.turn === '左转' || before.turn === '右转');
  const shown = beside ? legs.slice(0, -1).map((l, i, all) => (i === all.length - 1 ? { ...l, turn: '' } : l)) : legs;
  const parts: string[] = [];
  for (const leg of shown) {
    parts.push(`直走${aboutMeters(leg.meters)}`);
    if (leg.turn) parts.push(named(leg.at) ? `在${leg.at.name}${leg.turn}` : leg.turn);
  }
  parts.push(beside ? `${before.turn.slice(0, 1)}手边${ending.beside}` : ending.plain);
  if (opening && attach) parts[0] = `${opening}${parts[0]}`;
  else if (opening) parts.unshift(opening);
  return parts.join('，');
}

/** How a stretch starts: 从门诊楼正门进入, 出电梯 (joined to the first leg), or nothing. */
function openingOf(route: Route, runs: Run[], r: number): { text: string; attach: boolean } {
  const run = runs[r];
  const start = route.points[run.first];
  const ride = r > 0 ? vertical[runs[r - 1].kind] : undefined;
  if (ride) return { text: ride.exit, attach: true };
  if (start.kind !== 'entrance') return { text: r === 0 ? `从${start.name}出发` : '', attach: false };
  return { text: run.plan === SITE_PLAN ? `从${start.name}出门` : `从${start.name}进入`, attach: false };
}

function rideText(map: NavMap, route: Route, run: Run): string {
  const ride = vertical[run.kind];
  const end = route.points[run.last];
  const to = end.floorId ? map.floors.find((f) => f.id === end.floorId) : undefined;
  return `${ride ? ride.verb : ''}到${to ? to.label : end.name}`;
}

const planOfPoint = (p: Point): string => p.floorId ?? SITE_PLAN;

/** The steps of `route`; `destination` names its end (e.g. 心血管内科（门诊楼2楼A区）). */
export function routeSteps(map: NavMap, route: Route, destination: string): RouteStep[] {
  const runs = runsOf(route);
  const here = planOfPoint(route.points[0]);
  if (runs.length === 0) return [{ text: `您已在${destination}`, floor: floorLabel(map, here), planId: here }];
  const steps: RouteStep[] = [];
  runs.forEach((run, r) => {
    const next = runs[r + 1];
    const end = route.points[run.last];
    if (vertical[run.kind]) {
      if (r > 0) return;
      const plan = planOfPoint(route.points[run.first]);
      steps.push({ text: `从${route.points[run.first].name}${rideText(map, route, run)}`, floor: floorLabel(map, plan), planId: plan });
      return;
    }
    const ending: Ending = !next
      ? { beside: `就是${destination}`, plain: `到达${destination}` }
      : vertical[next.kind]
        ? { beside: rideText(map, route, next), plain: `到${end.name}${rideText(map, route, next)}` }
        : { beside: `就是${end.name}`, plain: `到${end.name}` };
    const opening = openingOf(route, runs, r);
    steps.push({ text: walkText(legsOf(route, run), opening.text, opening.attach, ending), floor: floorLabel(map, run.plan), planId: run.plan });
  });
  return steps;
}
