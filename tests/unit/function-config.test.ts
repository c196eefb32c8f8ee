/**
 * Every cloud function's config.json says what the deploy plan (scripts/deploy/plan.ts) sets: an
 * explicit timeout and memory size (no silent default), and the names of the environment variables
 * its bundle reads — derived here from the code each function bundles (esbuild, as scripts/build.ts
 * bundles them, only what is left after tree-shaking): the admin list everywhere, rate limits where the dispatcher is, the WeChat Pay
 * settings where a payment or refund is made or queried, the HIS settings where the HIS is asked, the
 * mini program state where subscribe messages are sent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { functionNames, functionPlan } from '../../scripts/deploy/plan';

const root = join(__dirname, '..', '..');
const functionsDir = join(root, 'cloudfunctions');
const PAY = ['PEIZHEN_SUB_MCH_ID', 'PEIZHEN_CLOUD_ENV', 'PEIZHEN_PAY_CALLBACK'];
const HIS = ['PEIZHEN_HIS_URL', 'PEIZHEN_HIS_TOKEN'];

/** What reads each variable, by the code that uses it. */
const NEEDS: Array<{ uses: RegExp; names: string[] }> = [
  { uses: /\bports\.payments\b|\bpayments\.(?:unifiedOrder|refund|query\w*|close\w*)\(/, names: PAY },
  { uses: /\bports\.his\b|\bhis\.(?:visitOrders|reports|report|prescriptions)\(/, names: HIS },
  { uses: /\bsender\.send\(/, names: ['PEIZHEN_MINIPROGRAM_STATE'] },
  { uses: /\btakeRateLimit\(/, names: ['PEIZHEN_RATE_LIMITS'] },
];

interface Config {
  timeout?: unknown;
  memorySize?: unknown;
  envVariables?: unknown;
}

const configOf = (name: string): Config => JSON.parse(readFileSync(join(functionsDir, name, 'config.json'), 'utf8')) as Config;

async function sourcesOf(name: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(functionsDir, name, 'index.ts')],
    outfile: join(name, 'index.js'),
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    external: ['wx-server-sdk'],
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  const shipped = Object.values(result.metafile.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([f]) => f),
  );
  return shipped.filter((f) => f.startsWith('backend/handlers/') || f.startsWith('backend/domain/'));
}

const names = functionNames(functionsDir);

it.each(names)('%s: config.json sets timeout and memorySize explicitly', (name) => {
  const c = configOf(name);
  expect({ name, timeout: typeof c.timeout, memorySize: typeof c.memorySize }).toEqual({ name, timeout: 'number', memorySize: 'number' });
  expect(c.timeout).toBeGreaterThan(3);
  expect([128, 256, 512, 1024, 2048]).toContain(c.memorySize);
});

it('the deploy plan refuses a function without a timeout or a memory size', () => {
  expect(() => functionPlan('x', '{"memorySize": 256}')).toThrow('cloudfunctions/x/config.json timeout: missing');
  expect(() => functionPlan('x', '{"timeout": 20}')).toThrow('cloudfunctions/x/config.json memorySize: missing');
});

it.each(names)(
  '%s: config.json names exactly the environment variables its code reads',
  async (name) => {
    const files = await sourcesOf(name);
    const text = files.map((f) => readFileSync(join(root, f), 'utf8'));
    const needed = new Set(['PEIZHEN_ADMIN_OPENIDS']);
    for (const need of NEEDS) if (text.some((t) => need.uses.test(t))) for (const n of need.names) needed.add(n);
    expect({ name, envVariables: [...((configOf(name).envVariables as string[] | undefined) ?? [])].sort() }).toEqual({
      name,
      envVariables: [...needed].sort(),
    });
  },
  30_000,
);
