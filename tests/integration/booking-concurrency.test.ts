/** Exactness under bursts and races: no place is sold twice and none is returned twice. */
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { firstOpenSlot, makePeople, requestIdOf, slotDoc } from '../support/booking-fixtures';

const CHEN = 'doc-zz-001';
let sys: LocalSystem;

beforeEach(async () => {
  sys = await startLocalSystem();
});

async function slotWithPlaces(places: number): Promise<string> {
  const slot = await firstOpenSlot(sys, CHEN, '2026-11-28');
  await sys.ports.db.update('slots', { _id: slot.id }, { set: { capacity: places, onsiteReserve: 0, onlineRemaining: places, booked: 0 } });
  return slot.id;
}

describe('bursts', () => {
  it('500 concurrent attempts at a slot of capacity 5 book exactly 5', async () => {
    const slotId = await slotWithPlaces(5);
    const people = await makePeople(sys, 500);
    const results = await Promise.all(
      people.map((p, i) => sys.call('booking', p.openid, { action: 'book', slotId, patientId: p.patientId, requestId: requestIdOf(i) })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.error.code === 'SLOT_FULL')).toHaveLength(495);
    expect(await sys.ports.db.count('appointments', { slotId })).toBe(5);
    expect(await slotDoc(sys, slotId)).toMatchObject({ onlineRemaining: 0, booked: 5 });
  });

  it('one patient racing two requests for one session gets one appointment', async () => {
    const slotId = await slotWithPlaces(5);
    const results = await Promise.all(
      [1, 2].map((n) => sys.call('booking', 'demo-patient', { action: 'book', slotId, patientId: 'pat-demo-zhang', requestId: requestIdOf(n) })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'ALREADY_BOOKED' } });
    expect(await slotDoc(sys, slotId)).toMatchObject({ onlineRemaining: 4, booked: 1 });
  });

  it('one patient racing ten doctors on one day gets the daily cap of three', async () => {
    const day = '2026-11-26';
    const slots = await sys.ports.db.find<{ _id: string; ownerId: string; onlineRemaining: number }>('slots', {
      where: { date: day, ownerType: 'doctor', hospitalId: 'h-zzcentral', onlineRemaining: { gt: 0 } },
      limit: 100,
    });
    const perDoctor = [...new Map(slots.map((s) => [s.ownerId, s])).values()].slice(0, 10);
    expect(perDoctor).toHaveLength(10);
    const results = await Promise.all(
      perDoctor.map((s, i) => sys.call('booking', 'demo-patient', { action: 'book', slotId: s._id, patientId: 'pat-demo-zhang', requestId: requestIdOf(i) })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok && r.error.code === 'LIMIT_REACHED')).toHaveLength(7);
    for (const s of perDoctor) {
      const booked = await sys.ports.db.count('appointments', { slotId: s._id });
      expect((await slotDoc(sys, s._id)).onlineRemaining).toBe(s.onlineRemaining - booked);
    }
  });
});

describe('races that return a place', () => {
  async function pendingAppointment(): Promise<{ id: string; slotId: string; before: number }> {
    const slot = await firstOpenSlot(sys, CHEN, '2026-11-28');
    const res = await sys.ok<{ id: string }>('booking', 'demo-patient', {
      action: 'book',
      slotId: slot.id,
      patientId: 'pat-demo-zhang',
      requestId: requestIdOf(9),
    });
    return { id: res.id, slotId: slot.id, before: slot.remaining };
  }

  it('the expiry timer run twice releases an unpaid hold once', async () => {
    const a = await pendingAppointment();
    sys.setNow(Date.parse('2026-11-25T01:46:00Z'));
    await Promise.all([sys.runTimer('booking'), sys.runTimer('booking')]);
    await sys.runTimer('booking');
    expect(await sys.ports.db.get('appointments', a.id)).toMatchObject({ status: 'expired' });
    expect((await slotDoc(sys, a.slotId)).onlineRemaining).toBe(a.before);
  });

  it('expiry racing a cancel returns the place once', async () => {
    const a = await pendingAppointment();
    sys.setNow(Date.parse('2026-11-25T01:46:00Z'));
    const [, cancel] = await Promise.all([sys.runTimer('booking'), sys.call('booking', 'demo-patient', { action: 'cancel', appointmentId: a.id })]);
    const final = await sys.ports.db.get<{ _id: string; status: string }>('appointments', a.id);
    expect(['expired', 'cancelled']).toContain(final!.status);
    if (final!.status === 'expired') expect(cancel.ok).toBe(false);
    expect((await slotDoc(sys, a.slotId)).onlineRemaining).toBe(a.before);
  });

  it('a hold is not released before its time', async () => {
    const a = await pendingAppointment();
    sys.setNow(Date.parse('2026-11-25T01:44:00Z'));
    await sys.runTimer('booking');
    expect(await sys.ports.db.get('appointments', a.id)).toMatchObject({ status: 'pending_payment' });
  });
});

describe('no-shows', () => {
  it('a booked patient who does not come is marked once and counted once on the person', async () => {
    const slot = await firstOpenSlot(sys, CHEN, '2026-11-28');
    const res = await sys.ok<{ id: string }>('booking', 'demo-patient', {
      action: 'book',
      slotId: slot.id,
      patientId: 'pat-demo-zhang',
      requestId: requestIdOf(1),
    });
    await sys.ports.db.update('appointments', { _id: res.id }, { set: { status: 'booked', holdUntil: null } });
    sys.setNow(slot.end + 29 * 60_000);
    await sys.runTimer('booking');
    expect(await sys.ports.db.get('appointments', res.id)).toMatchObject({ status: 'booked' });
    sys.setNow(slot.end + 31 * 60_000);
    await Promise.all([sys.runTimer('booking'), sys.runTimer('booking')]);
    await sys.runTimer('booking');
    expect(await sys.ports.db.get('appointments', res.id)).toMatchObject({ status: 'no_show', noShowCounted: true });
    const records = await sys.ports.db.find<{ _id: string; hospitalId: string; noShows: unknown[] }>('personRecords');
    expect(records).toMatchObject([{ hospitalId: 'h-zzcentral', noShows: [{ appointmentId: res.id, at: slot.end }] }]);
  });
});
