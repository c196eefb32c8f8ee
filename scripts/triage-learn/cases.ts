/**
 * The cases the learned reader is trained on (backend/domain/triage/learned/): the gold set and the
 * sealed sets named here — only sets already spent as measurements; a new sealed set is scored on
 * first sight before it may join this list.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { saidGrams } from '../../backend/domain/triage/learned/grams';
import type { TrainingCase } from '../../backend/domain/triage/learned/train';
import { keyOfName } from '../../backend/domain/triage/hospital-map';
import { normalize } from '../../backend/domain/triage/normalize';
import type { DeptKey } from '../../backend/domain/triage/types';
import { unrealMask } from '../../backend/domain/triage/unreal';
import { hospitalDepartments } from '../bench/triage';
import { loadSealedSet } from '../bench/triage-sealed';

export const ROOT = join(__dirname, '..', '..');
export const GOLD = 'tests/triage-gold/cases.json';
export const TRAINING_SETS = ['set-1', 'set-2', 'set-3', 'set-4', 'set-5', 'set-6', 'set-7', 'set-8', 'set-9', 'set-10'].map((s) => `tests/triage-sealed/${s}`);
/** Written blind to be learned from, never held out (tests/triage-train/README.md). */
export const TRAINING_BATCHES = ['self-harm', 'near-emergencies'].map((b) => `tests/triage-train/${b}`);
/** How much a case of a training batch counts against one of a sealed set (train.ts `weight`). */
const BATCH_WEIGHT = 0.3;
/** How the writers of the sealed sets named self-harm. */
const SELF_HARM = new Set(['suicide_self_harm', 'self-harm/suicidal intent']);
export const MODEL_FILE = 'backend/domain/triage/learned/model.json';

/** A case as the reader sees it, with where it came from (the gold set or a sealed set's folder). */
export interface SourcedCase extends TrainingCase {
  source: string;
}

/** What the reader sees of a complaint: the grams of its normalised text, suppositions left out. */
export function gramsOf(text: string): string[] {
  const norm = normalize(text).text;
  return saidGrams(norm, unrealMask(norm));
}

function keysOf(ids: string[]): DeptKey[] {
  const names = new Map(hospitalDepartments().map((d) => [d.id, d.name]));
  const keys = ids.map((id) => keyOfName(names.get(id) ?? '')).filter((k): k is DeptKey => k !== null && k !== 'emergency');
  return [...new Set(keys)];
}

export function trainingCases(): SourcedCase[] {
  const gold = loadSealedSet(join(ROOT, 'tests/triage-gold'));
  const sets = [...TRAINING_SETS, ...TRAINING_BATCHES].map((folder) => ({ folder, cases: loadSealedSet(join(ROOT, folder)) }));
  return [{ folder: GOLD, cases: gold }, ...sets].flatMap(({ folder, cases }) =>
    cases.map((c) => ({
      source: folder,
      grams: gramsOf(c.text),
      emergency: c.emergency,
      selfHarm: SELF_HARM.has(c.concept ?? ''),
      departments: c.emergency ? [] : keysOf(c.expected),
      weight: TRAINING_BATCHES.includes(folder) ? BATCH_WEIGHT : 1,
    })),
  );
}

/** The fingerprint of the training files, so a changed file without a retrained model is seen. */
export function trainingSha256(): string {
  const hash = createHash('sha256');
  for (const file of [GOLD, ...[...TRAINING_SETS, ...TRAINING_BATCHES].map((f) => `${f}/cases.json`)]) hash.update(readFileSync(join(ROOT, file)));
  return hash.digest('hex');
}
