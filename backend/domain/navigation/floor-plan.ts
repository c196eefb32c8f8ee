/**
 * Floor plans drawn from the map data as SVG: the building's outline, its corridors, the named
 * places, and the part of a route walked on that floor (start green, end red). The site plan shows
 * every building and the outdoor paths.
 */
import type { Route } from './graph';
import type { Building, NavMap, Point } from './map';
import { floorLabel, planOf, SITE_PLAN } from './steps';

export interface FloorPlan {
  planId: string;
  label: string;
  svg: string;
}

const MARGIN = 8;
/** Labels and lines are sized for a plan this many metres across, and scaled with it. */
const PLAN_SCALE = 130;
const LABELLED = new Set(['entrance', 'department', 'exam_room', 'lab', 'pharmacy', 'cashier', 'kiosk', 'info', 'toilet', 'lift', 'stairs', 'escalator']);

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number): string => String(Math.round(v * 10) / 10);

function bounds(buildings: Building[]): { x: number; y: number; w: number; h: number } {
  const x = Math.min(...buildings.map((b) => b.x)) - MARGIN;
  const y = Math.min(...buildings.map((b) => b.y)) - MARGIN;
  const right = Math.max(...buildings.map((b) => b.x + b.width)) + MARGIN;
  const bottom = Math.max(...buildings.map((b) => b.y + b.depth)) + MARGIN;
  return { x, y, w: right - x, h: bottom - y };
}

/** A point's name without its building and floor (门诊楼2楼A区 → A区) for the plan's labels. */
function shortName(map: NavMap, p: Point): string {
  const prefix = p.floorId ? floorLabel(map, p.floorId) : '';
  return prefix && p.name.startsWith(prefix) && p.name.length > prefix.length ? p.name.slice(prefix.length) : p.name;
}

function onPlan(p: Point, planId: string): boolean {
  return planId === SITE_PLAN ? p.floorId === null || p.kind === 'entrance' : p.floorId === planId;
}

export function floorPlan(map: NavMap, planId: string, route: Route | null): FloorPlan {
  const floor = map.floors.find((f) => f.id === planId);
  const buildings = floor ? map.buildings.filter((b) => b.id === floor.buildingId) : map.buildings;
  const box = bounds(buildings.length > 0 ? buildings : map.buildings);
  const byId = new Map(map.points.map((p) => [p.id, p]));
  const k = Math.max(box.w, box.h) / PLAN_SCALE;
  const middle = floor && buildings[0] ? buildings[0].y + buildings[0].depth / 2 : Infinity;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(box.x)} ${n(box.y)} ${n(box.w)} ${n(box.h)}" font-family="sans-serif" font-size="${n(3.4 * k)}" text-anchor="middle">`,
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" fill="#f5f6f8"/>`,
  ];
  for (const b of buildings) {
    parts.push(`<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.depth)}" fill="#ffffff" stroke="#8a9099" stroke-width="${n(0.6 * k)}"/>`);
    if (!floor) parts.push(`<text x="${n(b.x + b.width / 2)}" y="${n(b.y + b.depth / 2)}" fill="#4e5459">${escapeXml(b.name)}</text>`);
  }
  for (const e of map.edges) {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    if (!a || !b || planOf(a, b) !== planId || e.kind === 'lift' || e.kind === 'stairs' || e.kind === 'escalator') continue;
    parts.push(`<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}" stroke="#d0d4da" stroke-width="${n(1.6 * k)}"/>`);
  }
  if (route) {
    route.edges.forEach((_edge, i) => {
      const a = route.points[i];
      const b = route.points[i + 1];
      if (planOf(a, b) !== planId || (a.x === b.x && a.y === b.y)) return;
      parts.push(`<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}" stroke="#0b6bcb" stroke-width="${n(1.8 * k)}" stroke-linecap="round"/>`);
    });
  }
  for (const p of map.points) {
    if (!onPlan(p, planId) || !LABELLED.has(p.kind)) continue;
    const labelY = p.y > middle ? p.y + 3.6 * k : p.y - 1.4 * k;
    parts.push(`<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${n(0.9 * k)}" fill="#5c6066"/>`);
    parts.push(`<text x="${n(p.x)}" y="${n(labelY)}" fill="#1f2329">${escapeXml(shortName(map, p))}</text>`);
  }
  if (route) {
    const start = route.points[0];
    const end = route.points[route.points.length - 1];
    if (onPlan(start, planId)) parts.push(`<circle cx="${n(start.x)}" cy="${n(start.y)}" r="${n(1.8 * k)}" fill="#2e7d32"/>`);
    if (onPlan(end, planId)) parts.push(`<circle cx="${n(end.x)}" cy="${n(end.y)}" r="${n(1.8 * k)}" fill="#c62828"/>`);
  }
  parts.push('</svg>');
  return { planId, label: floorLabel(map, planId), svg: parts.join('') };
}

/** The plans a route passes, in the order it passes them. */
export function routePlans(map: NavMap, route: Route): FloorPlan[] {
  const ids: string[] = [];
  const add = (id: string): void => {
    if (ids[ids.length - 1] !== id && !ids.includes(id)) ids.push(id);
  };
  if (route.edges.length === 0) add(route.points[0].floorId ?? SITE_PLAN);
  route.edges.forEach((e, i) => {
    if (e.kind === 'corridor' || e.kind === 'outdoor') add(planOf(route.points[i], route.points[i + 1]));
  });
  return ids.map((id) => floorPlan(map, id, route));
}
