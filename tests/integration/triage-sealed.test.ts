/**
 * The sealed sets (tests/triage-sealed/<set>/, written blind): their figures must stay at or above
 * what the engine reached, so a regression fails. Each set's first-sight score — the measurement —
 * is in its SCORES.md; the floors here only guard what was reached afterwards. A new set gets its
 * floors here after its first-sight score is recorded; until then this test fails on purpose.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SEALED_ROOT, loadSealedSet, scoreSealed } from '../../scripts/bench/triage-sealed';

interface Floors {
  recall: number;
  falseAlarms: number;
  top1: number;
  top3: number;
}

/**
 * What each set reached, a hair below the last run. All four sets have been tuned on (see their
 * SCORES.md), so these figures are no measurement: after the round of docs/triage.md "tuned on sets 1–4",
 * set-1 100.0 %, 0.0 %, 90.3 %, 96.3 %; set-2 99.7 %, 1.3 %, 87.8 %, 97.8 %; set-3 100.0 %, 0.9 %,
 * 86.9 %, 96.3 %; set-4 100.0 %, 0.6 %, 90.6 %, 97.8 % (its first sight was 91.3 %, 0.6 %, 84.7 %, 92.8 %).
 * Set-5's floors are its first sight (92.8 %, 1.9 %, 84.7 %, 95.0 %), except recall, raised to 93 % by the
 * next round (tuned on it: 93.4 %). Set-6's floors are its first sight (91.6 %, 1.3 %, 88.1 %, 95.6 %): it has
 * not been tuned on.
 */
const floors: Record<string, Floors> = {
  'set-1': { recall: 0.995, falseAlarms: 0.01, top1: 0.9, top3: 0.96 },
  'set-2': { recall: 0.99, falseAlarms: 0.02, top1: 0.875, top3: 0.975 },
  'set-3': { recall: 0.995, falseAlarms: 0.01, top1: 0.865, top3: 0.96 },
  'set-4': { recall: 0.995, falseAlarms: 0.01, top1: 0.9, top3: 0.975 },
  'set-5': { recall: 0.93, falseAlarms: 0.02, top1: 0.845, top3: 0.945 },
  'set-6': { recall: 0.915, falseAlarms: 0.015, top1: 0.88, top3: 0.955 },
};

/**
 * The concept name each set's writers gave self-harm cases, for the sets whose every self-harm case opens the
 * screen; set-4's first sight was 8 of 10 (its SCORES.md), all 10 after tuning on it; sets 5 and 6 open it for 7
 * of 10 at first sight, so they are not here.
 */
const selfHarmConcept: Record<string, string> = {
  'set-1': 'self-harm/suicidal intent',
  'set-2': 'suicide_self_harm',
  'set-3': 'suicide_self_harm',
  'set-4': 'suicide_self_harm',
};

const sets = existsSync(SEALED_ROOT) ? readdirSync(SEALED_ROOT).filter((name) => existsSync(join(SEALED_ROOT, name, 'cases.json'))) : [];

describe('sealed triage sets', () => {
  it('has set-1, and every set has its SCORES.md and floors', () => {
    expect(sets).toContain('set-1');
    for (const name of sets) {
      expect({ name, scores: existsSync(join(SEALED_ROOT, name, 'SCORES.md')) }).toEqual({ name, scores: true });
      expect({ name, floors: floors[name] !== undefined }).toEqual({ name, floors: true });
    }
  });

  it.each(Object.keys(floors))('%s stays at or above its floors', (name) => {
    const cases = loadSealedSet(join(SEALED_ROOT, name));
    expect(cases.length).toBeGreaterThanOrEqual(640);
    const r = scoreSealed(cases);
    const floor = floors[name];
    const missed = r.outcomes.filter((o) => o.sealed.emergency && !o.result.emergency).map((o) => o.sealed.id);
    expect({ recall: r.recall >= floor.recall, missed }).toEqual({ recall: true, missed });
    expect(r.falseAlarms).toBeLessThanOrEqual(floor.falseAlarms);
    expect(r.top1).toBeGreaterThanOrEqual(floor.top1);
    expect(r.top3).toBeGreaterThanOrEqual(floor.top3);
  });

  it.each(Object.keys(selfHarmConcept))('%s: opens the self-harm screen for every self-harm case: the red flag is suicidal', (name) => {
    const cases = loadSealedSet(join(SEALED_ROOT, name)).filter((c) => c.concept === selfHarmConcept[name]);
    expect(cases.length).toBeGreaterThanOrEqual(10);
    const r = scoreSealed(cases);
    for (const o of r.outcomes)
      expect({ id: o.sealed.id, flags: o.result.redFlags.some((f) => f.id === 'suicidal') }).toEqual({ id: o.sealed.id, flags: true });
  });
});
