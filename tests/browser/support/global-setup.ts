/**
 * Jest globalSetup of the `browser` project: builds the preview once for all browser test files and
 * starts a fresh figures.json (or says why the tests will be skipped).
 */
import { rmSync } from 'node:fs';
import { figuresFile } from './figures';
import { chromiumMissing, ensurePreviewBuilt } from './harness';

export default async function globalSetup(): Promise<void> {
  const missing = chromiumMissing();
  if (missing) {
    console.warn(`\n[browser] journeys skipped: ${missing}\n`);
    return;
  }
  rmSync(figuresFile(), { force: true });
  await ensurePreviewBuilt({ force: true });
}
