/**
 * Routes on small hand-checked maps: the quickest by walking time, step-free never on stairs or
 * escalators, the elder pace, unreachable places, Chinese steps with turns, floor plans; and
 * Dijkstra against Floyd–Warshall on random maps.
 */
import { floorPlan, routePlans } from '../../backend/domain/navigation/floor-plan';
import { edgeSeconds, LIFT_WAIT_S, NavGraph, type Pace } from '../../backend/domain/navigation/graph';
import { MinHeap } from '../../backend/domain/navigation/heap';
import { NOT_STEP_FREE, type Edge, type EdgeKind, type NavMap, type Point } from '../../backend/domain/navigation/map';
import { routeSteps, turnWord } from '../../backend/domain/navigation/steps';
import { mapProblems } from '../../backend/domain/navigation/check-map';

const p = (id: string, floorId: string | null, x: number, y: number, kind: Point['kind'] = 'junction', name = id): Point => ({ id, kind, name, floorId, x, y });
const e = (from: string, to: string, kind: EdgeKind, meters: number, oneWay?: boolean): Edge => ({ from, to, kind, meters, ...(oneWay ? { oneWay } : {}) });

/**
 * Two floors of one building. From the door `a` (0,0) on 1楼 to `t` (5,10) on 2楼:
 * stairs: a→s1 5 m, s1→s2 12 m of stairs, s2→t 10 m; lift: a→l1 50 m, l1→l2 4.5 m, l2→t √(45²+10²) m.
 */
function twoFloors(): NavMap {
  return {
    hospitalId: 'h',
    buildings: [{ id: 'b', name: '门诊楼', x: -5, y: -5, width: 60, depth: 20 }],
    floors: [
      { id: 'b-f1', buildingId: 'b', level: 1, label: '1楼' },
      { id: 'b-f2', buildingId: 'b', level: 2, label: '2楼' },
    ],
    points: [
      { ...p('a', 'b-f1', 0, 0, 'entrance', '门诊楼正门'), main: true },
      p('s1', 'b-f1', 5, 0, 'stairs', '1楼楼梯'),
      p('l1', 'b-f1', 50, 0, 'lift', '1楼电梯厅'),
      p('info', 'b-f1', 0, 5, 'info', '1楼服务台'),
      p('s2', 'b-f2', 5, 0, 'stairs', '2楼楼梯'),
      p('l2', 'b-f2', 50, 0, 'lift', '2楼电梯厅'),
      { ...p('t', 'b-f2', 5, 10, 'department', '门诊楼2楼A区'), departmentIds: ['d-t'] },
      p('island', 'b-f2', 30, 10, 'toilet', '2楼卫生间'),
    ],
    edges: [
      e('a', 's1', 'corridor', 5),
      e('s1', 's2', 'stairs', 12),
      e('s2', 't', 'corridor', 10),
      e('a', 'l1', 'corridor', 50),
      e('l1', 'l2', 'lift', 4.5),
      e('l2', 't', 'corridor', Math.hypot(45, 10)),
      e('a', 'info', 'corridor', 5),
    ],
  };
}

describe('MinHeap', () => {
  it('pops keys in ascending order', () => {
    const heap = new MinHeap<number>();
    const keys = Array.from({ length: 200 }, (_, i) => (i * 7919) % 211);
    keys.forEach((k) => heap.push(k, k));
    const out: number[] = [];
    for (let top = heap.pop(); top; top = heap.pop()) out.push(top.key);
    expect(out).toEqual([...keys].sort((x, y) => x - y));
  });
});

describe('routes on a two-floor map', () => {
  const map = twoFloors();
  const graph = new NavGraph(map);

  it('takes the stairs when quicker: 5 m + 12 m of stairs at half speed + 10 m at 1.2 m/s', () => {
    const r = graph.route('a', 't', { stepFree: false, pace: 'normal' })!;
    expect(r.points.map((x) => x.id)).toEqual(['a', 's1', 's2', 't']);
    expect(r.seconds).toBeCloseTo((5 + 24 + 10) / 1.2, 6);
    expect(r.meters).toBe(27);
    expect(r.usesStairs).toBe(true);
  });

  it('step-free takes the lift: 50 m, a 40 s wait and 3 s ride, then √2125 m', () => {
    const r = graph.route('a', 't', { stepFree: true, pace: 'normal' })!;
    expect(r.points.map((x) => x.id)).toEqual(['a', 'l1', 'l2', 't']);
    expect(r.seconds).toBeCloseTo(50 / 1.2 + LIFT_WAIT_S + 3 + Math.hypot(45, 10) / 1.2, 6);
    expect(r.usesStairs).toBe(false);
  });

  it('walks slower at the elder pace', () => {
    const r = graph.route('a', 't', { stepFree: false, pace: 'elder' })!;
    expect(r.seconds).toBeCloseTo((5 + 24 + 10) / 0.8, 6);
    expect(edgeSeconds({ kind: 'corridor', meters: 8 }, 'elder')).toBeCloseTo(10, 6);
  });

  it('answers null for an unreachable or unknown place', () => {
    expect(graph.route('a', 'island', { stepFree: false, pace: 'normal' })).toBeNull();
    expect(graph.route('a', 'nowhere', { stepFree: false, pace: 'normal' })).toBeNull();
    expect(graph.secondsTo('a', ['island', 't'], { stepFree: false, pace: 'normal' })[0]).toBe(Infinity);
  });

  it('a one-way escalator is taken up but never down, and never step-free', () => {
    const up: NavMap = { ...map, edges: [...map.edges.filter((x) => x.kind !== 'stairs'), e('s1', 's2', 'escalator', 10, true)] };
    const g = new NavGraph(up);
    expect(g.route('a', 't', { stepFree: false, pace: 'normal' })!.points.map((x) => x.id)).toEqual(['a', 's1', 's2', 't']);
    expect(g.route('t', 'a', { stepFree: false, pace: 'normal' })!.points.map((x) => x.id)).toEqual(['t', 'l2', 'l1', 'a']);
    expect(g.route('a', 't', { stepFree: true, pace: 'normal' })!.usesStairs).toBe(false);
  });

  it('says it in Chinese: the door, the distance, the lift to 2楼, the arrival', () => {
    const r = graph.route('a', 't', { stepFree: true, pace: 'normal' })!;
    const steps = routeSteps(map, r, '心内科（门诊楼2楼A区）');
    expect(steps.map((s) => s.floor)).toEqual(['门诊楼1楼', '门诊楼2楼']);
    expect(steps[0].text).toBe('从门诊楼正门进入，直走约50米，到1楼电梯厅乘电梯到2楼');
    expect(steps[1].text).toMatch(/^出电梯直走约45米，到达心内科（门诊楼2楼A区）$/);
  });

  it('draws each floor it passes, the route in blue, start and end', () => {
    const r = graph.route('a', 't', { stepFree: false, pace: 'normal' })!;
    const plans = routePlans(map, r);
    expect(plans.map((x) => x.label)).toEqual(['门诊楼1楼', '门诊楼2楼']);
    expect(plans[0].svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(plans[0].svg).toContain('stroke="#0b6bcb"');
    expect(plans[0].svg).toContain('fill="#2e7d32"');
    expect(plans[1].svg).toContain('fill="#c62828"');
    expect(plans[1].svg).toContain('A区');
    expect(floorPlan(map, 'b-f2', null).svg).not.toContain('#0b6bcb');
  });

  it('finds the island unreachable when checking a map', () => {
    const withDept = { ...map, points: map.points.map((x) => (x.id === 'island' ? { ...x, departmentIds: ['d-i'] } : x)) };
    expect(mapProblems(map)).toEqual([]);
    expect(mapProblems(withDept)).toEqual(['2楼卫生间无法从门诊主入口无障碍到达']);
    expect(mapProblems({ ...map, edges: [...map.edges, e('a', 'ghost', 'corridor', 3)] })[0]).toContain('连接的地点不存在');
  });
});

describe('turns', () => {
  it('east then south is a right turn (y points south); east then north is left', () => {
    expect(turnWord({ x: 1, y: 0 }, { x: 0, y: 1 })).toBe('右转');
    expect(turnWord({ x: 1, y: 0 }, { x: 0, y: -1 })).toBe('左转');
    expect(turnWord({ x: 1, y: 0 }, { x: 1, y: 0.2 })).toBe('直走');
    expect(turnWord({ x: 1, y: 0 }, { x: -1, y: 0 })).toBe('掉头');
  });

  it('a short last stretch after a turn is 右手边就是…', () => {
    const map: NavMap = {
      hospitalId: 'h',
      buildings: [{ id: 'b', name: '门诊楼', x: 0, y: 0, width: 40, depth: 20 }],
      floors: [{ id: 'f', buildingId: 'b', level: 1, label: '1楼' }],
      points: [
        { ...p('a', 'f', 0, 10, 'entrance', '门诊楼正门'), main: true },
        p('j', 'f', 30, 10),
        p('c', 'f', 30, 16, 'cashier', '收费处'),
        p('i', 'f', 0, 0, 'info', '服务台'),
      ],
      edges: [e('a', 'j', 'corridor', 30), e('j', 'c', 'corridor', 6), e('a', 'i', 'corridor', 10)],
    };
    const r = new NavGraph(map).route('a', 'c', { stepFree: false, pace: 'normal' })!;
    expect(routeSteps(map, r, '收费处')[0].text).toBe('从门诊楼正门进入，直走约30米，右手边就是收费处');
  });
});

/** A random building: a grid of points per floor, corridors, and random stairs, escalators and lifts between floors. */
function randomMap(seed: number): NavMap {
  let s = seed;
  const rnd = (): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const points: Point[] = [];
  const edges: Edge[] = [];
  const floors = [1, 2, 3].map((level) => ({ id: `f${level}`, buildingId: 'b', level, label: `${level}楼` }));
  for (const f of floors) for (let i = 0; i < 12; i++) points.push(p(`${f.id}-${i}`, f.id, (i % 4) * 10, Math.floor(i / 4) * 10));
  for (const f of floors) {
    for (let i = 0; i < 12; i++) {
      if (i % 4 < 3 && rnd() < 0.8) edges.push(e(`${f.id}-${i}`, `${f.id}-${i + 1}`, 'corridor', 5 + rnd() * 20));
      if (i < 8 && rnd() < 0.8) edges.push(e(`${f.id}-${i}`, `${f.id}-${i + 4}`, 'corridor', 5 + rnd() * 20));
    }
  }
  const kinds: EdgeKind[] = ['stairs', 'escalator', 'lift'];
  for (let k = 0; k < 8; k++) {
    const i = Math.floor(rnd() * 12);
    const level = 1 + Math.floor(rnd() * 2);
    const kind = kinds[Math.floor(rnd() * 3)];
    edges.push(e(`f${level}-${i}`, `f${level + 1}-${i}`, kind, kind === 'lift' ? 4.5 : 10 + rnd() * 5, kind === 'escalator' && rnd() < 0.5));
  }
  return { hospitalId: 'h', buildings: [{ id: 'b', name: '楼', x: 0, y: 0, width: 30, depth: 20 }], floors, points, edges };
}

function floyd(map: NavMap, stepFree: boolean, pace: Pace): number[][] {
  const ids = map.points.map((x) => x.id);
  const at = new Map(ids.map((id, i) => [id, i]));
  const d = ids.map((_, i) => ids.map((__, j) => (i === j ? 0 : Infinity)));
  for (const edge of map.edges) {
    if (stepFree && NOT_STEP_FREE.has(edge.kind)) continue;
    const a = at.get(edge.from)!;
    const b = at.get(edge.to)!;
    const w = edgeSeconds(edge, pace);
    d[a][b] = Math.min(d[a][b], w);
    if (!edge.oneWay) d[b][a] = Math.min(d[b][a], w);
  }
  for (let k = 0; k < ids.length; k++)
    for (let i = 0; i < ids.length; i++) for (let j = 0; j < ids.length; j++) if (d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
  return d;
}

describe('Dijkstra equals Floyd–Warshall on random three-floor maps', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('map %i, quickest and step-free, both paces', (seed) => {
    const map = randomMap(seed);
    const graph = new NavGraph(map);
    for (const stepFree of [false, true]) {
      for (const pace of ['normal', 'elder'] as const) {
        const d = floyd(map, stepFree, pace);
        map.points.forEach((from, i) => {
          const seconds = graph.secondsTo(
            from.id,
            map.points.map((x) => x.id),
            { stepFree, pace },
          );
          seconds.forEach((sec, j) => (d[i][j] === Infinity ? expect(sec).toBe(Infinity) : expect(sec).toBeCloseTo(d[i][j], 6)));
        });
        const to = map.points[map.points.length - 1];
        const r = graph.route(map.points[0].id, to.id, { stepFree, pace });
        if (r) {
          expect(r.seconds).toBeCloseTo(d[0][map.points.length - 1], 6);
          expect(r.edges.reduce((sum, x) => sum + edgeSeconds(x, pace), 0)).toBeCloseTo(r.seconds, 6);
          if (stepFree) expect(r.edges.some((x) => NOT_STEP_FREE.has(x.kind))).toBe(false);
        } else expect(d[0][map.points.length - 1]).toBe(Infinity);
      }
    }
  });
});
