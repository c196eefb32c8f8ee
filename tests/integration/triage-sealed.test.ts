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
 * What each set reached, a hair below the last run (set-1 after tuning: 99.4 %, 0.0 %, 87.8 %,
 * 91.6 %; set-2 at first sight, never tuned on: 70.9 %, 2.2 %, 83.1 %, 90.3 %).
 */
const floors: Record<string, Floors> = {
  'set-1': { recall: 0.99, falseAlarms: 0.01, top1: 0.87, top3: 0.91 },
  'set-2': { recall: 0.705, falseAlarms: 0.025, top1: 0.825, top3: 0.9 },
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

  it('opens the self-harm screen for every self-harm case: the red flag is suicidal', () => {
    const cases = loadSealedSet(join(SEALED_ROOT, 'set-1')).filter((c) => c.concept === 'self-harm/suicidal intent');
    expect(cases.length).toBeGreaterThanOrEqual(10);
    const r = scoreSealed(cases);
    for (const o of r.outcomes) expect({ id: o.sealed.id, flags: o.result.redFlags.some((f) => f.id === 'suicidal') }).toEqual({ id: o.sealed.id, flags: true });
  });
});
