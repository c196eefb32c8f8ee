/**
 * Smart triage over the gold set (tests/triage-gold/cases.json, written independently of the
 * engine): top-1 and top-3 accuracy, red-flag recall, false-alarm rate, and latency per assessment.
 * Goals: top-1 ≥ 80 %, top-3 ≥ 95 %, recall 100 %, false alarms ≤ 3 %, p99 < 20 ms.
 *
 * The engine gets what the handler gives it: the text, age, sex and pregnancy of the case, and the
 * departments of the demo tier-3 hospital.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { assess, type HospitalDepartment } from '../../backend/domain/triage/assess';
import { departments } from '../../backend/dev-server/seed/content/departments';
import type { TriageResult } from '../../miniprogram/shared/dto/triage';
import { TRIAGE_MAX_TEXT as MAX_TEXT } from '../../miniprogram/shared/contract/triage';
import { table } from './format';
import { timeHostileTexts } from './hostile-texts';
import { SEALED_ROOT, loadSealedSet, scoreSealed, sealedLines } from './triage-sealed';

const goldCase = z.object({
  id: z.string(),
  text: z.string(),
  age: z.number().optional(),
  sex: z.enum(['male', 'female']).optional(),
  pregnant: z.boolean().optional(),
  expected: z.array(z.string()).min(1),
  emergency: z.boolean(),
  kind: z.string(),
});
export type GoldCase = z.infer<typeof goldCase>;

export interface CaseOutcome {
  gold: GoldCase;
  result: TriageResult;
  top1: boolean;
  top3: boolean;
  ms: number;
}

export interface GoldReport {
  cases: number;
  top1: number;
  top3: number;
  /** Among emergency cases, the share flagged. */
  recall: number;
  /** The same, for the red_flag kind alone. */
  redFlagKindRecall: number;
  /** Among non-emergency cases, the share flagged. */
  falseAlarms: number;
  negationFalseAlarms: number;
  p50: number;
  p99: number;
  outcomes: CaseOutcome[];
}

export const GOLD_FILE = join(__dirname, '..', '..', 'tests', 'triage-gold', 'cases.json');
export const GOLD_HOSPITAL = 'h-zzcentral';

export function loadGoldCases(file = GOLD_FILE): GoldCase[] | null {
  if (!existsSync(file)) return null;
  return z.array(goldCase).parse(JSON.parse(readFileSync(file, 'utf8')));
}

export function hospitalDepartments(hospitalId = GOLD_HOSPITAL): HospitalDepartment[] {
  return departments
    .filter((d) => d.hospitalId === hospitalId)
    .map((d) => ({ id: d._id, name: d.name, category: d.category, location: d.location, phone: d.phone }));
}

const share = (n: number, of: number): number => (of === 0 ? 1 : n / of);
/** The value at a share of the sorted list (0.5 = median, 0.99 = p99). */
export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** What a case of any triage set gives the engine and accepts from it. */
export interface TriageCase {
  text: string;
  age?: number | null;
  sex?: 'male' | 'female' | null;
  pregnant?: boolean | null;
  expected: string[];
}

export interface RunOutcome<C> {
  item: C;
  result: TriageResult;
  top1: boolean;
  top3: boolean;
  ms: number;
}

/**
 * Runs every case as the `triage` function would (the departments of the demo tier-3 hospital),
 * after a warm-up pass, `rounds` times for the latency; the outcomes of the last round and every
 * time, sorted.
 */
export function runCases<C extends TriageCase>(cases: C[], rounds: number): { outcomes: Array<RunOutcome<C>>; times: number[] } {
  const depts = hospitalDepartments();
  const run = (c: C): TriageResult => assess({ text: c.text, age: c.age ?? null, sex: c.sex ?? null, pregnant: c.pregnant ?? null }, depts);
  for (const c of cases) run(c);
  const times: number[] = [];
  let outcomes: Array<RunOutcome<C>> = [];
  for (let round = 0; round < rounds; round++) {
    outcomes = cases.map((item) => {
      const started = performance.now();
      const result = run(item);
      const ms = performance.now() - started;
      times.push(ms);
      const ids = result.departments.map((d) => d.departmentId);
      return { item, result, ms, top1: ids.length > 0 && item.expected.includes(ids[0]), top3: ids.slice(0, 3).some((id) => item.expected.includes(id)) };
    });
  }
  return { outcomes, times: times.sort((a, b) => a - b) };
}

/** Runs every case (after a warm-up pass) and scores it by the gold set's rule. */
export function evaluateGold(cases: GoldCase[], rounds = 1): GoldReport {
  const run = runCases(cases, rounds);
  const times = run.times;
  const outcomes: CaseOutcome[] = run.outcomes.map(({ item, ...rest }) => ({ gold: item, ...rest }));
  const emergency = outcomes.filter((o) => o.gold.emergency);
  const redFlagKind = outcomes.filter((o) => o.gold.kind === 'red_flag');
  const calm = outcomes.filter((o) => !o.gold.emergency);
  const negation = calm.filter((o) => o.gold.kind === 'negation');
  return {
    cases: outcomes.length,
    top1: share(outcomes.filter((o) => o.top1).length, outcomes.length),
    top3: share(outcomes.filter((o) => o.top3).length, outcomes.length),
    recall: share(emergency.filter((o) => o.result.emergency).length, emergency.length),
    redFlagKindRecall: share(redFlagKind.filter((o) => o.result.emergency).length, redFlagKind.length),
    falseAlarms: share(calm.filter((o) => o.result.emergency).length, calm.length),
    negationFalseAlarms: share(negation.filter((o) => o.result.emergency).length, negation.length),
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    outcomes,
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
const mark = (ok: boolean): string => (ok ? 'OK' : 'MISSED');

export function triageBench(): string[] {
  const cases = loadGoldCases();
  if (!cases) return ['tests/triage-gold/cases.json not found: no gold set to measure against'];
  const r = evaluateGold(cases, 5);
  const names = new Map(hospitalDepartments().map((d) => [d.id, d.name]));
  const kinds = [...new Set(cases.map((c) => c.kind))];
  const byKind = kinds.map((kind) => {
    const of = r.outcomes.filter((o) => o.gold.kind === kind);
    return [kind, String(of.length), pct(share(of.filter((o) => o.top1).length, of.length)), pct(share(of.filter((o) => o.top3).length, of.length))];
  });
  const missed = r.outcomes.filter((o) => o.gold.emergency && !o.result.emergency);
  return [
    `gold set (tests/triage-gold; the engine was tuned on it, so these are not a measurement of unseen text)`,
    `gold cases: ${r.cases} (emergency ${r.outcomes.filter((o) => o.gold.emergency).length}), hospital ${GOLD_HOSPITAL}`,
    `top-1 accuracy:    ${pct(r.top1)}  (goal ≥ 80 %: ${mark(r.top1 >= 0.8)})`,
    `top-3 accuracy:    ${pct(r.top3)}  (goal ≥ 95 %: ${mark(r.top3 >= 0.95)})`,
    `red-flag recall:   ${pct(r.recall)} of emergency cases, ${pct(r.redFlagKindRecall)} of red_flag cases  (goal 100 %: ${mark(r.recall === 1)})`,
    `false alarms:      ${pct(r.falseAlarms)} of non-emergency cases, ${pct(r.negationFalseAlarms)} of negation cases  (goal ≤ 3 %: ${mark(r.falseAlarms <= 0.03)})`,
    `latency per assessment: p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms over ${r.cases * 5} runs  (goal p99 < 20 ms: ${mark(r.p99 < 20)})`,
    ...table([['kind', 'cases', 'top-1', 'top-3'], ...byKind], [1, 2, 3]),
    ...missed.map((o) => `missed emergency ${o.gold.id}: answered ${names.get(o.result.departments[0]?.departmentId ?? '') ?? '—'}`),
    '',
    ...sealedBench(),
    '',
    ...hostileBench(),
  ];
}

/** Every sealed set, labelled: after its first scoring a set only guards against regressions. */
function sealedBench(): string[] {
  const sets = existsSync(SEALED_ROOT) ? readdirSync(SEALED_ROOT).filter((name) => existsSync(join(SEALED_ROOT, name, 'cases.json'))) : [];
  if (sets.length === 0) return ['no sealed set in tests/triage-sealed'];
  return sets.flatMap((name) =>
    sealedLines(
      `sealed ${name} (current engine; the first-sight figures are in tests/triage-sealed/${name}/SCORES.md)`,
      scoreSealed(loadSealedSet(join(SEALED_ROOT, name)), 5),
    ),
  );
}

function hostileBench(): string[] {
  const timings = timeHostileTexts(3);
  const worst = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
  const worstFirst = Math.max(...timings.map((t) => t.firstMs));
  return [
    `hostile text, ${MAX_TEXT.toLocaleString('en')} characters each, median of 3 (goal < 100 ms): worst ${worst.ms.toFixed(1)} ms (${worst.name})  ${mark(worst.ms < 100)}; slowest first run ${worstFirst.toFixed(1)} ms`,
    ...table([['shape', 'median', 'first run'], ...timings.map((t) => [t.name, `${t.ms.toFixed(1)} ms`, `${t.firstMs.toFixed(1)} ms`])], [1, 2]),
  ];
}
