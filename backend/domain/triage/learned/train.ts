/**
 * Training of the learned reader (model.ts): logistic regression for the two yes/no heads and a
 * softmax over departments, by stochastic gradient descent in the cases' own order — no randomness,
 * so the same cases give the same model. Grams seen in fewer than `minCases` cases are not learned;
 * weights are kept to thousandths and the smallest dropped, as stored.
 */
import { WEIGHT_SCALE, type LearnedModel } from './model';
import type { DeptKey } from '../types';

export interface TrainSettings {
  epochs: number;
  rate: number;
  l2: number;
  minCases: number;
  /** How a case's departments share its label, best first (0.6, 0.25, 0.15). */
  labelShares: number[];
  /** The smallest weight stored, in thousandths, of the yes/no heads and of the departments. */
  keepFrom: { binary: number; departments: number };
}

export const TRAIN_SETTINGS: TrainSettings = {
  epochs: 20,
  rate: 0.1,
  l2: 0.001,
  minCases: 2,
  labelShares: [0.6, 0.25, 0.15],
  keepFrom: { binary: 30, departments: 120 },
};

export interface TrainingCase {
  grams: string[];
  emergency: boolean;
  selfHarm: boolean;
  /** The departments the case belongs to, best first (non-urgent cases). */
  departments: DeptKey[];
  /** How much the case counts in the yes/no heads (1: as much as any). */
  weight: number;
}

/** The grams seen in at least `minCases` cases, in order of first sight. */
export function vocabularyOf(cases: TrainingCase[], minCases: number): string[] {
  const seen = new Map<string, number>();
  for (const c of cases) for (const g of c.grams) seen.set(g, (seen.get(g) ?? 0) + 1);
  return [...seen.entries()].filter(([, n]) => n >= minCases).map(([g]) => g);
}

const indexed = (cases: TrainingCase[], index: Map<string, number>): Int32Array[] =>
  cases.map((c) => Int32Array.from(c.grams.filter((g) => index.has(g)).map((g) => index.get(g) ?? 0)));

const stored = (w: number): number => Math.round(w * WEIGHT_SCALE);

function trainBinary(rows: Int32Array[], labels: boolean[], counts: number[], size: number, s: TrainSettings): LearnedModel['emergency'] {
  const w = new Float64Array(size);
  let bias = 0;
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    rows.forEach((row, i) => {
      let z = bias;
      for (const f of row) z += w[f];
      const grad = counts[i] * (1 / (1 + Math.exp(-z)) - (labels[i] ? 1 : 0));
      bias -= s.rate * grad;
      for (const f of row) w[f] -= s.rate * (grad + s.l2 * w[f]);
    });
  }
  const weights: number[] = [];
  w.forEach((v, f) => {
    if (Math.abs(stored(v)) >= s.keepFrom.binary) weights.push(f, stored(v));
  });
  return { bias: Math.round(bias * WEIGHT_SCALE) / WEIGHT_SCALE, threshold: 0.5, weights };
}

function trainSoftmax(
  rows: Int32Array[],
  targets: Array<Map<number, number>>,
  size: number,
  classes: number,
  s: TrainSettings,
): Omit<LearnedModel['departments'], 'keys'> {
  const w = new Float64Array(size * classes);
  const bias = new Float64Array(classes);
  const z = new Float64Array(classes);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    rows.forEach((row, i) => {
      z.set(bias);
      for (const f of row) for (let k = 0; k < classes; k++) z[k] += w[f * classes + k];
      let top = -Infinity;
      for (let k = 0; k < classes; k++) top = Math.max(top, z[k]);
      let sum = 0;
      for (let k = 0; k < classes; k++) {
        z[k] = Math.exp(z[k] - top);
        sum += z[k];
      }
      for (let k = 0; k < classes; k++) z[k] = z[k] / sum - (targets[i].get(k) ?? 0);
      for (let k = 0; k < classes; k++) bias[k] -= s.rate * z[k];
      for (const f of row) for (let k = 0; k < classes; k++) w[f * classes + k] -= s.rate * (z[k] + s.l2 * w[f * classes + k]);
    });
  }
  const weights: number[] = [];
  for (let f = 0; f < size; f++)
    for (let k = 0; k < classes; k++) {
      const v = stored(w[f * classes + k]);
      if (Math.abs(v) >= s.keepFrom.departments) weights.push(f, k, v);
    }
  return { bias: [...bias].map((b) => Math.round(b * WEIGHT_SCALE) / WEIGHT_SCALE), weights };
}

/** A department label: the case's departments sharing 1 by `labelShares`, or null without one. */
function target(departments: DeptKey[], keys: DeptKey[], shares: number[]): Map<number, number> | null {
  const t = new Map<number, number>();
  departments.slice(0, shares.length).forEach((d, i) => {
    const k = keys.indexOf(d);
    t.set(k, (t.get(k) ?? 0) + shares[i]);
  });
  const total = [...t.values()].reduce((a, v) => a + v, 0);
  if (total === 0) return null;
  for (const [k, v] of t) t.set(k, v / total);
  return t;
}

/** The three heads trained on `cases`; thresholds are set by the caller (scripts/triage-learn.ts). */
export function train(cases: TrainingCase[], s: TrainSettings = TRAIN_SETTINGS): Omit<LearnedModel, 'about'> {
  const grams = vocabularyOf(cases, s.minCases);
  const index = new Map(grams.map((g, i) => [g, i]));
  const rows = indexed(cases, index);
  const keys = [...new Set(cases.flatMap((c) => (c.emergency ? [] : c.departments)))];
  const calm = cases.map((c, i) => ({ i, t: c.emergency ? null : target(c.departments, keys, s.labelShares) })).filter((x) => x.t !== null);
  const departments = trainSoftmax(
    calm.map((x) => rows[x.i]),
    calm.map((x) => x.t ?? new Map<number, number>()),
    grams.length,
    keys.length,
    s,
  );
  const used = new Set<number>();
  const counts = cases.map((c) => c.weight);
  const emergency = trainBinary(
    rows,
    cases.map((c) => c.emergency),
    counts,
    grams.length,
    s,
  );
  const selfHarm = trainBinary(
    rows,
    cases.map((c) => c.selfHarm),
    counts,
    grams.length,
    s,
  );
  for (let i = 0; i < emergency.weights.length; i += 2) used.add(emergency.weights[i]);
  for (let i = 0; i < selfHarm.weights.length; i += 2) used.add(selfHarm.weights[i]);
  for (let i = 0; i < departments.weights.length; i += 3) used.add(departments.weights[i]);
  const kept = [...used].sort((a, b) => a - b);
  const renumber = new Map(kept.map((old, i) => [old, i]));
  const pairs = (w: number[], stride: number): number[] => w.map((v, i) => (i % stride === 0 ? (renumber.get(v) ?? 0) : v));
  return {
    grams: kept.map((i) => grams[i]),
    emergency: { ...emergency, weights: pairs(emergency.weights, 2) },
    selfHarm: { ...selfHarm, weights: pairs(selfHarm.weights, 2) },
    departments: { keys, ...departments, weights: pairs(departments.weights, 3) },
  };
}
