/**
 * Scoring of a sealed triage set (tests/triage-sealed/<set>/cases.json): complaints written by
 * someone who never saw the engine, each an emergency or not, with the departments of the demo
 * tier-3 hospital a 导诊 nurse would accept. The figures: emergencies recognised, false alarms on
 * the non-urgent, top-1 and top-3 on the non-urgent, latency.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { TriageResult } from '../../miniprogram/shared/dto/triage';
import { percentile, runCases } from './triage';

const sealedCase = z.object({
  id: z.string(),
  text: z.string(),
  age: z.number().nullish(),
  sex: z.enum(['male', 'female']).nullish(),
  pregnant: z.boolean().nullish(),
  expected: z.array(z.string()).default([]),
  emergency: z.boolean(),
  /** The danger concept the writer meant, or "none". */
  concept: z.string().optional(),
});
export type SealedCase = z.infer<typeof sealedCase>;

export interface SealedOutcome {
  sealed: SealedCase;
  result: TriageResult;
  top1: boolean;
  top3: boolean;
  ms: number;
}

export interface SealedReport {
  cases: number;
  emergencies: number;
  calm: number;
  /** Among emergencies, the share the engine sent to 急诊. */
  recall: number;
  /** Among non-urgent complaints, the share the engine sent to 急诊. */
  falseAlarms: number;
  /** Among non-urgent complaints, the first department is acceptable. */
  top1: number;
  /** Among non-urgent complaints, one of the first three is acceptable. */
  top3: number;
  p50: number;
  p99: number;
  outcomes: SealedOutcome[];
}

export const SEALED_ROOT = join(__dirname, '..', '..', 'tests', 'triage-sealed');

/** The cases of a sealed set folder; throws when the folder has none. */
export function loadSealedSet(folder: string): SealedCase[] {
  const file = join(folder, 'cases.json');
  if (!existsSync(file)) throw new Error(`${file} not found`);
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const list = Array.isArray(raw) ? raw : z.object({ cases: z.array(z.unknown()) }).parse(raw).cases;
  return z.array(sealedCase).parse(list);
}

const share = (n: number, of: number): number => (of === 0 ? 0 : n / of);

/** Runs every case (after a warm-up pass, `rounds` times for the latency) and scores it. */
export function scoreSealed(cases: SealedCase[], rounds = 1): SealedReport {
  const { outcomes: run, times } = runCases(cases, rounds);
  const outcomes: SealedOutcome[] = run.map(({ item, ...rest }) => ({ sealed: item, ...rest }));
  const emergencies = outcomes.filter((o) => o.sealed.emergency);
  const calm = outcomes.filter((o) => !o.sealed.emergency);
  return {
    cases: outcomes.length,
    emergencies: emergencies.length,
    calm: calm.length,
    recall: share(emergencies.filter((o) => o.result.emergency).length, emergencies.length),
    falseAlarms: share(calm.filter((o) => o.result.emergency).length, calm.length),
    top1: share(calm.filter((o) => o.top1).length, calm.length),
    top3: share(calm.filter((o) => o.top3).length, calm.length),
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    outcomes,
  };
}

export const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

/** The figures in a few lines, each labelled with the set it measures. */
export function sealedLines(label: string, r: SealedReport): string[] {
  const count = (f: (o: SealedOutcome) => boolean): number => r.outcomes.filter(f).length;
  return [
    `${label}: ${r.cases} cases (${r.emergencies} emergencies, ${r.calm} non-urgent)`,
    `  emergencies recognised: ${pct(r.recall)} (${count((o) => o.sealed.emergency && o.result.emergency)}/${r.emergencies})`,
    `  false alarms on non-urgent: ${pct(r.falseAlarms)} (${count((o) => !o.sealed.emergency && o.result.emergency)}/${r.calm})`,
    `  non-urgent top-1: ${pct(r.top1)}, top-3: ${pct(r.top3)}`,
    `  latency per assessment: p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms`,
  ];
}
