/** Schedulers: templates, settings, publishing, stop-clinic and add-on, on the real store. */
import { shanghaiInstant } from '../../miniprogram/shared/time';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { firstOpenSlot, requestIdOf, slotDoc, slotsOf } from '../support/booking-fixtures';

const ZZ = 'h-zzcentral';
const SCHEDULER = 'demo-scheduler-zz';
const CHEN = 'doc-zz-001';
let sys: LocalSystem;

beforeEach(async () => {
  sys = await startLocalSystem();
});

const template = (over: Record<string, unknown> = {}) => ({
  action: 'saveTemplate',
  hospitalId: ZZ,
  ownerType: 'doctor',
  ownerId: CHEN,
  weekday: 4,
  session: 'pm',
  startTime: '14:00',
  endTime: '16:00',
  slotMinutes: 20,
  capacity: 3,
  onsiteReserve: 1,
  feeFen: 3500,
  ...over,
});

describe('publishing', () => {
  it('a new template publishes its slots once; publishing twice creates nothing twice', async () => {
    await sys.ok('schedule', SCHEDULER, template());
    const first = await sys.ok<{ created: number; dates: string[] }>('schedule', SCHEDULER, { action: 'publish', hospitalId: ZZ, ownerId: CHEN });
    expect(first.created).toBe(6);
    expect(first.dates[0]).toBe('2026-11-25');
    const slots = await slotsOf(sys, CHEN, '2026-11-26');
    expect(slots.map((s) => s.startTime)).toEqual(['14:00', '14:20', '14:40', '15:00', '15:20', '15:40']);
    expect(slots[0]).toMatchObject({ capacity: 3, remaining: 2, feeText: '¥35.00', status: 'open' });
    const second = await sys.ok<{ created: number; updated: number }>('schedule', SCHEDULER, { action: 'publish', hospitalId: ZZ, ownerId: CHEN });
    expect(second).toMatchObject({ created: 0, updated: 0 });
  });

  it('a template change updates slots without bookings and never touches a slot with one', async () => {
    const booked = await firstOpenSlot(sys, CHEN, '2026-11-28');
    await sys.ok('booking', 'demo-patient', { action: 'book', slotId: booked.id, patientId: 'pat-demo-zhang', requestId: requestIdOf(1) });
    await sys.ok(
      'schedule',
      SCHEDULER,
      template({ weekday: 6, session: 'am', startTime: '08:00', endTime: '12:00', slotMinutes: 30, capacity: 4, onsiteReserve: 1, feeFen: 5000 }),
    );
    const result = await sys.ok<{ updated: number; keptBooked: number }>('schedule', SCHEDULER, { action: 'publish', hospitalId: ZZ, ownerId: CHEN });
    expect(result.updated).toBe(7);
    expect(result.keptBooked).toBe(1);
    const after = await slotsOf(sys, CHEN, '2026-11-28');
    expect(after.find((s) => s.id === booked.id)!.feeFen).toBe(3500);
    expect(after.filter((s) => s.id !== booked.id).every((s) => s.feeFen === 5000)).toBe(true);
  });

  it('refuses templates that break the rules, naming the field', async () => {
    for (const [over, field] of [
      [{ slotMinutes: 45 }, 'slotMinutes'],
      [{ slotMinutes: 25 }, 'slotMinutes'],
      [{ startTime: '12:00' }, 'startTime'],
      [{ endTime: '14:10' }, 'endTime'],
      [{ onsiteReserve: 4 }, 'onsiteReserve'],
      [{ ownerId: 'doc-xy-001' }, 'ownerId'],
      [{ feeFen: 12.5 }, 'feeFen'],
      [{ feeFen: -1 }, 'feeFen'],
    ] as const) {
      expect(await sys.call('schedule', SCHEDULER, template(over))).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field } });
    }
  });

  it('settings round-trip; a release time at night is refused', async () => {
    const settings = {
      action: 'saveSettings',
      hospitalId: ZZ,
      windowDays: 14,
      releaseTime: '07:30',
      cancelDeadlineMinutes: 60,
      holdMinutes: 10,
      dailyCap: 2,
      noShowCount: 3,
      noShowWithinDays: 90,
      noShowRestrictDays: 30,
    };
    await sys.ok('schedule', SCHEDULER, settings);
    expect(await sys.ok('schedule', SCHEDULER, { action: 'getSettings', hospitalId: ZZ })).toMatchObject({
      settings: { windowDays: 14, releaseTime: '07:30', dailyCap: 2 },
    });
    for (const releaseTime of ['22:00', '23:30', '00:00', '05:59']) {
      expect(await sys.call('schedule', SCHEDULER, { ...settings, releaseTime })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED', field: 'releaseTime' },
      });
    }
    expect((await sys.call('schedule', SCHEDULER, { ...settings, releaseTime: '06:00' })).ok).toBe(true);
    const published = await sys.ok<{ dates: string[] }>('schedule', SCHEDULER, { action: 'publish', hospitalId: ZZ, ownerId: CHEN });
    expect(published.dates).toHaveLength(15);
  });

  it('saved settings rule the very next booking (a daily cap of one)', async () => {
    await sys.ok('schedule', SCHEDULER, {
      action: 'saveSettings',
      hospitalId: ZZ,
      windowDays: 7,
      releaseTime: '08:00',
      cancelDeadlineMinutes: 120,
      holdMinutes: 30,
      dailyCap: 1,
      noShowCount: 3,
      noShowWithinDays: 90,
      noShowRestrictDays: 30,
    });
    const slots = await sys.ports.db.find<{ _id: string; ownerId: string }>('slots', {
      where: { date: '2026-11-26', ownerType: 'doctor', hospitalId: ZZ },
      limit: 100,
    });
    const [a, b] = [...new Map(slots.map((x) => [x.ownerId, x])).values()];
    const first = await sys.ok<{ appointment: { holdUntil: number } }>('booking', 'demo-patient', {
      action: 'book',
      slotId: a._id,
      patientId: 'pat-demo-zhang',
      requestId: requestIdOf(1),
    });
    expect(first.appointment.holdUntil - Date.parse('2026-11-25T01:30:00Z')).toBe(30 * 60_000);
    expect(await sys.call('booking', 'demo-patient', { action: 'book', slotId: b._id, patientId: 'pat-demo-zhang', requestId: requestIdOf(2) })).toMatchObject({
      ok: false,
      error: { code: 'LIMIT_REACHED' },
    });
  });

  it('the nightly timer publishes the day that entered the window', async () => {
    sys.setNow(shanghaiInstant('2026-11-26', '00:05'));
    expect(await sys.ports.db.count('slots', { date: '2026-12-03' })).toBe(0);
    await sys.runTimer('schedule');
    expect(await sys.ports.db.count('slots', { date: '2026-12-03' })).toBeGreaterThan(0);
  });
});

describe('stop-clinic and add-on', () => {
  it('stopping a session cancels every appointment, notifies each patient once, and owes refunds for paid ones', async () => {
    const slots = (await slotsOf(sys, CHEN, '2026-11-28')).filter((s) => s.status === 'open');
    const a = await sys.ok<{ id: string }>('booking', 'demo-patient', {
      action: 'book',
      slotId: slots[0].id,
      patientId: 'pat-demo-zhang',
      requestId: requestIdOf(1),
    });
    const b = await sys.ok<{ id: string }>('booking', 'demo-patient-2', {
      action: 'book',
      slotId: slots[1].id,
      patientId: 'pat-demo2-li',
      requestId: requestIdOf(2),
    });
    await sys.ports.db.update('appointments', { _id: b.id }, { set: { status: 'booked', holdUntil: null } });
    const stop = { action: 'stopClinic', ownerId: CHEN, date: '2026-11-28', session: 'am', reason: '医生外出会诊' };
    const result = await sys.ok('schedule', SCHEDULER, stop);
    expect(result).toEqual({ slotsStopped: 8, appointmentsCancelled: 2, noticesSent: 2, refundsOwed: 1, status: 'done', remaining: 0 });
    expect(await sys.ports.db.get('appointments', a.id)).toMatchObject({ status: 'cancelled', cancelReason: '停诊：医生外出会诊', refund: 'none' });
    expect(await sys.ports.db.get('appointments', b.id)).toMatchObject({ status: 'cancelled', refund: 'owed' });
    expect(await sys.ok('schedule', SCHEDULER, stop)).toEqual(result);
    const outbox = await sys.ports.db.find<{ _id: string; openid: string; kind: string }>('outbox', { where: { kind: 'stop_clinic' }, limit: 100 });
    expect(outbox.map((m) => m.openid).sort()).toEqual(['demo-patient', 'demo-patient-2']);
    expect((await slotsOf(sys, CHEN, '2026-11-28')).every((s) => s.status === 'stopped')).toBe(true);
    const mine = await sys.ok<{ appointments: Array<{ statusLabel: string; refundText: string }> }>('booking', 'demo-patient-2', {
      action: 'get',
      appointmentId: b.id,
    });
    expect(mine).toMatchObject({ appointment: { statusLabel: '已取消', refundText: '退款处理中' } });
    const staffView = await sys.ok<{ slots: Array<{ state: string; remaining: number }> }>('schedule', SCHEDULER, {
      action: 'sessionSlots',
      ownerId: CHEN,
      date: '2026-11-28',
      session: 'am',
    });
    expect(staffView.slots.map((s) => `${s.state}:${s.remaining}`)).toEqual(Array(8).fill('stopped:0'));
  });

  it('add-on adds places and records who and when', async () => {
    const slot = await firstOpenSlot(sys, CHEN, '2026-11-28');
    const res = await sys.ok<{ slot: { capacity: number; remaining: number; addOnCount: number } }>('schedule', 'demo-doctor-zz', {
      action: 'addOn',
      slotId: slot.id,
      count: 2,
      reason: '复诊患者加号',
    });
    expect(res.slot).toMatchObject({ capacity: slot.capacity + 2, remaining: slot.remaining + 2, addOnCount: 2 });
    expect((await slotDoc(sys, slot.id)).addOns).toEqual([{ by: 'demo-doctor-zz', at: expect.any(Number), count: 2, reason: '复诊患者加号' }]);
  });
});

describe('authorization', () => {
  it('patients and editors cannot call scheduling actions; a scheduler of one hospital cannot touch another', async () => {
    const slot = await firstOpenSlot(sys, CHEN, '2026-11-28');
    const events = [
      template(),
      { action: 'publish', hospitalId: ZZ },
      { action: 'listTemplates', hospitalId: ZZ },
      { action: 'getSettings', hospitalId: ZZ },
      { action: 'stopClinic', ownerId: CHEN, date: '2026-11-28', session: 'am', reason: '测试' },
      { action: 'addOn', slotId: slot.id, count: 1, reason: '测试' },
    ];
    for (const openid of ['demo-patient', 'demo-editor-zz']) {
      for (const event of events) expect(await sys.call('schedule', openid, event)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await sys.call('schedule', SCHEDULER, { action: 'publish', hospitalId: 'h-xinyang-county' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const county = (await sys.ports.db.find<{ _id: string }>('slots', { where: { hospitalId: 'h-xinyang-county' }, limit: 1 }))[0];
    expect(await sys.call('schedule', SCHEDULER, { action: 'addOn', slotId: county._id, count: 1, reason: '测试' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await slotDoc(sys, slot.id)).state).toBe('open');
  });

  it("a doctor adds places to and lists the slots of their own sessions only, not another doctor's", async () => {
    const other = await firstOpenSlot(sys, 'doc-zz-002', '2026-11-26');
    const addOn = await sys.call('schedule', 'demo-doctor-zz', { action: 'addOn', slotId: other.id, count: 1, reason: '复诊患者加号' });
    expect(addOn).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await slotDoc(sys, other.id)).addOns).toEqual([]);
    const session = { action: 'sessionSlots', ownerId: 'doc-zz-002', date: '2026-11-26', session: other.session };
    expect(await sys.call('schedule', 'demo-doctor-zz', session)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sys.call('schedule', SCHEDULER, session)).toMatchObject({ ok: true });
    const own = await firstOpenSlot(sys, CHEN, '2026-11-28');
    expect(await sys.call('schedule', 'demo-doctor-zz', { action: 'sessionSlots', ownerId: CHEN, date: '2026-11-28', session: own.session })).toMatchObject({
      ok: true,
    });
  });

  it('a nurse adds places to and lists the sessions of the areas assigned to them only (心血管内科 and 呼吸内科 in the demo)', async () => {
    const slots = await sys.ports.db.find<{ _id: string; ownerId: string; session: string; departmentId: string; booked: number }>('slots', {
      where: { hospitalId: ZZ, ownerType: 'doctor', date: '2026-11-26' },
      limit: 500,
    });
    const elsewhere = slots.find((x) => !['d-zz-cardio', 'd-zz-resp'].includes(x.departmentId) && x.booked === 0);
    if (!elsewhere) throw new Error('no session outside the nurse areas on 2026-11-26');
    expect(await sys.call('schedule', 'demo-nurse-zz', { action: 'addOn', slotId: elsewhere._id, count: 1, reason: '复诊患者加号' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await sys.call('schedule', 'demo-nurse-zz', { action: 'sessionSlots', ownerId: elsewhere.ownerId, date: '2026-11-26', session: elsewhere.session }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const mine = await firstOpenSlot(sys, CHEN, '2026-11-28');
    expect(await sys.call('schedule', 'demo-nurse-zz', { action: 'addOn', slotId: mine.id, count: 1, reason: '复诊患者加号' })).toMatchObject({ ok: true });
  });
});

describe('stopped sessions', () => {
  it('a stopped slot gives its cancelled places back, and publishing reports it as stopped, not booked', async () => {
    const slot = await firstOpenSlot(sys, CHEN, '2026-11-30');
    await sys.ok('booking', 'demo-patient', { action: 'book', slotId: slot.id, patientId: 'pat-demo-zhang', requestId: requestIdOf(1) });
    await sys.ok('schedule', SCHEDULER, { action: 'stopClinic', ownerId: CHEN, date: '2026-11-30', session: 'am', reason: '停诊' });
    expect(await slotDoc(sys, slot.id)).toMatchObject({ booked: 0, state: 'stopped' });
    await sys.ok(
      'schedule',
      SCHEDULER,
      template({ weekday: 1, session: 'am', startTime: '08:00', endTime: '12:00', slotMinutes: 30, capacity: 4, onsiteReserve: 1, feeFen: 4000 }),
    );
    const result = await sys.ok<{ keptBooked: number; keptStopped: number }>('schedule', SCHEDULER, { action: 'publish', hospitalId: ZZ, ownerId: CHEN });
    expect(result).toMatchObject({ keptBooked: 0, keptStopped: 8 });
  });
});
