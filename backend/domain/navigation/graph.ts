/**
 * Shortest routes by walking time on a hospital map: Dijkstra with a binary heap over an
 * adjacency list built once per map. A step-free route never takes stairs or escalators.
 */
import { MinHeap } from './heap';
import { NOT_STEP_FREE, type Edge, type NavMap, type Point } from './map';

export type Pace = 'normal' | 'elder';

export interface RouteOptions {
  stepFree: boolean;
  pace: Pace;
}

/** Walking speed on the level, metres per second (elder: a slower, safer pace). */
export const WALK_SPEED: Record<Pace, number> = { normal: 1.2, elder: 0.8 };
/** Waiting for a lift, seconds; a ride then moves 1.5 m/s. */
export const LIFT_WAIT_S = 40;
const LIFT_SPEED = 1.5;
const ESCALATOR_SPEED = 0.5;
/** Climbing stairs takes about twice as long as walking the same length. */
const STAIRS_FACTOR = 2;

export function edgeSeconds(edge: Pick<Edge, 'kind' | 'meters'>, pace: Pace): number {
  switch (edge.kind) {
    case 'lift':
      return LIFT_WAIT_S + edge.meters / LIFT_SPEED;
    case 'escalator':
      return edge.meters / ESCALATOR_SPEED;
    case 'stairs':
      return (edge.meters * STAIRS_FACTOR) / WALK_SPEED[pace];
    default:
      return edge.meters / WALK_SPEED[pace];
  }
}

interface Arc {
  to: number;
  edge: Edge;
}

export interface Route {
  points: Point[];
  /** edges[i] joins points[i] and points[i + 1]. */
  edges: Edge[];
  meters: number;
  seconds: number;
  /** True when the route climbs stairs or rides an escalator. */
  usesStairs: boolean;
}

export class NavGraph {
  readonly points: Point[];
  private readonly index = new Map<string, number>();
  private readonly arcs: Arc[][];

  constructor(readonly map: NavMap) {
    this.points = map.points;
    map.points.forEach((p, i) => this.index.set(p.id, i));
    this.arcs = map.points.map(() => []);
    for (const e of map.edges) {
      const a = this.index.get(e.from);
      const b = this.index.get(e.to);
      if (a === undefined || b === undefined) continue;
      this.arcs[a].push({ to: b, edge: e });
      if (!e.oneWay) this.arcs[b].push({ to: a, edge: e });
    }
  }

  has(pointId: string): boolean {
    return this.index.has(pointId);
  }

  /** Seconds to every point from `fromId` (Infinity where unreachable), and each point's last arc. */
  private search(fromId: string, options: RouteOptions, stopAt?: number): { seconds: Float64Array; viaPoint: Int32Array; viaEdge: Array<Edge | undefined> } {
    const n = this.points.length;
    const seconds = new Float64Array(n).fill(Infinity);
    const viaPoint = new Int32Array(n).fill(-1);
    const viaEdge: Array<Edge | undefined> = new Array(n);
    const start = this.index.get(fromId);
    if (start === undefined) return { seconds, viaPoint, viaEdge };
    const done = new Uint8Array(n);
    const heap = new MinHeap<number>();
    seconds[start] = 0;
    heap.push(0, start);
    for (let top = heap.pop(); top; top = heap.pop()) {
      const u = top.value;
      if (done[u]) continue;
      done[u] = 1;
      if (u === stopAt) break;
      for (const arc of this.arcs[u]) {
        if (options.stepFree && NOT_STEP_FREE.has(arc.edge.kind)) continue;
        const next = top.key + edgeSeconds(arc.edge, options.pace);
        if (next < seconds[arc.to]) {
          seconds[arc.to] = next;
          viaPoint[arc.to] = u;
          viaEdge[arc.to] = arc.edge;
          heap.push(next, arc.to);
        }
      }
    }
    return { seconds, viaPoint, viaEdge };
  }

  /** Walking seconds from `fromId` to each of `toIds` (Infinity when unreachable). */
  secondsTo(fromId: string, toIds: readonly string[], options: RouteOptions): number[] {
    const { seconds } = this.search(fromId, options);
    return toIds.map((id) => {
      const i = this.index.get(id);
      return i === undefined ? Infinity : seconds[i];
    });
  }

  /** The quickest route, or null when `toId` cannot be reached from `fromId`. */
  route(fromId: string, toId: string, options: RouteOptions): Route | null {
    const target = this.index.get(toId);
    if (target === undefined || !this.has(fromId)) return null;
    const { seconds, viaPoint, viaEdge } = this.search(fromId, options, target);
    if (seconds[target] === Infinity) return null;
    const points: Point[] = [this.points[target]];
    const edges: Edge[] = [];
    for (let at = target; viaPoint[at] >= 0; at = viaPoint[at]) {
      points.push(this.points[viaPoint[at]]);
      edges.push(viaEdge[at] as Edge);
    }
    points.reverse();
    edges.reverse();
    return {
      points,
      edges,
      meters: edges.reduce((m, e) => m + e.meters, 0),
      seconds: seconds[target],
      usesStairs: edges.some((e) => NOT_STEP_FREE.has(e.kind)),
    };
  }
}
