/**
 * The triage engine against the independent gold set (tests/triage-gold/cases.json). Red-flag
 * recall must stay at 100 %; accuracy has floors a few points below the last measurement
 * (top-1 95.3 %, top-3 98.4 %, 1 false alarm in 404), so a regression fails. `npm run bench` prints the
 * full figures.
 */
import { GOLD_FILE, evaluateGold, loadGoldCases, type GoldReport } from '../../scripts/bench/triage';

const cases = loadGoldCases();

describe('triage gold set', () => {
  let report: GoldReport;

  beforeAll(() => {
    report = evaluateGold(cases ?? []);
  });

  it('reads the gold file: a missing tests/triage-gold/cases.json fails here, it is never skipped', () => {
    expect({ file: GOLD_FILE, found: cases !== null }).toEqual({ file: GOLD_FILE, found: true });
  });

  it('has the cases the evaluation needs', () => {
    expect(report.cases).toBeGreaterThanOrEqual(400);
    expect(report.outcomes.filter((o) => o.gold.kind === 'red_flag').length).toBeGreaterThanOrEqual(40);
  });

  it('flags every emergency: red-flag recall 100 %', () => {
    const missed = report.outcomes.filter((o) => o.gold.emergency && !o.result.emergency).map((o) => `${o.gold.id}: ${o.gold.text}`);
    expect(missed).toEqual([]);
    expect(report.recall).toBe(1);
    expect(report.redFlagKindRecall).toBe(1);
  });

  it('raises few false alarms (≤ 3 %)', () => {
    expect(report.falseAlarms).toBeLessThanOrEqual(0.03);
  });

  it('keeps top-1 ≥ 92 % and top-3 ≥ 96 %', () => {
    expect(report.top1).toBeGreaterThanOrEqual(0.92);
    expect(report.top3).toBeGreaterThanOrEqual(0.96);
  });

  it('answers every case with departments of the hospital, never a medical-technology one', () => {
    const medtech = new Set(['d-zz-radio', 'd-zz-ultra', 'd-zz-lab']);
    for (const o of report.outcomes) for (const d of o.result.departments) expect(medtech.has(d.departmentId)).toBe(false);
  });
});
