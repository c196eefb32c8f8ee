/** `npm run cloud:verify` (scripts/deploy/verify.ts) on a recording fake of the management SDK. */
import { join } from 'node:path';
import { deployPlan, type DeployPlan } from '../../scripts/deploy/plan';
import { selftestChecks, verifyEnvironment } from '../../scripts/deploy/verify';
import { recordingManager } from '../support/recording-manager';

const full = deployPlan(join(__dirname, '..', '..'));
const plan: DeployPlan = { ...full, collections: full.collections.filter((c) => c.name === 'staff') };
const passed = JSON.stringify({ ok: true, data: { verdict: 'pass', checks: [{ name: 'booking race', ok: true }], ms: 900 } });
const closed = { staff: '{"read":false,"write":false}' };

describe('cloud:verify', () => {
  it('passes when every index and rule is there and the selftest passes; it invokes selftest without a user', async () => {
    const { manager, calls } = recordingManager({
      functions: [],
      indexes: ['staff.openid_1_hospitalId_1', 'staff.hospitalId_1'],
      rules: closed,
      selftest: passed,
    });
    const verdict = await verifyEnvironment(manager, plan, 'prod-1');
    expect(verdict.checks.filter((c) => !c.ok)).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(calls).toContainEqual(['invokeFunction', 'selftest', { action: 'run' }]);
    expect(calls).toContainEqual(['commonService.call', { Action: 'DescribeSafeRule', Param: { EnvId: 'prod-1', CollectionName: 'staff' } }]);
  });

  it('fails naming a missing index, an open rule and a failed selftest check', async () => {
    const failed = JSON.stringify({
      ok: true,
      data: { verdict: 'fail', checks: [{ name: 'unique index staff (openid, hospitalId)', ok: false, detail: 'accepted' }] },
    });
    const { manager } = recordingManager({ functions: [], indexes: ['staff.hospitalId_1'], selftest: failed });
    const verdict = await verifyEnvironment(manager, plan, 'prod-1');
    expect(verdict.ok).toBe(false);
    expect(verdict.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual([
      'index staff.openid_1_hospitalId_1',
      'rule staff',
      'selftest: unique index staff (openid, hospitalId)',
    ]);
  });

  it('reads a refusal or an unreadable answer as a failure', () => {
    expect(selftestChecks(JSON.stringify({ ok: false, error: { code: 'FORBIDDEN' } }))).toEqual([
      { name: 'selftest answered', ok: false, detail: '{"code":"FORBIDDEN"}' },
    ]);
    expect(selftestChecks('Task timed out after 3.00 seconds')[0]).toMatchObject({ ok: false });
  });
});
