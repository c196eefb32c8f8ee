/** Jest globalSetup of the `automator` project: builds the preview once (not needed for DevTools). */
import { ensurePreviewBuilt } from '../../browser/support/harness';
import { targetMissing } from './target';

export default async function globalSetup(): Promise<void> {
  const missing = targetMissing();
  if (missing) console.warn(`\n[automator] journeys skipped: ${missing}\n`);
  else if (!process.env.WECHAT_DEVTOOLS_CLI) await ensurePreviewBuilt({ force: true });
}
