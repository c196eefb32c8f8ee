/**
 * A journey is a list of named steps; each ends with a phone-size screenshot in
 * .preview-shots/journeys/<journey>/NN-<step>.png (and a -FAILED one when it breaks), and the
 * failure names the step.
 */
import type { Page } from 'playwright-core';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { SHOTS, shotPath, waitIdle } from './harness';

export class Journey {
  private n = 0;
  constructor(
    private readonly page: Page,
    private readonly name: string,
  ) {
    rmSync(join(SHOTS, 'journeys', name), { recursive: true, force: true });
  }

  async step<T>(title: string, run: () => Promise<T>): Promise<T> {
    this.n += 1;
    const file = `journeys/${this.name}/${String(this.n).padStart(2, '0')}-${title}`;
    try {
      const result = await run();
      await waitIdle(this.page);
      await this.page.screenshot({ path: shotPath(file) });
      return result;
    } catch (e) {
      await this.page.screenshot({ path: shotPath(`${file}-FAILED`) }).catch(() => undefined);
      const message = e instanceof Error ? e.message : String(e);
      throw new Error(`step ${this.n} "${title}" of the ${this.name} journey failed: ${message}`);
    }
  }
}
