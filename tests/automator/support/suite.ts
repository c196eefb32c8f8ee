/**
 * A describe block on the automator target (support/target.ts): started once for the file,
 * checked after each test for errors the app threw and for what the emulator's answers leaked to
 * patient pages (support/scan.ts), stopped at the end; skipped with the reason when there is
 * nothing to run on.
 */
import { answerLeaks, leakText, recordAnswers, scanned } from './scan';
import { startTarget, type Target, targetMissing } from './target';

export function describeOnTarget(title: string, body: (target: () => Target) => void): void {
  const missing = targetMissing();
  (missing ? describe.skip : describe)(`${title}${missing ? ` (skipped: ${missing})` : ''}`, () => {
    let started: Target | undefined;

    beforeAll(async () => {
      started = await startTarget();
      await recordAnswers(started.mp);
    }, 120_000);

    afterEach(async () => {
      expect(started?.exceptions.splice(0) ?? []).toEqual([]);
      if (!started) return;
      expect(leakText(await answerLeaks(started.mp))).toEqual([]);
    });

    afterAll(async () => {
      if (started) process.stdout.write(`${title}: ${scanned.answers} answers and ${scanned.texts} patient page texts scanned\n`);
      await started?.stop();
    });

    body(() => {
      if (!started) throw new Error('the automator target did not start');
      return started;
    });
  });
}
