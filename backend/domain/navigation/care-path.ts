/**
 * The optimal care path (最优就诊路径): the order of today's pending stops that ends soonest —
 * walking plus predicted waiting (and waiting for a room to open or results to come out) — under
 * the constraints: fasting tests before anything that breaks fasting, payment before what must be
 * paid first, results before 回诊, and rooms' opening hours. Exact (branch and bound over every
 * order) up to EXACT_LIMIT stops, greedy with local improvement beyond. Pure: minutes from now.
 */
export type StopKind = 'cashier' | 'blood' | 'ultrasound' | 'ct' | 'mri' | 'endoscopy' | 'exam' | 'pharmacy' | 'visit' | 'revisit';

export interface CareStop {
  id: string;
  kind: StopKind;
  /** The map point where it happens. */
  pointId: string;
  /** Predicted queue on arrival, minutes (from a WaitEstimator). */
  waitMinutes: number;
  serviceMinutes: number;
  /** Minutes from now before which it cannot start (a booked time, a room opening). */
  opensAt?: number;
  /** Minutes from now after which it no longer starts (a room closing). */
  closesAt?: number;
  needsFasting?: boolean;
  breaksFasting?: boolean;
  isPayment?: boolean;
  needsPayment?: boolean;
  /** Results are ready this many minutes after the stop ends. */
  resultMinutes?: number;
  /** 回诊: waits for every stop's results. */
  needsResults?: boolean;
}

export interface CarePathProblem {
  stops: CareStop[];
  /** travel[i][j]: walking minutes from place i to place j; index 0 is where the patient is, i + 1 is stops[i]. */
  travel: number[][];
}

export interface PlannedStop {
  index: number;
  /** Minutes from now: arrival, and the start of service (its turn). */
  arriveAt: number;
  startAt: number;
  endAt: number;
  walkMinutes: number;
  /** After its closing time: the room may not take the patient today. */
  late: boolean;
}

export interface CarePath {
  stops: PlannedStop[];
  totalMinutes: number;
  walkMinutes: number;
  /** Stops after their closing time (each costs LATE_PENALTY in the search). */
  lateCount: number;
  exact: boolean;
}

export const EXACT_LIMIT = 8;
export const LATE_PENALTY = 10_000;

/** Whether `a` must come before `b`. */
export function mustPrecede(a: CareStop, b: CareStop): boolean {
  return (!!a.needsFasting && !!b.breaksFasting) || (!!a.isPayment && !!b.needsPayment) || (a.resultMinutes !== undefined && !!b.needsResults);
}

/** For each stop, the bit mask of the stops that must come before it. */
export function predecessorMasks(stops: readonly CareStop[]): number[] {
  return stops.map((b, j) => stops.reduce((mask, a, i) => (i !== j && mustPrecede(a, b) ? mask | (1 << i) : mask), 0));
}

/** Follows `order` from now: every arrival, turn and end; cost = end of the last stop + penalties. */
export function evaluate(problem: CarePathProblem, order: readonly number[]): CarePath & { cost: number } {
  let t = 0;
  let at = 0;
  let walk = 0;
  let results = 0;
  let lateCount = 0;
  const planned: PlannedStop[] = [];
  for (const i of order) {
    const s = problem.stops[i];
    const step = problem.travel[at][i + 1];
    const arriveAt = t + step;
    const ready = Math.max(arriveAt, s.opensAt ?? 0, s.needsResults ? results : 0);
    const late = s.closesAt !== undefined && ready > s.closesAt;
    const startAt = ready + s.waitMinutes;
    const endAt = startAt + s.serviceMinutes;
    if (s.resultMinutes !== undefined) results = Math.max(results, endAt + s.resultMinutes);
    if (late) lateCount++;
    walk += step;
    planned.push({ index: i, arriveAt, startAt, endAt, walkMinutes: step, late });
    t = endAt;
    at = i + 1;
  }
  return { stops: planned, totalMinutes: t, walkMinutes: walk, lateCount, exact: true, cost: t + lateCount * LATE_PENALTY };
}

function exactOrder(problem: CarePathProblem, preds: readonly number[]): number[] | null {
  const n = problem.stops.length;
  const remainingWork = (mask: number): number => problem.stops.reduce((sum, s, i) => (mask & (1 << i) ? sum : sum + s.waitMinutes + s.serviceMinutes), 0);
  let best: number[] | null = null;
  let bestCost = Infinity;
  const order: number[] = [];
  const visit = (mask: number): void => {
    if (order.length === n) {
      const { cost } = evaluate(problem, order);
      if (cost < bestCost) {
        bestCost = cost;
        best = [...order];
      }
      return;
    }
    const so = evaluate(problem, order);
    if (so.cost + remainingWork(mask) >= bestCost) return;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i) || (preds[i] & mask) !== preds[i]) continue;
      order.push(i);
      visit(mask | (1 << i));
      order.pop();
    }
  };
  visit(0);
  return best;
}

function respects(order: readonly number[], preds: readonly number[]): boolean {
  let mask = 0;
  for (const i of order) {
    if ((preds[i] & mask) !== preds[i]) return false;
    mask |= 1 << i;
  }
  return true;
}

/** Greedy (the stop that ends soonest next), then moves of one stop elsewhere while they help. */
function heuristicOrder(problem: CarePathProblem, preds: readonly number[]): number[] {
  const n = problem.stops.length;
  const order: number[] = [];
  let mask = 0;
  while (order.length < n) {
    let pick = -1;
    let pickCost = Infinity;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i) || (preds[i] & mask) !== preds[i]) continue;
      const cost = evaluate(problem, [...order, i]).cost;
      if (cost < pickCost) {
        pickCost = cost;
        pick = i;
      }
    }
    if (pick < 0) pick = [...Array(n).keys()].find((i) => !(mask & (1 << i))) ?? 0;
    order.push(pick);
    mask |= 1 << pick;
  }
  let best = order;
  let bestCost = evaluate(problem, best).cost;
  for (let improved = true; improved; ) {
    improved = false;
    for (let from = 0; from < n; from++) {
      for (let to = 0; to < n; to++) {
        if (from === to) continue;
        const next = [...best];
        const [moved] = next.splice(from, 1);
        next.splice(to, 0, moved);
        if (!respects(next, preds)) continue;
        const cost = evaluate(problem, next).cost;
        if (cost < bestCost) {
          best = next;
          bestCost = cost;
          improved = true;
        }
      }
    }
  }
  return best;
}

/** The best order of the stops, or (when the constraints contradict each other) the best ignoring them. */
export function planCarePath(problem: CarePathProblem): CarePath {
  const n = problem.stops.length;
  const preds = predecessorMasks(problem.stops);
  const exact = n <= EXACT_LIMIT;
  const order = exact
    ? (exactOrder(problem, preds) ??
      exactOrder(
        problem,
        preds.map(() => 0),
      ) ??
      [])
    : heuristicOrder(problem, preds);
  const { cost: _cost, ...path } = evaluate(problem, order);
  return { ...path, exact };
}
