/**
 * Every text path reads in linear time: 20,000 characters of hostile text (scripts/bench/
 * hostile-texts.ts) are answered well within a second each, even on a loaded machine. The real
 * figures (tens of milliseconds) are printed by `npm run bench`.
 */
import { assess } from '../../backend/domain/triage/assess';
import { TRIAGE_MAX_TEXT as MAX_TEXT } from '../../miniprogram/shared/contract/triage';
import { hospitalDepartments } from '../../scripts/bench/triage';
import { hostileTexts, timeHostileTexts } from '../../scripts/bench/hostile-texts';

const GENEROUS_MS = 5_000;

describe('hostile text of the longest allowed length', () => {
  it('has several shapes, each as long as the function accepts', () => {
    expect(hostileTexts.length).toBeGreaterThanOrEqual(10);
    for (const { text } of hostileTexts) expect(text.length).toBe(MAX_TEXT);
  });

  it('answers every shape in a few seconds at most, even on a loaded machine (the real figure: npm run bench)', () => {
    const slow = timeHostileTexts(1).filter((t) => t.firstMs >= GENEROUS_MS);
    expect(slow).toEqual([]);
  });

  it('takes about twice as long for twice the text, not four times', () => {
    const departments = hospitalDepartments();
    const time = (text: string): number => {
      const started = performance.now();
      assess({ text }, departments);
      return performance.now() - started;
    };
    const best = (text: string): number => Math.min(time(text), time(text), time(text));
    const half = best('三十'.repeat(MAX_TEXT / 4));
    const whole = best('三十'.repeat(MAX_TEXT / 2));
    expect(whole).toBeLessThan(Math.max(4 * half, 50));
  });

  it('still reads a complaint hidden in the noise', () => {
    const text = `${'三十'.repeat(4000)}，胃疼两天，反酸`;
    const r = assess({ text }, hospitalDepartments());
    expect(r.departments[0].name).toBe('消化内科');
  });
});
