/**
 * The deploy plan (scripts/deploy/plan.ts) is derived from the code, and its application
 * (scripts/deploy/apply.ts) maps it onto the management SDK's calls, recorded here on a fake.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collections } from '../../backend/collections';
import { applyPlan, envValues } from '../../scripts/deploy/apply';
import { parseArgs } from '../../scripts/deploy/args';
import { recordingManager } from '../support/recording-manager';
import { deployPlan, indexName, RUNTIME, type DeployPlan } from '../../scripts/deploy/plan';

const root = join(__dirname, '..', '..');
const plan = deployPlan(root);

function configs(): Array<{ name: string; config: { timeout?: number; triggers?: Array<{ name: string; type: string; config: string }> } }> {
  return readdirSync(join(root, 'cloudfunctions'))
    .filter((n) => readdirSync(join(root, 'cloudfunctions', n)).includes('index.ts'))
    .map((name) => ({ name, config: JSON.parse(readFileSync(join(root, 'cloudfunctions', name, 'config.json'), 'utf8')) }));
}

describe('deploy plan', () => {
  it('has every cloud function, with the Node.js 18 runtime, a timeout above the 3 s default and its memory', () => {
    expect(plan.functions.map((f) => f.name)).toEqual(
      configs()
        .map((c) => c.name)
        .sort(),
    );
    for (const f of plan.functions) {
      expect(f.runtime).toBe(RUNTIME);
      expect(f.timeout).toBeGreaterThan(3);
      expect(f.memory).toBeGreaterThanOrEqual(128);
    }
    expect(plan.functions.find((f) => f.name === 'invoices')?.timeout).toBeGreaterThanOrEqual(20);
  });

  it('has every timer of every config.json', () => {
    const timers = configs().flatMap((c) => (c.config.triggers ?? []).map((t) => ({ fn: c.name, ...t })));
    expect(timers.length).toBeGreaterThanOrEqual(5);
    for (const t of timers) expect(plan.functions.find((f) => f.name === t.fn)?.triggers).toContainEqual({ name: t.name, type: 'timer', config: t.config });
  });

  it('has every collection and index of backend/collections.ts, unique indexes marked unique, rules closed', () => {
    expect(plan.collections.map((c) => c.name)).toEqual(Object.keys(collections));
    for (const [name, spec] of Object.entries(collections)) {
      const planned = plan.collections.find((c) => c.name === name);
      for (const keys of spec.unique ?? [])
        expect(planned?.indexes).toContainEqual({ name: indexName(keys), unique: true, keys: keys.map((k) => ({ name: k, direction: '1' })) });
      for (const keys of spec.indexes ?? [])
        expect(planned?.indexes).toContainEqual({ name: indexName(keys), unique: false, keys: keys.map((k) => ({ name: k, direction: '1' })) });
      expect(planned?.indexes).toHaveLength((spec.unique ?? []).length + (spec.indexes ?? []).length);
      expect(planned?.rule).toEqual({ read: false, write: false });
    }
    expect(plan.storageRule).toEqual({ read: false, write: false });
  });

  it('names the secrets each function needs, never their values', () => {
    expect(plan.functions.find((f) => f.name === 'orders')?.envVariables).toEqual(expect.arrayContaining(['PEIZHEN_SUB_MCH_ID', 'PEIZHEN_CLOUD_ENV']));
    expect(plan.functions.find((f) => f.name === 'clinic')?.envVariables).toEqual(expect.arrayContaining(['PEIZHEN_HIS_URL', 'PEIZHEN_HIS_TOKEN']));
    expect(JSON.stringify(plan)).not.toMatch(/"PEIZHEN_[A-Z_]+"\s*:/);
  });

  it('`npm run deploy -- --dry-run --json` prints the plan and nothing else, without network', () => {
    const out = execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/deploy/index.ts'), '--dry-run', '--json'], {
      encoding: 'utf8',
      env: { ...process.env, PEIZHEN_SUB_MCH_ID: 'secret-1900000001' },
    });
    expect(JSON.parse(out)).toEqual(plan);
    expect(out).not.toContain('secret-1900000001');
  }, 30_000);

  it('needs an environment to apply', () => {
    expect(() => parseArgs([])).toThrow(/--env/);
    expect(parseArgs(['--env', 'prod-1a2b'])).toEqual({ envId: 'prod-1a2b', dryRun: false, json: false });
  });
});

describe('applying the plan through the management SDK (recorded on a fake)', () => {
  const small: DeployPlan = {
    functions: plan.functions.filter((f) => f.name === 'booking' || f.name === 'content'),
    collections: plan.collections.filter((c) => c.name === 'staff'),
    storageRule: plan.storageRule,
  };
  const env = { PEIZHEN_SUB_MCH_ID: '1900000001', PEIZHEN_ADMIN_OPENIDS: 'o-admin' };

  it('creates a missing function with its settings and timers, updates an existing one and replaces its timers', async () => {
    const { manager, calls } = recordingManager({ functions: ['booking'], indexes: [] });
    const unset = await applyPlan(manager, small, { envId: 'prod-1', functionRootPath: '/r/cloudfunctions', env, report: () => undefined });
    const settings = {
      name: 'booking',
      runtime: 'Nodejs18.15',
      timeout: 20,
      memorySize: 256,
      envVariables: { PEIZHEN_ADMIN_OPENIDS: 'o-admin', PEIZHEN_SUB_MCH_ID: '1900000001', PEIZHEN_CLOUD_ENV: 'prod-1' },
      installDependency: true,
      ignore: ['index.ts', 'node_modules'],
    };
    expect(calls).toContainEqual(['updateFunctionCode', { func: settings, functionRootPath: '/r/cloudfunctions' }]);
    expect(calls).toContainEqual(['updateFunctionConfig', settings]);
    expect(calls).toContainEqual(['deleteFunctionTrigger', 'booking', 'holdsAndNoShows']);
    expect(calls).toContainEqual(['createFunctionTriggers', 'booking', [{ name: 'holdsAndNoShows', type: 'timer', config: '0 * * * * * *' }]]);
    const created = calls.find((c) => c[0] === 'createFunction');
    expect(created?.[1]).toMatchObject({ func: { name: 'content', runtime: 'Nodejs18.15', timeout: 20, triggers: [] }, force: true });
    expect(unset).toEqual(['PEIZHEN_PAY_CALLBACK', 'PEIZHEN_RATE_LIMITS']);
  });

  it('creates the collection, only its missing indexes (unique where planned), its rule and the storage rule', async () => {
    const { manager, calls } = recordingManager({ functions: [], indexes: ['staff.hospitalId_1'] });
    await applyPlan(manager, small, { envId: 'prod-1', functionRootPath: '/r', env, report: () => undefined });
    expect(calls).toContainEqual(['createCollectionIfNotExists', 'staff']);
    expect(calls).toContainEqual([
      'updateCollection',
      'staff',
      {
        CreateIndexes: [
          {
            IndexName: 'openid_1_hospitalId_1',
            MgoKeySchema: {
              MgoIsUnique: true,
              MgoIndexKeys: [
                { Name: 'openid', Direction: '1' },
                { Name: 'hospitalId', Direction: '1' },
              ],
            },
          },
        ],
      },
    ]);
    expect(calls).toContainEqual([
      'commonService.call',
      { Action: 'ModifySafeRule', Param: { EnvId: 'prod-1', CollectionName: 'staff', AclTag: 'CUSTOM', Rule: '{"read":false,"write":false}' } },
    ]);
    expect(calls[calls.length - 1]).toEqual(['setStorageAcl', 'CUSTOM', { read: false, write: false }]);
  });

  it('takes values only from the deploying machine; the environment id defaults to the target', () => {
    const booking = plan.functions.find((f) => f.name === 'booking');
    if (!booking) throw new Error('no booking');
    expect(envValues(booking, {}, 'prod-1')).toEqual({
      values: { PEIZHEN_CLOUD_ENV: 'prod-1' },
      missing: ['PEIZHEN_ADMIN_OPENIDS', 'PEIZHEN_RATE_LIMITS', 'PEIZHEN_SUB_MCH_ID', 'PEIZHEN_PAY_CALLBACK'],
    });
  });
});
