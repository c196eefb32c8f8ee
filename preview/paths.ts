/** Where the preview is built (kept apart from build.ts so the emulator does not load esbuild). */
import { join } from 'node:path';

export const PREVIEW_DIST = join(__dirname, 'dist');
