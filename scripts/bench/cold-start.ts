/**
 * Cold start of each cloud function: bundled as `npm run build` bundles them, each is required by
 * a fresh Node process (with an inert wx-server-sdk in place of the real one) and the time to load
 * it is measured inside that process; the median of 3. Goal: < 150 ms each.
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

const LOAD = `const t = process.hrtime.bigint(); require(process.argv[1]); process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;

export interface ColdStart {
  name: string;
  bytes: number;
  ms: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function measureColdStarts(runs = 3): Promise<ColdStart[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'pz-cold-'));
  try {
    const built = await bundleFunctions(outDir);
    mkdirSync(join(outDir, 'node_modules', 'wx-server-sdk'), { recursive: true });
    writeFileSync(join(outDir, 'node_modules', 'wx-server-sdk', 'index.js'), INERT_SDK);
    return built.map(({ name }) => {
      const file = join(outDir, name, 'index.js');
      const times = Array.from({ length: runs }, () => Number(execFileSync(process.execPath, ['-e', LOAD, file], { encoding: 'utf8' })));
      return { name, bytes: statSync(file).size, ms: median(times) };
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function coldStartBench(): Promise<string[]> {
  const results = await measureColdStarts();
  const rows = results.map((r) => [r.name, kb(r.bytes), 'KB', r.ms.toFixed(0), 'ms', r.ms < COLD_START_GOAL_MS ? 'ok' : `over ${COLD_START_GOAL_MS} ms`]);
  return [`Cold load of each bundled function (fresh Node process, median of 3; goal < ${COLD_START_GOAL_MS} ms):`, ...table(rows, [1, 3]).map((l) => `  ${l}`)];
}
