/**
 * Jest globalSetup of the `browser` project: builds the preview once for all browser test files
 * (or says why the journeys will be skipped).
 */
import { chromiumMissing, ensurePreviewBuilt } from './harness';

export default async function globalSetup(): Promise<void> {
  const missing = chromiumMissing();
  if (missing) {
    console.warn(`\n[browser] journeys skipped: ${missing}\n`);
    return;
  }
  await ensurePreviewBuilt({ force: true });
}
