/** Builders that keep the data modules short: phrases are written `a|b|c`. */
import type { LexEntry, RegionId, Weights } from './types';

type More = Partial<Pick<LexEntry, 'acute' | 'chronic' | 'sex' | 'hidden'>>;

const split = (phrases: string): string[] =>
  phrases
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);

export function symptom(id: string, region: RegionId, name: string, phrases: string, weights: Weights, more: More = {}): LexEntry {
  return { id, name, kind: 'symptom', region, phrases: split(phrases), weights, ...more };
}

export function disease(id: string, name: string, phrases: string, weights: Weights, more: More = {}): LexEntry {
  return { id, name, kind: 'disease', phrases: split(phrases), weights, ...more, hidden: true };
}

export function circumstance(id: string, name: string, phrases: string, weights: Weights, more: More = {}): LexEntry {
  return { id, name, kind: 'context', phrases: split(phrases), weights, ...more, hidden: true };
}

export function finding(id: string, name: string, phrases: string, weights: Weights): LexEntry {
  return { id, name, kind: 'finding', phrases: split(phrases), weights, hidden: true };
}
