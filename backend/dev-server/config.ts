import { join, resolve } from 'node:path';
import { DEV_FILE_SECRET } from '../adapters/local/signed-links';
import { rateLimitsFrom } from '../handlers/framework/rate-limits';
import type { RateLimits } from '../ports';

export interface EmulatorConfig {
  port: number;
  host: '127.0.0.1';
  dbFile: string;
  filesDir: string;
  /** PEIZHEN_FILE_SECRET: signs links to private files; a development default when unset. */
  fileSecret: string;
  adminOpenids: string[];
  timers: boolean;
  /** `development` (the default) or `production`. */
  mode: 'development' | 'production';
  /** `/dev/*` (backend/dev-server/dev-routes.ts): development mode only; `PEIZHEN_DEV_ENDPOINTS=off` turns them off there too. */
  devEndpoints: boolean;
  /** PEIZHEN_RATE_LIMITS (backend/handlers/framework/rate-limits.ts); null: off. */
  rateLimits: RateLimits | null;
  /** One JSON line per call on stdout; `PEIZHEN_LOG=off` silences it (benchmarks). */
  log: boolean;
}

/** Reads the emulator's settings from the environment (documented in the README). */
export function readConfig(env: NodeJS.ProcessEnv, root: string): EmulatorConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const mode = env.PEIZHEN_MODE ?? 'development';
  if (mode !== 'development' && mode !== 'production') throw new Error(`PEIZHEN_MODE must be development or production, got ${mode}`);
  const dbFile = env.PEIZHEN_DB ?? join(root, '.data', 'peizhen.db');
  return {
    port,
    host: '127.0.0.1',
    dbFile: dbFile === ':memory:' ? dbFile : resolve(root, dbFile),
    filesDir: resolve(root, env.PEIZHEN_FILES ?? join('.data', 'files')),
    fileSecret: env.PEIZHEN_FILE_SECRET || DEV_FILE_SECRET,
    adminOpenids: (env.PEIZHEN_ADMIN_OPENIDS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
    timers: env.PEIZHEN_TIMERS !== 'off',
    mode,
    devEndpoints: mode === 'development' && env.PEIZHEN_DEV_ENDPOINTS !== 'off',
    rateLimits: rateLimitsFrom(env.PEIZHEN_RATE_LIMITS),
    log: env.PEIZHEN_LOG !== 'off',
  };
}
