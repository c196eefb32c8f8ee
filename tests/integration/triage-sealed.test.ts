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
 * What each set reached, a hair below the last run. Sets 1–10 have been tuned on — the rules in earlier
 * rounds, and the learned reader (backend/domain/triage/learned/) is trained on them — so their figures
 * are no measurement: with the reader, sets 1–10 recognise every emergency, with 0.0–2.2 % false alarms
 * (the rules' own), top-1 92.2–96.9 % and top-3 97.5–99.7 %; the floors of sets 7–10 stay at their first
 * sight (set 7 97.8 %, 1.3 %, 91.6 %, 97.5 %; set 8 100.0 %, 2.2 %, 92.2 %, 98.4 %; set 9 99.1 %, 1.3 %,
 * 89.7 %, 97.2 %; set 10 98.1 %, 0.9 %, 92.2 %, 97.8 %). Set-11's floors are its first sight (99.7 %,
 * 1.3 %, 92.2 %, 97.5 %): it has not been tuned on. The first-sight figures of every set are in its
 * SCORES.md.
 */
const floors: Record<string, Floors> = {
  'set-1': { recall: 0.995, falseAlarms: 0.01, top1: 0.94, top3: 0.985 },
  'set-2': { recall: 0.995, falseAlarms: 0.02, top1: 0.965, top3: 0.99 },
  'set-3': { recall: 0.995, falseAlarms: 0.015, top1: 0.935, top3: 0.975 },
  'set-4': { recall: 0.995, falseAlarms: 0.01, top1: 0.95, top3: 0.985 },
  'set-5': { recall: 0.995, falseAlarms: 0.02, top1: 0.915, top3: 0.97 },
  'set-6': { recall: 0.995, falseAlarms: 0.015, top1: 0.94, top3: 0.975 },
  'set-7': { recall: 0.975, falseAlarms: 0.015, top1: 0.915, top3: 0.975 },
  'set-8': { recall: 0.995, falseAlarms: 0.025, top1: 0.92, top3: 0.98 },
  'set-9': { recall: 0.99, falseAlarms: 0.015, top1: 0.895, top3: 0.97 },
  'set-10': { recall: 0.98, falseAlarms: 0.01, top1: 0.92, top3: 0.975 },
  'set-11': { recall: 0.995, falseAlarms: 0.015, top1: 0.92, top3: 0.975 },
};

/**
 * The concept name each set's writers gave self-harm cases: every self-harm case of these sets opens the
 * screen — sets 1–10 with the learned reader trained on them (sets 4–10 opened it for 7 to 10 of 10 at first
 * sight, their SCORES.md say), set 11 at its first sight.
 */
const selfHarmConcept: Record<string, string> = {
  'set-1': 'self-harm/suicidal intent',
  ...Object.fromEntries(['set-2', 'set-3', 'set-4', 'set-5', 'set-6', 'set-7', 'set-8', 'set-9', 'set-10', 'set-11'].map((set) => [set, 'suicide_self_harm'])),
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
