/**
 * A journey's numbered steps, each followed by a screenshot from App.captureScreenshot in
 * `.preview-shots/automator/<journey>/NN-<step>.png` (`-FAILED` when the step breaks), and by the
 * response scanner on the rendered text of the patient page it ends on (support/scan.ts).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SHOTS } from '../../browser/support/harness';
import { leakText, textLeaks } from './scan';
import type { MiniProgram } from './target';

export class Journey {
  private n = 0;
  private readonly dir: string;

  constructor(
    private readonly mp: MiniProgram,
    name: string,
  ) {
    this.dir = join(SHOTS, 'automator', name);
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir, { recursive: true });
  }

  private file(step: string, failed: boolean): string {
    const safe = step.replace(/[^\p{L}\p{N}._-]+/gu, '_');
    return join(this.dir, `${String(this.n).padStart(2, '0')}-${safe}${failed ? '-FAILED' : ''}.png`);
  }

  async step<T>(name: string, run: () => Promise<T>): Promise<T> {
    this.n++;
    try {
      const result = await run();
      const leaks = leakText(await textLeaks(this.mp));
      if (leaks.length > 0) throw new Error(`the page shows what it must not:\n${leaks.join('\n')}`);
      await this.mp.screenshot({ path: this.file(name, false) });
      return result;
    } catch (e) {
      await this.mp.screenshot({ path: this.file(name, true) }).catch(() => undefined);
      throw e;
    }
  }
}
