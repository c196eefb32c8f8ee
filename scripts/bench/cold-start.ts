/**
 * Cold start of each cloud function: bundled as `npm run build` bundles them, each is required by
 * a fresh Node process (with an inert wx-server-sdk in place of the real one) and the time to load
 * it is measured inside that process, as wall time and as the process's CPU time (which the other
 * processes of a loaded machine disturb far less); the median of 5. Goal: < 150 ms each.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFunctions } from '../build';
import { kb, table } from './format';

export const COLD_START_GOAL_MS = 150;

/** Any property is a function answering the same object: enough for `init`, `database` and the rest at load. */
const INERT_SDK = `const inert = new Proxy(function () {}, { get: (_t, p) => (p === 'DYNAMIC_CURRENT_ENV' ? 'env' : inert), apply: () => inert });
module.exports = inert;
`;

const LOAD = `const c = process.cpuUsage(); const t = process.hrtime.bigint(); require(process.argv[1]); const u = process.cpuUsage(c); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6) + ' ' + String((u.user + u.system) / 1000));`;

export interface ColdStart {
  name: string;
  bytes: number;
  ms: number;
  cpuMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function measureColdStarts(runs = 5): Promise<ColdStart[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'pz-cold-'));
  try {
    const built = await bundleFunctions(outDir);
    mkdirSync(join(outDir, 'node_modules', 'wx-server-sdk'), { recursive: true });
    writeFileSync(join(outDir, 'node_modules', 'wx-server-sdk', 'index.js'), INERT_SDK);
    return built.map(({ name }) => {
      const file = join(outDir, name, 'index.js');
      const times = Array.from({ length: runs }, () => execFileSync(process.execPath, ['-e', LOAD, file], { encoding: 'utf8' }).split(' ').map(Number));
      return { name, bytes: statSync(file).size, ms: median(times.map((t) => t[0])), cpuMs: median(times.map((t) => t[1])) };
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function coldStartBench(): Promise<string[]> {
  const results = await measureColdStarts();
  const rows = results.map((r) => [
    r.name,
    kb(r.bytes),
    'KB',
    r.ms.toFixed(0),
    'ms',
    r.cpuMs.toFixed(0),
    'ms CPU',
    r.ms < COLD_START_GOAL_MS ? 'ok' : `over ${COLD_START_GOAL_MS} ms`,
  ]);
  return [
    `Cold load of each bundled function (fresh Node process, median of 5, wall and CPU time; goal < ${COLD_START_GOAL_MS} ms):`,
    ...table(rows, [1, 3, 5]).map((l) => `  ${l}`),
  ];
}
