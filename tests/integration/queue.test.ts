/**
 * The queue on the real in-memory store, on a moved clock: check-in rules, a morning of 20
 * patients called through, turn-near messages with consent, concurrent and repeated calls, and who
 * may see and do what.
 */
import type { OutboxDoc } from '../../backend/domain/messages/outbox';
import type { QueueEntryView, QueueStatus } from '../../miniprogram/shared/dto/queue';
import type { SlotView } from '../../miniprogram/shared/dto/booking';
import { shanghaiInstant } from '../../miniprogram/shared/time';
import { clinicCode } from '../../backend/domain/queue/clinic-code';
import { makePeople, requestIdOf, slotsOf } from '../support/booking-fixtures';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { deliver, payInSandbox, startPaidBooking } from '../support/payment-fixtures';

const DAY = '2026-11-28';
const DOCTOR = 'doc-zz-001';
const NURSE = 'demo-nurse-zz';
const KEY = { ownerId: DOCTOR, date: DAY, session: 'am' };
const at = (time: string) => shanghaiInstant(DAY, time);
let sys: LocalSystem;
let seq = 0;
const rid = () => requestIdOf(`q${++seq}`);

beforeEach(async () => {
  sys = await startLocalSystem();
});

interface Booked {
  openid: string;
  id: string;
  slot: SlotView;
}

/** `count` accounts each book and pay a place in 陈立民's morning of DAY, in slot order. */
async function bookMorning(count: number, prefix = 'queue'): Promise<Booked[]> {
  const people = await makePeople(sys, count, prefix);
  const slots = (await slotsOf(sys, DOCTOR, DAY)).filter((s) => s.status === 'open');
  const places = slots.flatMap((s) => Array.from({ length: s.remaining }, () => s));
  const booked: Booked[] = [];
  for (const [n, p] of people.entries()) {
    const slot = places[n];
    const { id } = await sys.ok<{ id: string }>('booking', p.openid, {
      action: 'book',
      slotId: slot.id,
      patientId: p.patientId,
      requestId: requestIdOf(`${prefix}${n}`),
    });
    const { order } = await sys.ok<{ order: { id: string } }>('orders', p.openid, { action: 'payAppointment', appointmentId: id });
    const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', p.openid, { action: 'pay', orderId: order.id });
    await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
    booked.push({ openid: p.openid, id, slot });
  }
  return booked;
}

async function code(departmentId = 'd-zz-cardio'): Promise<string> {
  return (await sys.ok<{ code: string }>('queue', NURSE, { action: 'areaCode', departmentId })).code;
}

const status = (b: Booked) => sys.ok<QueueStatus>('queue', b.openid, { action: 'status', appointmentId: b.id });
const entries = async (openid = NURSE) => (await sys.ok<{ entries: QueueEntryView[] }>('queue', openid, { action: 'sessionQueue', ...KEY })).entries;
const callNext = (openid = NURSE, requestId = rid()) => sys.ok<{ called: string | null }>('queue', openid, { action: 'callNext', ...KEY, requestId });

async function setQueueSettings(settings: Record<string, number>): Promise<void> {
  await sys.ports.db.update('hospitals', { _id: 'h-zzcentral' }, { set: { queue: settings } });
}

describe('check-in', () => {
  it('opens 60 minutes before the slot: too early says when, with the code it works, twice is harmless', async () => {
    const b = await startPaidBooking(sys);
    await deliver(sys, await payInSandbox(sys, b.outTradeNo));
    const slot = (await sys.ports.db.get<{ _id: string; start: number }>('appointments', b.appointmentId))!;
    const c = await code();
    sys.setNow(slot.start - 61 * 60_000);
    const early = await sys.call('queue', 'demo-patient', { action: 'checkIn', appointmentId: b.appointmentId, code: c });
    const opens = new Date(slot.start - 60 * 60_000 + 8 * 3600_000).toISOString().slice(11, 16);
    expect(early).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT', message: `还未到签到时间，${opens} 起可签到` } });
    sys.setNow(slot.start - 60 * 60_000);
    expect(await sys.call('queue', 'demo-patient', { action: 'checkIn', appointmentId: b.appointmentId, code: c })).toMatchObject({
      ok: true,
      data: { entry: { state: 'waiting', place: 1 } },
    });
    expect(await sys.call('queue', 'demo-patient', { action: 'checkIn', appointmentId: b.appointmentId, code: c })).toMatchObject({
      ok: true,
      data: { entry: { state: 'waiting', place: 1 } },
    });
    expect(await sys.ports.db.get('appointments', b.appointmentId)).toMatchObject({ status: 'checked_in' });
  });

  it('refuses an unpaid registration, another area or hospital, an edited code, no code, and after the window', async () => {
    const b = await startPaidBooking(sys);
    const a = (await sys.ports.db.get<{ _id: string; start: number }>('appointments', b.appointmentId))!;
    sys.setNow(a.start - 30 * 60_000);
    const good = await code();
    expect(await sys.call('queue', 'demo-patient', { action: 'checkIn', appointmentId: b.appointmentId, code: good })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: expect.stringContaining('未支付') },
    });
    await deliver(sys, await payInSandbox(sys, b.outTradeNo));
    const other = await code('d-zz-resp');
    const forged = clinicCode('another-hospital-key', { hospitalId: 'h-zzcentral', departmentId: 'd-zz-cardio' });
    const edited = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [other, forged, edited, 'pzq1.h-xinyang-county.d-zz-cardio.xxxx', 'hello']) {
      expect(await sys.call('queue', 'demo-patient', { action: 'checkIn', appointmentId: b.appointmentId, code: bad })).toMatchObject({
        ok: false,
        error: { code: 'STATE_CONFLICT', message: expect.stringContaining('不是本次就诊诊区的签到码') },
      });
    }
    expect(await sys.call('queue', 'demo-patient', { action: 'checkIn', appointmentId: b.appointmentId })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'code' },
    });
    sys.setNow(a.start + 31 * 60_000);
    expect(await sys.call('queue', 'demo-patient', { action: 'checkIn', appointmentId: b.appointmentId, code: good })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: expect.stringContaining('已超过签到时间') },
    });
    expect(await sys.ports.db.get('appointments', b.appointmentId)).toMatchObject({ status: 'booked' });
  });

  it('by location only where the hospital allows it, within its radius', async () => {
    const b = await startPaidBooking(sys);
    await deliver(sys, await payInSandbox(sys, b.outTradeNo));
    const a = (await sys.ports.db.get<{ _id: string; start: number }>('appointments', b.appointmentId))!;
    const h = (await sys.ports.db.get<{ _id: string; location: { latitude: number; longitude: number } }>('hospitals', 'h-zzcentral'))!;
    sys.setNow(a.start - 10 * 60_000);
    const near = { latitude: h.location.latitude + 0.001, longitude: h.location.longitude };
    expect(await sys.call('queue', 'demo-patient', { action: 'checkIn', appointmentId: b.appointmentId, location: near })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: expect.stringContaining('不支持定位签到') },
    });
    await setQueueSettings({ locationRadiusMeters: 300 });
    const far = { latitude: h.location.latitude + 0.01, longitude: h.location.longitude };
    expect(await sys.call('queue', 'demo-patient', { action: 'checkIn', appointmentId: b.appointmentId, location: far })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: expect.stringMatching(/距离医院约1\d{3}米/) },
    });
    expect(await sys.call('queue', 'demo-patient', { action: 'checkIn', appointmentId: b.appointmentId, location: near })).toMatchObject({ ok: true });
  });

  it('a cancelled appointment shows as closed, with its status', async () => {
    const b = await startPaidBooking(sys);
    await sys.ok('booking', 'demo-patient', { action: 'cancel', appointmentId: b.appointmentId });
    expect(await sys.ok('queue', 'demo-patient', { action: 'status', appointmentId: b.appointmentId })).toMatchObject({
      state: 'closed',
      stateLabel: '已取消',
    });
  });

  it("another account's appointment is NOT_FOUND, for check-in and for status", async () => {
    const b = await startPaidBooking(sys);
    for (const act of ['checkIn', 'status']) {
      expect(await sys.call('queue', 'demo-patient-2', { action: act, appointmentId: b.appointmentId, code: 'x' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
  });
});

describe('a morning of 20 patients', () => {
  it('check in out of order, are called in slot order; states and ahead right at every step; turn-near once each and called, sent at once, only with consent', async () => {
    await setQueueSettings({ checkInOpensMinutes: 240 });
    const booked = await bookMorning(20);
    for (const b of booked.slice(1))
      await sys.ok('reminders', b.openid, {
        action: 'consent',
        hospitalId: 'h-zzcentral',
        results: [
          { templateId: 'demo-turn-near', result: 'accept' },
          { templateId: 'demo-queue-called', result: 'accept' },
        ],
      });
    const c = await code();
    const arrival = [...booked].reverse();
    for (const [n, b] of arrival.entries()) {
      sys.setNow(at('07:40') + n * 60_000);
      await sys.ok('queue', b.openid, { action: 'checkIn', appointmentId: b.id, code: c });
    }
    const expected = [...booked].sort((x, y) => x.slot.start - y.slot.start || arrival.indexOf(x) - arrival.indexOf(y));
    expect((await entries()).map((e) => e.appointmentId)).toEqual(expected.map((b) => b.id));
    sys.setNow(at('08:00'));
    for (let k = 0; k <= expected.length; k++) {
      const { called } = await callNext();
      expect(called).toBe(k < expected.length ? expected[k].id : null);
      for (const [j, b] of expected.entries()) {
        const s = await status(b);
        if (j < k) expect(s).toMatchObject({ state: 'done', ahead: 0 });
        else if (j === k) expect(s).toMatchObject({ state: 'called', ahead: 0, room: '门诊楼2楼A区' });
        else expect(s).toMatchObject({ state: 'waiting', ahead: j - k - 1 });
        if (j > k) expect(s.etaMinutes.p90).toBeGreaterThanOrEqual(s.etaMinutes.p50);
      }
      if (k === expected.length) break;
      await sys.ok('queue', 'demo-doctor-zz', { action: 'startVisit', appointmentId: expected[k].id });
      sys.setNow(sys.ports.clock.now() + (6 + (k % 5)) * 60_000);
      await sys.ok('clinic', 'demo-doctor-zz', { action: 'completeVisit', appointmentId: expected[k].id, diagnosis: '原发性高血压' });
    }
    const near = await sys.ports.db.find<OutboxDoc>('outbox', { where: { kind: 'turn_near' }, limit: 100 });
    expect(near).toHaveLength(20);
    expect(new Set(near.map((m) => m.key)).size).toBe(20);
    const unconsented = near.find((m) => m.openid === booked[0].openid);
    expect(unconsented?.status).toBe('skipped');
    expect(near.filter((m) => m.status === 'sent')).toHaveLength(19);
    expect(await sys.ports.db.count('outbox', { kind: 'queue_called' })).toBe(20);
    expect(await sys.ports.db.count('outbox', { kind: 'queue_called', status: 'sent' })).toBe(19);
    expect(await sys.ports.db.count('outbox', { kind: { in: ['turn_near', 'queue_called'] }, status: 'queued' })).toBe(0);
    await sys.runTimer('reminders');
    expect(await sys.ports.db.count('outbox', { kind: 'turn_near', status: 'sent' })).toBe(19);
    expect(await sys.ports.db.count('consultations', { ownerId: DOCTOR })).toBe(20);
  });

  it('20 patients checking in at the same moment all join, in slot order', async () => {
    await setQueueSettings({ checkInOpensMinutes: 240 });
    const booked = await bookMorning(20);
    const c = await code();
    sys.setNow(at('07:40'));
    const answers = await Promise.all(booked.map((b) => sys.call('queue', b.openid, { action: 'checkIn', appointmentId: b.id, code: c })));
    expect(answers.filter((a) => !a.ok)).toEqual([]);
    const list = await entries();
    expect(list).toHaveLength(20);
    expect(list.map((e) => e.slotText)).toEqual(
      [...booked].sort((x, y) => x.slot.start - y.slot.start).map((b) => list.find((e) => e.appointmentId === b.id)?.slotText),
    );
  });

  it("the ETA learns the doctor's durations and says when it is uncertain", async () => {
    await setQueueSettings({ checkInOpensMinutes: 240 });
    const booked = await bookMorning(14);
    const c = await code();
    sys.setNow(at('07:40'));
    for (const b of booked) await sys.ok('queue', b.openid, { action: 'checkIn', appointmentId: b.id, code: c });
    const first = await status(booked[5]);
    expect(first.etaMinutes.uncertain).toBe(true);
    expect(first.etaText).toContain('仅供参考');
    for (let k = 0; k < 11; k++) {
      const { called } = await callNext();
      await sys.ok('queue', 'demo-doctor-zz', { action: 'startVisit', appointmentId: called });
      sys.setNow(sys.ports.clock.now() + 8 * 60_000);
      await sys.ok('clinic', 'demo-doctor-zz', { action: 'completeVisit', appointmentId: called, diagnosis: '原发性高血压' });
    }
    await callNext();
    const last = await status(booked[13]);
    expect(last).toMatchObject({ state: 'waiting', ahead: 1, etaMinutes: { p50: 16, p90: 16, uncertain: false } });
    expect(last.etaText).toBe('约 16 分钟');
  });
});

describe('calls', () => {
  async function checkedIn(count: number): Promise<Booked[]> {
    await setQueueSettings({ checkInOpensMinutes: 240 });
    const booked = await bookMorning(count);
    const c = await code();
    sys.setNow(at('07:40'));
    for (const b of booked) await sys.ok('queue', b.openid, { action: 'checkIn', appointmentId: b.id, code: c });
    sys.setNow(at('08:00'));
    return booked;
  }

  it('two nurses calling concurrently never call one patient twice; the same requestId calls once', async () => {
    await checkedIn(12);
    await sys.ok('staff', 'demo-admin-zz', { action: 'grant', hospitalId: 'h-zzcentral', openid: 'demo-nurse-2', name: '李护士', role: 'nurse' });
    await sys.ok('queue', 'demo-admin-zz', { action: 'assignAreas', hospitalId: 'h-zzcentral', openid: 'demo-nurse-2', departmentIds: ['d-zz-cardio'] });
    const same = rid();
    const answers = await Promise.all([
      ...Array.from({ length: 8 }, (_, n) => callNext(n % 2 === 0 ? NURSE : 'demo-nurse-2')),
      callNext(NURSE, same),
      callNext('demo-nurse-2', same),
      callNext(NURSE, same),
    ]);
    const called = answers.map((a) => a.called);
    const repeated = called.slice(8);
    expect(new Set(repeated).size).toBe(1);
    const distinct = [...called.slice(0, 8), repeated[0]];
    expect(distinct.every((id) => id !== null)).toBe(true);
    expect(new Set(distinct).size).toBe(9);
    const list = await entries();
    expect(list.filter((e) => e.state === 'called')).toHaveLength(9);
    expect(list.filter((e) => e.state === 'waiting')).toHaveLength(3);
  });

  it('skip moves the patient back 3 places, twice, then to the end; recall keeps them called', async () => {
    const booked = await checkedIn(8);
    const { called } = await callNext();
    expect(called).toBe(booked[0].id);
    expect(await sys.ok('queue', NURSE, { action: 'recall', appointmentId: booked[0].id, requestId: rid() })).toEqual({ recalled: booked[0].id });
    await sys.ok('queue', NURSE, { action: 'skip', appointmentId: booked[0].id, requestId: rid() });
    expect(await status(booked[0])).toMatchObject({ state: 'skipped', ahead: 3 });
    const again = rid();
    await sys.ok('queue', NURSE, { action: 'skip', appointmentId: booked[0].id, requestId: again });
    await sys.ok('queue', NURSE, { action: 'skip', appointmentId: booked[0].id, requestId: again });
    expect(await status(booked[0])).toMatchObject({ state: 'skipped', ahead: 6 });
    await sys.ok('queue', NURSE, { action: 'skip', appointmentId: booked[0].id, requestId: rid() });
    expect(await status(booked[0])).toMatchObject({ ahead: 7 });
    expect((await entries()).find((e) => e.appointmentId === booked[0].id)).toMatchObject({ skips: 3, place: 8, tags: ['过号3次'] });
    expect(await sys.call('queue', NURSE, { action: 'recall', appointmentId: booked[0].id, requestId: rid() })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT' },
    });
  });

  it('a late arrival checked in by the nurse goes after the on-time patients; priority first; 回诊 after the next', async () => {
    const booked = await checkedIn(6);
    const late = (await bookMorning(1, 'late'))[0];
    sys.setNow(late.slot.end + 60_000);
    expect(await sys.call('queue', late.openid, { action: 'checkIn', appointmentId: late.id, code: await code() })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT' },
    });
    await sys.ok('queue', NURSE, { action: 'checkInFor', appointmentId: late.id, requestId: rid() });
    expect((await entries()).map((e) => e.appointmentId)).toEqual([...booked.map((b) => b.id), late.id]);
    expect((await entries()).pop()).toMatchObject({ late: true, tags: ['迟到'] });
    await sys.ok('queue', NURSE, { action: 'setPriority', appointmentId: booked[4].id, priority: 'elderly80', reason: '患者85岁' });
    expect((await entries()).map((e) => e.appointmentId)[0]).toBe(booked[4].id);
    const { called } = await callNext();
    expect(called).toBe(booked[4].id);
    await sys.ok('queue', 'demo-doctor-zz', { action: 'startVisit', appointmentId: called });
    await sys.ok('clinic', 'demo-doctor-zz', { action: 'completeVisit', appointmentId: called, diagnosis: '高血压' });
    await sys.ok('queue', NURSE, { action: 'markReturning', appointmentId: booked[4].id });
    expect(
      (await entries())
        .filter((e) => e.place > 0)
        .map((e) => e.appointmentId)
        .slice(0, 3),
    ).toEqual([booked[0].id, booked[4].id, booked[1].id]);
  });

  it('a walk-in takes an add-on place once per request, joins the queue, and gets no messages', async () => {
    const booked = await checkedIn(3);
    const slot = booked[0].slot;
    expect(booked.every((b) => b.slot.id === slot.id)).toBe(true);
    const full = await sys.call('queue', NURSE, { action: 'addWalkIn', slotId: slot.id, patientName: '王大爷', requestId: rid() });
    expect(full).toMatchObject({ ok: false, error: { code: 'SLOT_FULL' } });
    await sys.ok('schedule', 'demo-scheduler-zz', { action: 'addOn', slotId: slot.id, count: 1, reason: '现场患者' });
    const request = rid();
    const first = await sys.ok<{ appointmentId: string; entry: QueueEntryView }>('queue', NURSE, {
      action: 'addWalkIn',
      slotId: slot.id,
      patientName: '王大爷',
      requestId: request,
    });
    const again = await sys.ok<{ appointmentId: string }>('queue', NURSE, { action: 'addWalkIn', slotId: slot.id, patientName: '王大爷', requestId: request });
    expect(again.appointmentId).toBe(first.appointmentId);
    expect(first.entry).toMatchObject({ patientName: '王大爷', state: 'waiting', place: 4 });
    expect(await sys.ports.db.get('slots', slot.id)).toMatchObject({ onlineRemaining: 0 });
    expect(await sys.ports.db.get('appointments', first.appointmentId)).toMatchObject({ status: 'checked_in', openid: '' });
    for (const b of booked) expect(await callNext()).toEqual({ called: b.id });
    expect(await callNext()).toEqual({ called: first.appointmentId });
    expect(await sys.ports.db.count('outbox', { appointmentId: first.appointmentId })).toBe(0);
  });

  it('a paused session refuses calls and patients see why', async () => {
    const booked = await checkedIn(2);
    await sys.ok('queue', NURSE, { action: 'pause', ...KEY, reason: '医生临时会诊，约20分钟' });
    expect(await sys.call('queue', NURSE, { action: 'callNext', ...KEY, requestId: rid() })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: expect.stringContaining('已暂停') },
    });
    expect(await status(booked[1])).toMatchObject({ pausedReason: '医生临时会诊，约20分钟' });
    await sys.ok('queue', NURSE, { action: 'resume', ...KEY });
    expect(await callNext()).toEqual({ called: booked[0].id });
  });
});

describe('who may act', () => {
  it('patients, other hospitals, unassigned nurses and other doctors are refused; doctors act on the day only', async () => {
    await setQueueSettings({ checkInOpensMinutes: 240 });
    const booked = await bookMorning(2);
    sys.setNow(at('07:40'));
    await sys.ok('queue', booked[0].openid, { action: 'checkIn', appointmentId: booked[0].id, code: await code() });
    for (const openid of [booked[0].openid, 'demo-editor-zz', 'demo-editor-xy', 'demo-scheduler-zz']) {
      expect(await sys.call('queue', openid, { action: 'callNext', ...KEY, requestId: rid() })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await sys.call('queue', openid, { action: 'sessionQueue', ...KEY })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    await sys.ports.db.update('nurseAreas', { openid: NURSE }, { set: { departmentIds: ['d-zz-resp'] } });
    expect(await sys.call('queue', NURSE, { action: 'callNext', ...KEY, requestId: rid() })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('诊区') },
    });
    expect(await sys.call('queue', NURSE, { action: 'checkInFor', appointmentId: booked[1].id, requestId: rid() })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await sys.ok('staff', 'demo-admin-zz', {
      action: 'grant',
      hospitalId: 'h-zzcentral',
      openid: 'demo-doctor-2',
      name: '郜雅琴',
      role: 'doctor',
      doctorId: 'doc-zz-002',
    });
    expect(await sys.call('queue', 'demo-doctor-2', { action: 'sessionQueue', ...KEY })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sys.call('queue', 'demo-doctor-zz', { action: 'sessionQueue', ...KEY })).toMatchObject({
      ok: true,
      data: { entries: [expect.objectContaining({ appointmentId: booked[0].id })] },
    });
    expect(
      await sys.call('staff', 'demo-admin-zz', { action: 'grant', hospitalId: 'h-zzcentral', openid: 'demo-doctor-3', name: '某医生', role: 'doctor' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'doctorId' } });
    sys.setNow(shanghaiInstant('2026-11-27', '09:00'));
    expect(await sys.call('queue', 'demo-doctor-zz', { action: 'sessionQueue', ...KEY })).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT' } });
  });

  it('the admin sets the check-in window; nurses read it; others cannot set it', async () => {
    const settings = { checkInOpensMinutes: 90, checkInClosesMinutes: 20, skipPlaces: 2, locationRadiusMeters: 500 };
    expect(await sys.call('queue', NURSE, { action: 'saveSettings', hospitalId: 'h-zzcentral', ...settings })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await sys.call('queue', 'demo-admin-zz', { action: 'saveSettings', hospitalId: 'h-zzcentral', ...settings, skipPlaces: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'skipPlaces' },
    });
    await sys.ok('queue', 'demo-admin-zz', { action: 'saveSettings', hospitalId: 'h-zzcentral', ...settings });
    expect(await sys.ok('queue', NURSE, { action: 'getSettings', hospitalId: 'h-zzcentral' })).toEqual({ settings });
    const b = await startPaidBooking(sys);
    await deliver(sys, await payInSandbox(sys, b.outTradeNo));
    const a = (await sys.ports.db.get<{ _id: string; start: number }>('appointments', b.appointmentId))!;
    sys.setNow(a.start - 80 * 60_000);
    expect(await sys.ok<QueueStatus>('queue', 'demo-patient', { action: 'status', appointmentId: b.appointmentId })).toMatchObject({
      state: 'not_checked_in',
      locationCheckIn: true,
      checkInOpensAt: a.start - 90 * 60_000,
    });
    expect(await sys.call('queue', 'demo-patient', { action: 'checkIn', appointmentId: b.appointmentId, code: await code() })).toMatchObject({ ok: true });
    expect(await sys.call('queue', 'demo-editor-xy', { action: 'getSettings', hospitalId: 'h-zzcentral' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it("today's sessions: the nurse's assigned areas, the doctor's own", async () => {
    sys.setNow(at('07:00'));
    const nurse = await sys.ok<{ sessions: Array<{ ownerId: string; departmentId: string }> }>('queue', NURSE, {
      action: 'mySessions',
      hospitalId: 'h-zzcentral',
      as: 'nurse',
    });
    expect(nurse.sessions.length).toBeGreaterThan(0);
    expect(nurse.sessions.every((s) => ['d-zz-cardio', 'd-zz-resp'].includes(s.departmentId))).toBe(true);
    const doctor = await sys.ok<{ sessions: Array<{ ownerId: string }> }>('queue', 'demo-doctor-zz', {
      action: 'mySessions',
      hospitalId: 'h-zzcentral',
      as: 'doctor',
    });
    expect(doctor.sessions.map((s) => s.ownerId)).toEqual(doctor.sessions.map(() => DOCTOR));
    expect(await sys.call('queue', 'demo-nurse-zz', { action: 'mySessions', hospitalId: 'h-zzcentral', as: 'doctor' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
