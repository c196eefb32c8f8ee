/**
 * Navigation figures: a route on a generated 2,000-point map (5 buildings × 8 floors × 50 points,
 * lifts, stairs and escalators, outdoor paths), p50 / p99 over 2,000 random pairs, Dijkstra alone
 * and with the Chinese steps and floor plans; the care path of 8 stops (exact) and 12 (heuristic)
 * on random instances with constraints. Goals: route p99 < 5 ms, care path of 8 stops < 50 ms.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { planCarePath, type CarePathProblem, type CareStop, type StopKind } from '../../backend/domain/navigation/care-path';
import { routePlans } from '../../backend/domain/navigation/floor-plan';
import { NavGraph } from '../../backend/domain/navigation/graph';
import type { Edge, EdgeKind, NavMap, Point } from '../../backend/domain/navigation/map';
import { routeSteps } from '../../backend/domain/navigation/steps';
import { table } from './format';

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** 5 buildings of 8 floors, each floor a 10 × 5 grid of corridors 6 m apart. */
export function generatedMap(): NavMap {
  const rnd = random(7);
  const points: Point[] = [];
  const edges: Edge[] = [];
  const floors: NavMap['floors'] = [];
  const buildings: NavMap['buildings'] = [];
  const id = (b: number, f: number, i: number): string => `b${b}-f${f}-${i}`;
  for (let b = 0; b < 5; b++) {
    buildings.push({ id: `b${b}`, name: `${b + 1}号楼`, x: b * 80, y: 0, width: 60, depth: 30 });
    for (let f = 1; f <= 8; f++) {
      floors.push({ id: `b${b}-f${f}`, buildingId: `b${b}`, level: f, label: `${f}楼` });
      for (let i = 0; i < 50; i++) {
        const kind: Point['kind'] = i === 0 ? 'lift' : i === 9 ? 'stairs' : i === 45 ? 'escalator' : i % 7 === 3 ? 'department' : 'junction';
        points.push({
          id: id(b, f, i),
          kind,
          name: `${b + 1}号楼${f}楼${i}`,
          floorId: `b${b}-f${f}`,
          x: b * 80 + (i % 10) * 6,
          y: Math.floor(i / 10) * 6,
          ...(b === 0 && f === 1 && i === 5 ? { main: true } : {}),
        });
        if (i % 10 < 9) edges.push({ from: id(b, f, i), to: id(b, f, i + 1), kind: 'corridor', meters: 6 + rnd() * 2 });
        if (i < 40) edges.push({ from: id(b, f, i), to: id(b, f, i + 10), kind: 'corridor', meters: 6 + rnd() * 2 });
      }
      if (f < 8) {
        const between: Array<[number, EdgeKind, number]> = [
          [9, 'stairs', 12],
          [45, 'escalator', 10],
        ];
        for (const [i, kind, meters] of between) edges.push({ from: id(b, f, i), to: id(b, f + 1, i), kind, meters });
      }
      for (let g = f + 1; g <= 8; g++) edges.push({ from: id(b, f, 0), to: id(b, g, 0), kind: 'lift', meters: 4.5 * (g - f) });
    }
    if (b > 0) edges.push({ from: id(b - 1, 1, 29), to: id(b, 1, 20), kind: 'outdoor', meters: 26 });
  }
  return { hospitalId: 'bench', buildings, floors, points, edges };
}

interface Timings {
  /** Wall-clock milliseconds, sorted. */
  wall: number[];
  /** CPU milliseconds of the process (not counting time other processes held the cores), sorted. */
  cpu: number[];
}

/** Times `work` by the wall clock and by the process's CPU time: the machine is shared, so both are shown. */
function timed(count: number, work: (k: number) => void): Timings {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < count; k++) {
    const started = performance.now();
    const used = process.cpuUsage();
    work(k);
    const spent = process.cpuUsage(used);
    wall.push(performance.now() - started);
    cpu.push((spent.user + spent.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

function timeRoutes(map: NavMap, withText: boolean): Timings {
  const graph = new NavGraph(map);
  const rnd = random(11);
  const pairs = Array.from({ length: 2000 }, () => [
    map.points[Math.floor(rnd() * map.points.length)].id,
    map.points[Math.floor(rnd() * map.points.length)].id,
  ]);
  return timed(pairs.length, (k) => {
    const [from, to] = pairs[k];
    const route = graph.route(from, to, { stepFree: k % 2 === 0, pace: 'normal' });
    if (route && withText) {
      routeSteps(map, route, to);
      routePlans(map, route);
    }
  });
}

function carePathProblem(n: number, seed: number): CarePathProblem {
  const rnd = random(seed);
  const kinds: StopKind[] = ['blood', 'ultrasound', 'ct', 'pharmacy', 'exam', 'endoscopy', 'mri'];
  const stops: CareStop[] = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    kind: i === 0 ? 'cashier' : i === n - 1 ? 'revisit' : kinds[i % kinds.length],
    pointId: `p${i}`,
    waitMinutes: Math.floor(rnd() * 40),
    serviceMinutes: 3 + Math.floor(rnd() * 12),
    isPayment: i === 0,
    needsPayment: i > 0 && rnd() < 0.6,
    needsResults: i === n - 1,
    needsFasting: i > 0 && i < n - 1 && rnd() < 0.3,
    breaksFasting: i > 0 && i < n - 1 && rnd() < 0.2,
    resultMinutes: i > 0 && i < n - 1 && rnd() < 0.6 ? Math.floor(rnd() * 90) : undefined,
    opensAt: rnd() < 0.2 ? Math.floor(rnd() * 60) : undefined,
    closesAt: rnd() < 0.2 ? 60 + Math.floor(rnd() * 200) : undefined,
  }));
  const travel = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: n + 1 }, (__, j) => (i === j ? 0 : 1 + Math.floor(rnd() * 8))));
  return { stops, travel };
}

function timeCarePaths(n: number, count: number): Timings {
  const problems = Array.from({ length: count }, (_, k) => carePathProblem(n, 1000 + k));
  return timed(count, (k) => planCarePath(problems[k]));
}

const ms = (v: number): string => `${v.toFixed(2)} ms`;

const row = (name: string, t: Timings, goal: string): string[] => [
  name,
  ms(percentile(t.wall, 0.5)),
  ms(percentile(t.wall, 0.99)),
  ms(percentile(t.cpu, 0.99)),
  ms(t.wall[t.wall.length - 1]),
  goal,
];

export function navigationBench(): string[] {
  const map = generatedMap();
  timeRoutes(map, true);
  timeCarePaths(8, 50);
  const dijkstra = timeRoutes(map, false);
  const full = timeRoutes(map, true);
  const eight = timeCarePaths(8, 200);
  const twelve = timeCarePaths(12, 200);
  return [
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
    `generated map: ${map.points.length} points, ${map.edges.length} edges, ${map.floors.length} floors`,
    ...table(
      [
        ['figure', 'p50', 'p99', 'p99 CPU', 'max', 'goal'],
        row('route (Dijkstra, 2,000 pairs, half step-free)', dijkstra, 'p99 < 5 ms'),
        row('route + Chinese steps + floor plans', full, '—'),
        row('care path, 8 stops, exact (200 instances)', eight, '< 50 ms'),
        row('care path, 12 stops, heuristic (200 instances)', twelve, '—'),
      ],
      [1, 2, 3, 4],
    ),
  ];
}
