/**
 * The dispatcher enforces the part of an action's `who` that needs no item
 * (backend/handlers/framework/who.ts `refuseOutsider`): a staff action refuses, before `run`, a
 * caller who holds none of its roles nor admin at any hospital, as the declaration says that caller
 * is told; a deployment action refuses a signed-in caller who is no platform admin. Probe actions
 * record whether `run` was reached, on the seeded store (its staff: backend/dev-server/seed/content/staff.ts).
 */
import { action, defineFunction, type AnyAction } from '../../backend/handlers/framework/define';
import { dispatch } from '../../backend/handlers/framework/dispatch';
import { z } from '../../backend/handlers/framework/validation';
import { admins, anyDoctor, deployment, either, hiddenFromPatients, itsDoctor, owner, signedIn, staff, type Who } from '../../backend/handlers/framework/who';
import { startLocalSystem, type LocalSystem } from '../support/local-system';

const PLATFORM = 'acc-platform-admin';
let sys: LocalSystem;
let runs: string[] = [];

beforeAll(async () => {
  sys = await startLocalSystem({ adminOpenids: [PLATFORM], rateLimits: null });
});

const probe = (who: Who): AnyAction =>
  action({
    who,
    input: z.object({}),
    async run(_input, ctx) {
      runs.push(ctx.openid ?? 'none');
      return {};
    },
  });

const fn = defineFunction('probe', {
  billing: probe(staff('billing')),
  adminsOnly: probe(admins()),
  hidden: probe(hiddenFromPatients(staff('service'))),
  doctor: probe(itsDoctor()),
  doctors: probe(anyDoctor()),
  nurseOrDoctor: probe(either(staff('nurse'), itsDoctor())),
  ownerOrBilling: probe(either(owner(), staff('billing'))),
  mine: probe(signedIn()),
  console: probe(deployment()),
});

/** What the caller is answered, and whether `run` was reached. */
async function call(act: string, openid: string | null): Promise<string> {
  runs = [];
  const res = await dispatch(fn, { action: act }, { openid, requestId: 'r' }, sys.ports);
  return `${res.ok ? 'ok' : res.error.code}${runs.length ? ' (ran)' : ''}`;
}

it('a staff action refuses, before run, a caller holding none of its roles nor admin anywhere', async () => {
  expect(await call('billing', 'demo-patient')).toBe('FORBIDDEN');
  expect(await call('billing', 'demo-nurse-zz')).toBe('FORBIDDEN');
  expect(await call('billing', 'demo-billing-zz')).toBe('ok (ran)');
  expect(await call('billing', 'demo-admin-zz')).toBe('ok (ran)');
  expect(await call('billing', PLATFORM)).toBe('ok (ran)');
  expect(await call('adminsOnly', 'demo-billing-zz')).toBe('FORBIDDEN');
  expect(await call('adminsOnly', 'demo-admin-zz')).toBe('ok (ran)');
});

it('a patient refused a staff action on a patient’s item is told NOT_FOUND; staff without the role FORBIDDEN', async () => {
  expect(await call('hidden', 'demo-patient')).toBe('NOT_FOUND');
  expect(await call('hidden', 'demo-billing-zz')).toBe('FORBIDDEN');
  expect(await call('hidden', 'demo-service-zz')).toBe('ok (ran)');
});

it('a doctor’s action needs a doctor grant (admins are not doctors); which doctor, run decides with the item', async () => {
  expect(await call('doctor', 'demo-admin-zz')).toBe('FORBIDDEN');
  expect(await call('doctor', PLATFORM)).toBe('FORBIDDEN');
  expect(await call('doctors', 'demo-nurse-zz')).toBe('FORBIDDEN');
  expect(await call('doctor', 'demo-doctor-zz')).toBe('ok (ran)');
  expect(await call('nurseOrDoctor', 'demo-nurse-zz')).toBe('ok (ran)');
  expect(await call('nurseOrDoctor', 'demo-doctor-zz')).toBe('ok (ran)');
  expect(await call('nurseOrDoctor', 'demo-billing-zz')).toBe('FORBIDDEN');
});

it('an action an owner may call, or a signed-in user on their own data, reaches run: the item decides', async () => {
  expect(await call('ownerOrBilling', 'demo-patient')).toBe('ok (ran)');
  expect(await call('mine', 'demo-patient')).toBe('ok (ran)');
  expect(await call('mine', null)).toBe('UNAUTHENTICATED');
  expect(await call('ownerOrBilling', null)).toBe('UNAUTHENTICATED');
});

it('a deployment action: the console (no openid) and the platform admin only', async () => {
  expect(await call('console', null)).toBe('ok (ran)');
  expect(await call('console', PLATFORM)).toBe('ok (ran)');
  expect(await call('console', 'demo-admin-zz')).toBe('FORBIDDEN');
  expect(await call('console', 'demo-patient')).toBe('FORBIDDEN');
});
