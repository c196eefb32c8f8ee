/**
 * The last few assessments, kept in memory between the form and the result page (pages of one
 * mini program share modules), keyed by the encoded input the result page receives. The result
 * page asks the server again only when it is opened without the form (restored by WeChat).
 */
import type { TriageAssessInput, TriageResult } from '../../shared/dto/triage';
import { encodeAssess } from './query';

const KEEP = 3;
const results = new Map<string, TriageResult>();

export function rememberResult(input: TriageAssessInput, result: TriageResult): void {
  const key = encodeAssess(input);
  results.delete(key);
  results.set(key, result);
  while (results.size > KEEP) {
    const oldest = results.keys().next();
    if (oldest.done) break;
    results.delete(oldest.value);
  }
}

export function recallResult(input: TriageAssessInput): TriageResult | null {
  return results.get(encodeAssess(input)) ?? null;
}

export function forgetResults(): void {
  results.clear();
}
