/**
 * The `selftest` function's checks (backend/selftest/) pass on both stores here: the local SQLite
 * store and the cloud adapter over the wx-server-sdk stub. They fail where a unique index is
 * missing, and leave no scratch document behind. The bundled function runs in cloud-bundle.test.ts.
 */
import { CloudDb } from '../../backend/adapters/cloud/cloud-db';
import { SqliteDb } from '../../backend/adapters/local/sqlite-db';
import { collections } from '../../backend/collections';
import type { Db } from '../../backend/ports';
import { SCRATCH } from '../../backend/selftest/db-checks';
import { runSelftest } from '../../backend/selftest/run';
import { startLocalSystem } from '../support/local-system';
import { createWxServerSdkStub } from '../support/wx-server-sdk-stub';

function stubDb(specs: typeof collections): Db {
  const sdk = createWxServerSdkStub({ collections: specs });
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV });
  return new CloudDb(sdk.database({ throwOnNotFound: false }));
}

const stores: Array<[string, () => Db]> = [
  ['SqliteDb (:memory:)', () => new SqliteDb(':memory:', collections)],
  ['CloudDb over the wx-server-sdk stub', () => stubDb(collections)],
];

describe.each(stores)('self-test on %s', (_name, makeDb) => {
  it('passes every check, the race and every unique-index probe, and removes its documents', async () => {
    const db = makeDb();
    const report = await runSelftest(db, Date.now);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.verdict).toBe('pass');
    expect(report.checks.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'booking race: 24 concurrent takes of 6 places',
        'unique index staff (openid, hospitalId)',
        'unique index invoices (hospitalId, number)',
      ]),
    );
    expect(await db.count(SCRATCH)).toBe(0);
    for (const c of Object.keys(collections)) expect(await db.count(c)).toBe(0);
  });
});

it('fails, naming it, where a unique index is missing in the database', async () => {
  const withoutStaffKey = { ...collections, staff: { unique: [] } };
  const sdk = createWxServerSdkStub({ collections: withoutStaffKey });
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV });
  const report = await runSelftest(new CloudDb(sdk.database({ throwOnNotFound: false })), Date.now);
  expect(report.verdict).toBe('fail');
  expect(report.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['unique index staff (openid, hospitalId)']);
});

it('answers a platform admin and a call without a user; refuses any other user', async () => {
  const sys = await startLocalSystem({ adminOpenids: ['platform-admin'] });
  expect(await sys.call('selftest', 'platform-admin', { action: 'run' })).toMatchObject({ ok: true, data: { verdict: 'pass' } });
  expect(await sys.call('selftest', 'demo-patient', { action: 'run' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});
