/**
 * The learned reader: three small models over a text's grams (grams.ts), trained by
 * scripts/triage-learn.ts on the spent sealed sets, the gold set and the training batches
 * (tests/triage-train/) and stored in model.json —
 * whether the text reads like an emergency, like self-harm, and which departments complaints worded
 * like it were sent to. The rules decide first (assess.ts); this reader catches what they did not
 * (docs/triage.md, "The learned reader").
 *
 * Example: chance(tables.emergency, saidGrams('他蹲着修车起来就说心跳的飞快眼前一黑靠墙坐下了脸白的吓人', mask))
 * → 0.99, over the emergency threshold (0.85): the rules alone saw no red flag in it.
 */
import { z } from 'zod';
import { DEPT_KEYS, type DeptKey } from '../types';

/** Weights are stored as integers: thousandths. */
export const WEIGHT_SCALE = 1000;

const binaryHead = z.object({
  bias: z.number(),
  /** The chance from which the reader speaks (chosen by cross-validation, scripts/triage-learn.ts). */
  threshold: z.number().min(0).max(1),
  /** Pairs: index into `grams`, weight in thousandths. */
  weights: z.array(z.number().int()),
});

export const learnedModel = z.object({
  about: z.object({
    trainedOn: z.array(z.string()),
    sha256: z.string(),
    settings: z.object({
      epochs: z.number().int(),
      rate: z.number(),
      l2: z.number(),
      minCases: z.number().int(),
      labelShares: z.array(z.number()),
      keepFrom: z.object({ binary: z.number().int(), departments: z.number().int() }),
    }),
    crossValidation: z.record(z.string(), z.unknown()),
  }),
  grams: z.array(z.string()),
  emergency: binaryHead,
  selfHarm: binaryHead,
  departments: z.object({
    keys: z.array(z.enum(DEPT_KEYS)),
    bias: z.array(z.number()),
    /** Triplets: index into `grams`, index into `keys`, weight in thousandths. */
    weights: z.array(z.number().int()),
  }),
});
export type LearnedModel = z.infer<typeof learnedModel>;

interface BinaryTable {
  bias: number;
  threshold: number;
  weights: Map<string, number>;
}

export interface LearnedTables {
  emergency: BinaryTable;
  selfHarm: BinaryTable;
  keys: DeptKey[];
  departmentBias: number[];
  departments: Map<string, Array<[number, number]>>;
}

function binaryTable(head: LearnedModel['emergency'], vocabulary: string[]): BinaryTable {
  const weights = new Map<string, number>();
  for (let i = 0; i < head.weights.length; i += 2) weights.set(vocabulary[head.weights[i]], head.weights[i + 1] / WEIGHT_SCALE);
  return { bias: head.bias, threshold: head.threshold, weights };
}

/** The stored model as lookup tables. */
export function tablesOf(model: Omit<LearnedModel, 'about'>): LearnedTables {
  const departments = new Map<string, Array<[number, number]>>();
  const w = model.departments.weights;
  for (let i = 0; i < w.length; i += 3) {
    const gram = model.grams[w[i]];
    const list = departments.get(gram) ?? [];
    list.push([w[i + 1], w[i + 2] / WEIGHT_SCALE]);
    departments.set(gram, list);
  }
  return {
    emergency: binaryTable(model.emergency, model.grams),
    selfHarm: binaryTable(model.selfHarm, model.grams),
    keys: model.departments.keys,
    departmentBias: model.departments.bias,
    departments,
  };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The chance (0–1) that a text with these grams belongs to the head's class. */
export function chance(head: BinaryTable, said: string[]): number {
  let z = head.bias;
  for (const g of said) z += head.weights.get(g) ?? 0;
  return sigmoid(z);
}

/** Whether the head speaks for this text. */
export const speaks = (head: BinaryTable, said: string[]): boolean => chance(head, said) >= head.threshold;

/** The departments, by chance (summing to 1), for a complaint with these grams. */
export function departmentChances(tables: LearnedTables, said: string[]): Map<DeptKey, number> {
  const z = [...tables.departmentBias];
  for (const g of said) for (const [k, v] of tables.departments.get(g) ?? []) z[k] += v;
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, v) => a + v, 0);
  return new Map(tables.keys.map((key, k) => [key, e[k] / sum]));
}
