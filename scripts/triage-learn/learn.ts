/**
 * The learned reader of smart triage as the training cases give it (cases.ts). Each head's threshold is
 * chosen by cross-validation — every sealed set held out in turn, trained on the rest — as the lowest
 * at which the held-out false alarms stay within the allowance below; the held-out figures are stored
 * with the model.
 */
import { chance, departmentChances, learnedModel, tablesOf, type LearnedModel } from '../../backend/domain/triage/learned/model';
import { TRAIN_SETTINGS, train } from '../../backend/domain/triage/learned/train';
import type { DeptKey } from '../../backend/domain/triage/types';
import { GOLD, TRAINING_BATCHES, TRAINING_SETS, trainingCases, trainingSha256, type SourcedCase } from './cases';

/** The emergency head may alarm on at most this share of held-out non-urgent complaints. */
const EMERGENCY_ALLOWANCE = 0.001;
/** The self-harm head may open the crisis screen for at most this share of other held-out cases. */
const SELF_HARM_ALLOWANCE = 0.001;
const EMERGENCY_GRID = [...Array.from({ length: 14 }, (_, i) => 0.3 + 0.05 * i), 0.97, 0.98, 0.99];
const SELF_HARM_GRID = [...Array.from({ length: 10 }, (_, i) => 0.01 * (i + 1)), ...Array.from({ length: 17 }, (_, i) => 0.15 + 0.05 * i), 0.97, 0.98, 0.99];

interface HeldOut {
  c: SourcedCase;
  emergency: number;
  selfHarm: number;
  ranked: DeptKey[];
}

const round = (x: number): number => Math.round(x * 10000) / 10000;
const share = (n: number, of: number): number => (of === 0 ? 0 : n / of);

function heldOut(cases: SourcedCase[]): HeldOut[] {
  return TRAINING_SETS.flatMap((folder) => {
    const tables = tablesOf(train(cases.filter((c) => c.source !== folder)));
    return cases
      .filter((c) => c.source === folder)
      .map((c) => ({
        c,
        emergency: chance(tables.emergency, c.grams),
        selfHarm: chance(tables.selfHarm, c.grams),
        ranked: [...departmentChances(tables, c.grams).entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k),
      }));
  });
}

/** The lowest threshold of `grid` whose false alarms among `negatives` stay within `allowance`. */
function lowestWithin(grid: number[], negatives: number[], allowance: number): number {
  return round(grid.find((t) => share(negatives.filter((p) => p >= t).length, negatives.length) <= allowance) ?? 1);
}

function crossValidate(cases: SourcedCase[]): { emergency: number; selfHarm: number; figures: Record<string, unknown> } {
  const held = heldOut(cases);
  const calm = held.filter((h) => !h.c.emergency);
  const emergencies = held.filter((h) => h.c.emergency);
  const harm = held.filter((h) => h.c.selfHarm);
  const others = held.filter((h) => !h.c.selfHarm);
  const emergency = lowestWithin(
    EMERGENCY_GRID,
    calm.map((h) => h.emergency),
    EMERGENCY_ALLOWANCE,
  );
  const selfHarm = lowestWithin(
    SELF_HARM_GRID,
    others.map((h) => h.selfHarm),
    SELF_HARM_ALLOWANCE,
  );
  const labelled = calm.filter((h) => h.c.departments.length > 0);
  const figures = {
    folds: TRAINING_SETS.length,
    emergency: {
      threshold: emergency,
      recall: round(share(emergencies.filter((h) => h.emergency >= emergency).length, emergencies.length)),
      falseAlarms: round(share(calm.filter((h) => h.emergency >= emergency).length, calm.length)),
    },
    selfHarm: {
      threshold: selfHarm,
      recall: round(share(harm.filter((h) => h.selfHarm >= selfHarm).length, harm.length)),
      falseScreens: round(share(others.filter((h) => h.selfHarm >= selfHarm).length, others.length)),
    },
    departments: {
      top1: round(share(labelled.filter((h) => h.c.departments.includes(h.ranked[0])).length, labelled.length)),
      top3: round(share(labelled.filter((h) => h.ranked.slice(0, 3).some((k) => h.c.departments.includes(k))).length, labelled.length)),
    },
  };
  return { emergency, selfHarm, figures };
}

/** The model these cases give, thresholds by cross-validation. */
export function learn(): LearnedModel {
  const cases = trainingCases();
  const cv = crossValidate(cases);
  const heads = train(cases);
  return learnedModel.parse({
    about: { trainedOn: [GOLD, ...TRAINING_SETS, ...TRAINING_BATCHES], sha256: trainingSha256(), settings: TRAIN_SETTINGS, crossValidation: cv.figures },
    ...heads,
    emergency: { ...heads.emergency, threshold: cv.emergency },
    selfHarm: { ...heads.selfHarm, threshold: cv.selfHarm },
  });
}
