/**
 * Red-flag detection: every rule of `data/red-flags.ts` checked against the evidence. Any match
 * makes the assessment an emergency, whatever else scored.
 */
import { holds, type EvidenceMap } from './conditions';
import { redFlags } from './data/red-flags';
import type { PatientContext, RedFlagRule } from './types';

export function detectRedFlags(evidence: EvidenceMap, ctx: PatientContext): RedFlagRule[] {
  return redFlags.filter((rule) => holds(rule.when, evidence, ctx));
}
