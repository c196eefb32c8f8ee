/**
 * A describe block on the automator target (support/target.ts): started once for the file,
 * checked after each test for errors the app threw, stopped at the end; skipped with the reason
 * when there is nothing to run on.
 */
import { startTarget, type Target, targetMissing } from './target';

export function describeOnTarget(title: string, body: (target: () => Target) => void): void {
  const missing = targetMissing();
  (missing ? describe.skip : describe)(`${title}${missing ? ` (skipped: ${missing})` : ''}`, () => {
    let started: Target | undefined;

    beforeAll(async () => {
      started = await startTarget();
    }, 120_000);

    afterEach(() => {
      expect(started?.exceptions.splice(0) ?? []).toEqual([]);
    });

    afterAll(async () => {
      await started?.stop();
    });

    body(() => {
      if (!started) throw new Error('the automator target did not start');
      return started;
    });
  });
}
