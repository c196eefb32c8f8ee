/**
 * No-shows and the booking limits count the person (ID type + number, per hospital), not the
 * family-member record: removing and re-adding a member, or adding the same ID number under a
 * second account, keeps the restriction and the caps (docs/booking.md, "Limits by the person").
 */
import { shanghaiInstant } from '../../miniprogram/shared/time';
import { firstOpenSlot, idNumberOf, requestIdOf, slotsOf } from '../support/booking-fixtures';
import { startLocalSystem, type LocalSystem } from '../support/local-system';

const CHEN = 'doc-zz-001'; // 心血管内科, ¥35: Mon am, Wed pm, Sat am
const A = 'demo-patient';
const B = 'demo-patient-2';
const ID = idNumberOf(4321);
let sys: LocalSystem;
let seq = 0;
const rid = () => requestIdOf(`p${++seq}`);

async function addMember(openid: string, name = '赵一鸣'): Promise<string> {
  const res = await sys.ok<{ id: string }>('patients', openid, {
    action: 'add',
    name,
    idType: 'resident_id',
    idNumber: ID,
    phone: '13800001234',
    relation: 'other',
    requestId: rid(),
  });
  return res.id;
}

function book(openid: string, patientId: string, slotId: string) {
  return sys.call<{ id: string }>('booking', openid, { action: 'book', slotId, patientId, requestId: rid() });
}

/** Three booked visits of the member that it does not come to, counted by the booking timer. */
async function threeNoShows(patientId: string): Promise<void> {
  let lastEnd = 0;
  for (const date of ['2026-11-25', '2026-11-28', '2026-11-30']) {
    const slot = await firstOpenSlot(sys, CHEN, date);
    const res = await book(A, patientId, slot.id);
    if (!res.ok) throw new Error(`booking ${date}: ${res.error.code}`);
    await sys.ports.db.update('appointments', { _id: res.data.id }, { set: { status: 'booked', holdUntil: null } });
    lastEnd = Math.max(lastEnd, slot.end);
  }
  sys.setNow(lastEnd + 31 * 60_000);
  await sys.runTimer('booking');
  sys.setNow(shanghaiInstant('2026-12-01', '09:00'));
}

beforeEach(async () => {
  sys = await startLocalSystem({ rateLimits: null });
});

describe('no-shows follow the person', () => {
  it('the restriction holds after the member is removed and added again', async () => {
    const first = await addMember(A);
    await threeNoShows(first);
    const slot = await firstOpenSlot(sys, CHEN, '2026-12-02');
    expect(await book(A, first, slot.id)).toMatchObject({ ok: false, error: { code: 'LIMIT_REACHED', message: expect.stringContaining('爽约') } });
    expect(await sys.call('patients', A, { action: 'remove', patientId: first })).toMatchObject({ ok: true, data: { removed: true } });
    const again = await addMember(A);
    expect(again).not.toBe(first);
    expect(await book(A, again, slot.id)).toMatchObject({ ok: false, error: { code: 'LIMIT_REACHED', message: expect.stringContaining('爽约') } });
    const { patients } = await sys.ok<{ patients: Array<{ id: string; restrictedUntil: number | null }> }>('patients', A, { action: 'list' });
    expect(patients.find((p) => p.id === again)?.restrictedUntil).toBeGreaterThan(shanghaiInstant('2026-12-01', '09:00'));
  });

  it('the restriction holds for the same ID number under a second account', async () => {
    await threeNoShows(await addMember(A));
    const elsewhere = await addMember(B, '赵一鸣');
    const slot = await firstOpenSlot(sys, CHEN, '2026-12-02');
    expect(await book(B, elsewhere, slot.id)).toMatchObject({ ok: false, error: { code: 'LIMIT_REACHED', message: expect.stringContaining('爽约') } });
  });

  it('is kept per hospital: the person may still book at the other hospital', async () => {
    const member = await addMember(A);
    await threeNoShows(member);
    const { doctors } = await sys.ok<{ doctors: Array<{ id: string }> }>('content', null, { action: 'listDoctors', hospitalId: 'h-xinyang-county' });
    let slotId: string | null = null;
    for (const d of doctors) {
      for (const date of ['2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']) {
        const open = (await slotsOf(sys, d.id, date)).find((s) => s.status === 'open');
        if (open) slotId = open.id;
        if (slotId) break;
      }
      if (slotId) break;
    }
    if (!slotId) throw new Error('no open slot at the county hospital');
    expect(await book(A, member, slotId)).toMatchObject({ ok: true });
  });
});

describe('daily and half-day limits follow the person', () => {
  it('the daily cap counts the same ID number across accounts', async () => {
    const sat = '2026-11-26';
    const slots = await sys.ports.db.find<{ _id: string; ownerId: string }>('slots', {
      where: { date: sat, ownerType: 'doctor', hospitalId: 'h-zzcentral' },
      limit: 100,
    });
    const owners = [...new Set(slots.map((s) => s.ownerId))].slice(0, 4);
    const mine = await addMember(A);
    for (const owner of owners.slice(0, 3)) expect(await book(A, mine, (await firstOpenSlot(sys, owner, sat)).id)).toMatchObject({ ok: true });
    const theirs = await addMember(B);
    expect(await book(B, theirs, (await firstOpenSlot(sys, owners[3], sat)).id)).toMatchObject({ ok: false, error: { code: 'LIMIT_REACHED' } });
  });

  it('one appointment per person per doctor and half-day, across accounts', async () => {
    const [first, second] = (await slotsOf(sys, CHEN, '2026-11-28')).filter((s) => s.status === 'open');
    expect(await book(A, await addMember(A), first.id)).toMatchObject({ ok: true });
    expect(await book(B, await addMember(B), second.id)).toMatchObject({ ok: false, error: { code: 'ALREADY_BOOKED' } });
  });
});
