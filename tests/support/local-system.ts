/**
 * A whole local backend in memory: the SQLite store seeded with the demo region, the real
 * handlers, and a frozen clock. Handler tests call it directly; page tests route wx.request to it.
 */
import { createLocalPorts, type LocalPorts } from '../../backend/adapters/local/ports';
import { collections } from '../../backend/collections';
import type { RateLimits } from '../../backend/ports';
import { silentLogger } from '../../backend/adapters/system';
import { functions } from '../../backend/functions';
import { dispatch, runTimer } from '../../backend/handlers/framework/dispatch';
import { seedIfEmpty } from '../../backend/dev-server/seed';
import type { Envelope } from '../../miniprogram/shared/envelope';
import { shanghaiInstant } from '../../miniprogram/shared/time';

export const FROZEN_NOW = shanghaiInstant('2026-11-25', '09:30');
/** The folder the test system's Files port writes to (serve it with the emulator to download). */
export const TEST_FILES_DIR = '/tmp/peizhen-test-files';

/** The collections as a database would have them with every unique index missing. */
function withoutUniqueKeys(): typeof collections {
  return Object.fromEntries(Object.entries(collections).map(([name, spec]) => [name, { indexes: spec.indexes }]));
}

export interface LocalSystem {
  ports: LocalPorts;
  call<T = unknown>(fn: string, openid: string | null, event: Record<string, unknown>): Promise<Envelope<T>>;
  /** Like call, but throws unless ok; returns data. */
  ok<T = Record<string, unknown>>(fn: string, openid: string | null, event: Record<string, unknown>): Promise<T>;
  setNow(now: number): void;
  /** Runs a function's timer trigger; throws unless it succeeded. */
  runTimer(fn: string): Promise<unknown>;
}

export async function startLocalSystem(
  options: { seed?: boolean; history?: boolean; adminOpenids?: string[]; uniqueIndexes?: boolean; rateLimits?: RateLimits | null } = {},
): Promise<LocalSystem> {
  let now = FROZEN_NOW;
  const ports = createLocalPorts({
    dbFile: ':memory:',
    filesDir: TEST_FILES_DIR,
    baseUrl: 'http://127.0.0.1:0',
    adminOpenids: options.adminOpenids ?? [],
    clock: { now: () => now },
    logger: silentLogger,
    collections: options.uniqueIndexes === false ? withoutUniqueKeys() : collections,
    rateLimits: options.rateLimits,
  });
  if (options.seed !== false) await seedIfEmpty(ports.db, now, { history: options.history === true });
  let seq = 0;
  const call = <T>(fn: string, openid: string | null, event: Record<string, unknown>) =>
    dispatch(functions[fn], event, { openid, requestId: `test-${++seq}` }, ports) as Promise<Envelope<T>>;
  return {
    ports,
    call,
    async ok<T>(fn: string, openid: string | null, event: Record<string, unknown>) {
      const res = await call<T>(fn, openid, event);
      if (!res.ok) throw new Error(`${fn}.${String(event.action)} failed: ${res.error.code} ${res.error.message} ${res.error.field ?? ''}`);
      return res.data;
    },
    setNow(next: number) {
      now = next;
    },
    async runTimer(fn: string) {
      const res = await runTimer(functions[fn], `timer-${++seq}`, ports);
      if (!res.ok) throw new Error(`${fn} timer failed: ${res.error.message}`);
      return res.data;
    },
  };
}
