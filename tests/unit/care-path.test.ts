/**
 * The care path solver: equal to brute force over every order on random instances of up to 8
 * stops with constraints; each constraint on its own; the heuristic beyond 8 keeps the constraints.
 */
import {
  evaluate,
  EXACT_LIMIT,
  mustPrecede,
  planCarePath,
  predecessorMasks,
  type CarePathProblem,
  type CareStop,
  type StopKind,
} from '../../backend/domain/navigation/care-path';

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((perm) => Array.from({ length: n }, (_, i) => [...perm.slice(0, i), n - 1, ...perm.slice(i)]));
}

function respects(order: number[], preds: number[]): boolean {
  let mask = 0;
  return order.every((i) => {
    const ok = (preds[i] & mask) === preds[i];
    mask |= 1 << i;
    return ok;
  });
}

/** The least cost over every order that keeps the constraints (over every order when none does). */
function bruteForce(problem: CarePathProblem): number {
  const preds = predecessorMasks(problem.stops);
  const all = permutations(problem.stops.length);
  const valid = all.filter((o) => respects(o, preds));
  return Math.min(...(valid.length > 0 ? valid : all).map((o) => evaluate(problem, o).cost));
}

function randomProblem(n: number, seed: number): CarePathProblem {
  let s = seed;
  const rnd = (): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const kinds: StopKind[] = ['blood', 'ultrasound', 'ct', 'pharmacy', 'exam', 'endoscopy', 'mri'];
  const stops: CareStop[] = Array.from({ length: n }, (_, i) => {
    const stop: CareStop = {
      id: `s${i}`,
      kind: kinds[i % kinds.length],
      pointId: `p${i}`,
      waitMinutes: Math.floor(rnd() * 40),
      serviceMinutes: 2 + Math.floor(rnd() * 15),
    };
    if (i === 0 && rnd() < 0.7) return { ...stop, kind: 'cashier', isPayment: true };
    if (i === n - 1 && n > 2 && rnd() < 0.6) return { ...stop, kind: 'revisit', needsResults: true };
    if (rnd() < 0.3) stop.needsFasting = true;
    else if (rnd() < 0.25) stop.breaksFasting = true;
    if (rnd() < 0.5) stop.needsPayment = true;
    if (rnd() < 0.5) stop.resultMinutes = Math.floor(rnd() * 60);
    if (rnd() < 0.25) stop.opensAt = Math.floor(rnd() * 90);
    if (rnd() < 0.2) stop.closesAt = 30 + Math.floor(rnd() * 150);
    return stop;
  });
  const travel = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: n + 1 }, (__, j) => (i === j ? 0 : 1 + Math.floor(rnd() * 10))));
  return { stops, travel };
}

describe('equals brute force over every order', () => {
  const cases = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((n) => Array.from({ length: n <= 6 ? 40 : n === 7 ? 15 : 6 }, (_, k) => ({ n, seed: n * 1000 + k + 1 })));
  it.each(cases)('$n stops, instance $seed', ({ n, seed }) => {
    const problem = randomProblem(n, seed);
    const path = planCarePath(problem);
    const order = path.stops.map((x) => x.index);
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(path.exact).toBe(true);
    expect(evaluate(problem, order).cost).toBeCloseTo(bruteForce(problem), 9);
  });
});

const stop = (id: string, kind: StopKind, over: Partial<CareStop> = {}): CareStop => ({ id, kind, pointId: id, waitMinutes: 5, serviceMinutes: 5, ...over });
const flat = (n: number, minutes = 2): number[][] => Array.from({ length: n + 1 }, (_, i) => Array.from({ length: n + 1 }, (__, j) => (i === j ? 0 : minutes)));
const idsOf = (problem: CarePathProblem): string[] => planCarePath(problem).stops.map((x) => problem.stops[x.index].id);

describe('constraints', () => {
  it('fasting blood draw before the pharmacy, even when the pharmacy is quicker first', () => {
    const stops = [stop('pharmacy', 'pharmacy', { breaksFasting: true, waitMinutes: 0 }), stop('blood', 'blood', { needsFasting: true, waitMinutes: 30 })];
    expect(mustPrecede(stops[1], stops[0])).toBe(true);
    expect(idsOf({ stops, travel: flat(2) })).toEqual(['blood', 'pharmacy']);
  });

  it('pays first when exams must be paid, and not otherwise', () => {
    const stops = [stop('ct', 'ct', { needsPayment: true, waitMinutes: 0 }), stop('cashier', 'cashier', { isPayment: true, waitMinutes: 20 })];
    expect(idsOf({ stops, travel: flat(2) })).toEqual(['cashier', 'ct']);
    const unpaidOk = [stop('ct', 'ct', { opensAt: 0, closesAt: 10 }), stop('cashier', 'cashier', { isPayment: true, waitMinutes: 20 })];
    expect(idsOf({ stops: unpaidOk, travel: flat(2) })).toEqual(['ct', 'cashier']);
  });

  it('returns to the doctor only once the results are out', () => {
    const stops = [stop('revisit', 'revisit', { needsResults: true }), stop('ct', 'ct', { resultMinutes: 60 })];
    const path = planCarePath({ stops, travel: flat(2) });
    expect(path.stops.map((x) => stops[x.index].id)).toEqual(['ct', 'revisit']);
    const ct = path.stops[0];
    expect(path.stops[1].startAt).toBeGreaterThanOrEqual(ct.endAt + 60);
  });

  it('waits for a room to open; does an open room first; flags a stop after closing time', () => {
    const stops = [stop('us', 'ultrasound', { opensAt: 45 }), stop('blood', 'blood')];
    const path = planCarePath({ stops, travel: flat(2) });
    expect(path.stops.map((x) => stops[x.index].id)).toEqual(['blood', 'us']);
    expect(path.stops[1].startAt).toBe(45 + 5);
    const late = planCarePath({ stops: [stop('ct', 'ct', { closesAt: 1 })], travel: flat(1, 5) });
    expect(late.stops[0].late).toBe(true);
    expect(late.lateCount).toBe(1);
  });

  it('totals walking and waiting: 2 + 5 + 5 then 2 + 5 + 5', () => {
    const path = planCarePath({ stops: [stop('a', 'exam'), stop('b', 'exam')], travel: flat(2) });
    expect(path.totalMinutes).toBe(24);
    expect(path.walkMinutes).toBe(4);
    expect(path.stops[0]).toMatchObject({ arriveAt: 2, startAt: 7, endAt: 12, walkMinutes: 2, late: false });
  });
});

describe('beyond 8 stops: the heuristic', () => {
  it.each([9, 12, 16])('%i stops: every stop once, every constraint kept', (n) => {
    const problem = randomProblem(n, n * 77);
    const path = planCarePath(problem);
    const order = path.stops.map((x) => x.index);
    expect(n).toBeGreaterThan(EXACT_LIMIT);
    expect(path.exact).toBe(false);
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(respects(order, predecessorMasks(problem.stops))).toBe(true);
  });
});
