/**
 * Where the automator journeys run. With WECHAT_DEVTOOLS_CLI set: WeChat DevTools, launched with
 * `automator.launch({ cliPath, projectPath })` (start the emulator first, `npm start`, on port 3000
 * as miniprogram/config.ts expects). Otherwise: the browser preview, through the emulator's
 * automator endpoint (preview/automator/endpoint.ts) on an emulator of the test file's own.
 */
import { join } from 'node:path';
import automator from 'miniprogram-automator';
import { chromiumMissing, startEmulator } from '../../browser/support/harness';

export type MiniProgram = Awaited<ReturnType<typeof automator.connect>>;

export interface Target {
  kind: 'devtools' | 'preview';
  mp: MiniProgram;
  /** The emulator the app talks to. */
  baseUrl: string;
  /** Errors the app threw (App.exceptionThrown) since the start. */
  exceptions: unknown[];
  stop(): Promise<void>;
}

const cliPath = process.env.WECHAT_DEVTOOLS_CLI ?? '';

/** Why the journeys cannot run here, or null when they can. */
export function targetMissing(): string | null {
  return cliPath ? null : chromiumMissing();
}

function watchExceptions(mp: MiniProgram): unknown[] {
  const seen: unknown[] = [];
  mp.on('exception', (e: unknown) => seen.push(e));
  return seen;
}

export async function startTarget(): Promise<Target> {
  if (cliPath) {
    const mp = await automator.launch({ cliPath, projectPath: join(__dirname, '..', '..', '..'), trustProject: true });
    return { kind: 'devtools', mp, baseUrl: 'http://127.0.0.1:3000', exceptions: watchExceptions(mp), stop: () => mp.close() };
  }
  const emu = await startEmulator();
  try {
    const mp = await automator.connect({ wsEndpoint: `ws://127.0.0.1:${emu.port}/automator` });
    return {
      kind: 'preview',
      mp,
      baseUrl: emu.baseUrl,
      exceptions: watchExceptions(mp),
      stop: async () => {
        mp.disconnect();
        await emu.stop();
      },
    };
  } catch (e) {
    await emu.stop();
    throw e;
  }
}
