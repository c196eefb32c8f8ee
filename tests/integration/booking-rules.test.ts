/** Every booking rule on the real store, with the clock frozen at Wednesday 2026-11-25 09:30 Asia/Shanghai. */
import { shanghaiInstant } from '../../miniprogram/shared/time';
import { FROZEN_NOW, startLocalSystem, type LocalSystem } from '../support/local-system';
import { firstOpenSlot, requestIdOf, slotDoc, slotsOf } from '../support/booking-fixtures';

const CHEN = 'doc-zz-001'; // 心血管内科, ¥35: Mon am, Wed pm, Sat am
const ME = 'demo-patient';
const ZHANG = 'pat-demo-zhang';
const MOTHER = 'pat-demo-zhang-mother';
let sys: LocalSystem;
let seq = 0;
const rid = () => requestIdOf(++seq);

async function geriatrician(index = 0): Promise<string> {
  return (await sys.ok<{ doctors: Array<{ id: string }> }>('content', null, { action: 'listDoctors', hospitalId: 'h-zzcentral', departmentId: 'd-zz-geri' }))
    .doctors[index].id;
}

async function openDay(doctorId: string): Promise<string> {
  const { schedule } = await sys.ok<{ schedule: { days: Array<{ date: string; sessions: Array<{ status: string }> }> } }>('booking', null, {
    action: 'doctorSchedule',
    doctorId,
  });
  return schedule.days.find((d) => d.sessions.some((s) => s.status === 'open'))!.date;
}

function book(slotId: string, patientId = ZHANG, openid = ME, requestId = rid()) {
  return sys.call<{ id: string; status: string; appointment: { holdUntil: number | null; feeText: string } }>('booking', openid, {
    action: 'book',
    slotId,
    patientId,
    requestId,
  });
}

beforeEach(async () => {
  sys = await startLocalSystem();
});

describe('booking', () => {
  it('a paid slot is held as pending_payment for 15 minutes and takes one place', async () => {
    const slot = await firstOpenSlot(sys, CHEN, '2026-11-28');
    const res = await book(slot.id);
    expect(res).toMatchObject({ ok: true, data: { status: 'pending_payment', appointment: { holdUntil: FROZEN_NOW + 15 * 60_000, feeText: '¥35.00' } } });
    expect((await slotDoc(sys, slot.id)).onlineRemaining).toBe(slot.remaining - 1);
  });

  it('a free slot is booked at once', async () => {
    const doctor = await geriatrician();
    const slot = await firstOpenSlot(sys, doctor, await openDay(doctor));
    expect(await book(slot.id)).toMatchObject({ ok: true, data: { status: 'booked' } });
  });

  it('the same requestId twice answers the first appointment and takes one place', async () => {
    const slot = await firstOpenSlot(sys, CHEN, '2026-11-28');
    const requestId = rid();
    const a = await book(slot.id, ZHANG, ME, requestId);
    const b = await book(slot.id, ZHANG, ME, requestId);
    expect(a.ok && b.ok && a.data.id === b.data.id).toBe(true);
    expect((await slotDoc(sys, slot.id)).onlineRemaining).toBe(slot.remaining - 1);
  });

  it('one appointment per patient per doctor per half-day; the place goes back', async () => {
    const [first, second] = (await slotsOf(sys, CHEN, '2026-11-28')).filter((s) => s.status === 'open');
    await book(first.id);
    expect(await book(second.id)).toMatchObject({ ok: false, error: { code: 'ALREADY_BOOKED' } });
    expect((await slotDoc(sys, second.id)).onlineRemaining).toBe(second.remaining);
    expect(await book(second.id, MOTHER)).toMatchObject({ ok: true });
  });

  it('at most three appointments per patient per day', async () => {
    const sat = '2026-11-26';
    const slots = await sys.ports.db.find<{ _id: string; ownerId: string }>('slots', {
      where: { date: sat, ownerType: 'doctor', hospitalId: 'h-zzcentral' },
      limit: 100,
    });
    const ids = [...new Set(slots.map((s) => s.ownerId))].slice(0, 4);
    expect(ids).toHaveLength(4);
    const results = [];
    for (const id of ids) results.push(await book((await firstOpenSlot(sys, id, sat)).id));
    expect(results.slice(0, 3).every((r) => r.ok)).toBe(true);
    expect(results[3]).toMatchObject({ ok: false, error: { code: 'LIMIT_REACHED' } });
  });

  it('the window opens each day at the release time', async () => {
    const farDay = '2026-12-02';
    sys.setNow(shanghaiInstant('2026-11-25', '07:59'));
    const slot = (await slotsOf(sys, CHEN, farDay))[0];
    expect(slot.status).toBe('not_released');
    expect(await book(slot.id)).toMatchObject({ ok: false, error: { code: 'OUTSIDE_BOOKING_WINDOW' } });
    sys.setNow(shanghaiInstant('2026-11-25', '08:00'));
    expect((await slotsOf(sys, CHEN, farDay))[0].status).toBe('open');
    expect(await book(slot.id)).toMatchObject({ ok: true });
  });

  it('a slot that has started cannot be booked', async () => {
    const slot = await firstOpenSlot(sys, CHEN, '2026-11-25');
    sys.setNow(slot.start);
    expect(await book(slot.id)).toMatchObject({ ok: false, error: { code: 'OUTSIDE_BOOKING_WINDOW' } });
  });

  it('places kept for on-site patients are not bookable online', async () => {
    const slot = await firstOpenSlot(sys, CHEN, '2026-11-28');
    const doc = await slotDoc(sys, slot.id);
    expect(doc.onsiteReserve).toBe(1);
    expect(slot.remaining).toBe(doc.capacity - 1);
    await sys.ports.db.update('slots', { _id: slot.id }, { set: { onlineRemaining: 0, booked: doc.capacity - 1 } });
    expect((await slotsOf(sys, CHEN, '2026-11-28')).find((s) => s.id === slot.id)).toMatchObject({ status: 'full', remaining: 0 });
    expect(await book(slot.id)).toMatchObject({ ok: false, error: { code: 'SLOT_FULL' } });
  });

  it('three no-shows in 90 days restrict booking for 30 days', async () => {
    const day = 86_400_000;
    const noShows = [40, 20, 5].map((d, i) => ({ appointmentId: `old-${i}`, at: FROZEN_NOW - d * day }));
    await sys.ports.db.update('patients', { _id: ZHANG }, { set: { noShows } });
    const slot = await firstOpenSlot(sys, CHEN, '2026-11-28');
    expect(await book(slot.id)).toMatchObject({ ok: false, error: { code: 'LIMIT_REACHED', message: expect.stringContaining('爽约') } });
    await sys.ports.db.update('patients', { _id: ZHANG }, { set: { noShows: noShows.slice(1) } });
    expect(await book(slot.id)).toMatchObject({ ok: true });
  });

  it('a stopped session cannot be booked; exam slots are booked from exam orders only', async () => {
    const slot = await firstOpenSlot(sys, CHEN, '2026-11-28');
    await sys.ports.db.update('slots', { _id: slot.id }, { set: { state: 'stopped' } });
    expect(await book(slot.id)).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT' } });
    const ct = (
      await sys.ok<{ slots: Array<{ id: string; status: string }> }>('booking', ME, {
        action: 'listResourceSlots',
        resourceId: 'res-zz-ct',
        date: '2026-11-26',
      })
    ).slots.find((s) => s.status === 'open')!;
    expect(await book(ct.id)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'slotId' } });
  });

  it('unknown slots and other accounts’ patients answer NOT_FOUND', async () => {
    const slot = await firstOpenSlot(sys, CHEN, '2026-11-28');
    expect(await book('slot-none')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await book(slot.id, 'pat-demo2-li')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await sys.call('booking', null, { action: 'book', slotId: slot.id, patientId: ZHANG, requestId: rid() })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('cancelling', () => {
  it('the owner cancels before the deadline; the place returns once', async () => {
    const slot = await firstOpenSlot(sys, CHEN, '2026-11-28');
    const res = await book(slot.id);
    if (!res.ok) throw new Error('booking failed');
    const results = await Promise.all([1, 2, 3].map(() => sys.call('booking', ME, { action: 'cancel', appointmentId: res.data.id })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await slotDoc(sys, slot.id)).onlineRemaining).toBe(slot.remaining);
    const again = await book(slot.id);
    expect(again.ok).toBe(true);
  });

  it('a booked appointment cannot be cancelled online within 120 minutes of its start', async () => {
    const doctor = await geriatrician();
    const day = await openDay(doctor);
    const slot = await firstOpenSlot(sys, doctor, day);
    const res = await book(slot.id);
    if (!res.ok) throw new Error('booking failed');
    sys.setNow(slot.start - 119 * 60_000);
    expect(await sys.call('booking', ME, { action: 'cancel', appointmentId: res.data.id })).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT' } });
    sys.setNow(slot.start - 121 * 60_000);
    expect(await sys.call('booking', ME, { action: 'cancel', appointmentId: res.data.id })).toMatchObject({
      ok: true,
      data: { appointment: { status: 'cancelled' } },
    });
  });

  it("nobody sees or cancels another account's appointment", async () => {
    const slot = await firstOpenSlot(sys, CHEN, '2026-11-28');
    const res = await book(slot.id);
    if (!res.ok) throw new Error('booking failed');
    for (const action of ['cancel', 'get']) {
      expect(await sys.call('booking', 'demo-patient-2', { action, appointmentId: res.data.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    const mine = await sys.ok<{ appointments: unknown[] }>('booking', 'demo-patient-2', { action: 'mine' });
    expect(mine.appointments).toHaveLength(0);
    const own = await sys.ok<{ appointments: Array<{ id: string; timeText: string }> }>('booking', ME, { action: 'mine', status: 'active' });
    expect(own.appointments.map((a) => a.id)).toEqual([res.data.id]);
    expect(own.appointments[0].timeText).toMatch(/^2026-11-28 周六 上午 \d\d:\d\d-\d\d:\d\d$/);
  });
});

describe('exam booking', () => {
  it('books a room of the ordered kind once, with its preparation notes', async () => {
    const { order, schedules } = await sys.ok<{
      order: { prepNotes: string[] };
      schedules: Array<{ ownerId: string; days: Array<{ date: string; sessions: Array<{ status: string }> }> }>;
    }>('booking', ME, {
      action: 'examSchedule',
      examOrderId: 'exo-demo-us',
    });
    expect(order.prepNotes.join()).toContain('空腹');
    const day = schedules[0].days.find((d) => d.sessions.some((s) => s.status === 'open'))!.date;
    const slots = (
      await sys.ok<{ slots: Array<{ id: string; status: string }> }>('booking', ME, {
        action: 'listResourceSlots',
        resourceId: schedules[0].ownerId,
        date: day,
      })
    ).slots.filter((s) => s.status === 'open');
    const first = await sys.call<{ status: string; appointment: { prepNotes: string[] } }>('booking', ME, {
      action: 'bookExam',
      examOrderId: 'exo-demo-us',
      slotId: slots[0].id,
      requestId: rid(),
    });
    expect(first).toMatchObject({ ok: true, data: { status: 'booked', appointment: { prepNotes: order.prepNotes } } });
    expect(await sys.call('booking', ME, { action: 'bookExam', examOrderId: 'exo-demo-us', slotId: slots[1].id, requestId: rid() })).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_BOOKED' },
    });
    const ct = (
      await sys.ok<{ slots: Array<{ id: string; status: string }> }>('booking', ME, { action: 'listResourceSlots', resourceId: 'res-zz-ct', date: day })
    ).slots.find((s) => s.status === 'open')!;
    expect(await sys.call('booking', ME, { action: 'bookExam', examOrderId: 'exo-demo-gastro', slotId: ct.id, requestId: rid() })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'slotId' },
    });
    expect(await sys.call('booking', 'demo-patient-2', { action: 'bookExam', examOrderId: 'exo-demo-ct', slotId: ct.id, requestId: rid() })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const orders = await sys.ok<{ orders: Array<{ id: string; status: string }> }>('booking', ME, { action: 'examOrders' });
    expect(orders.orders.find((o) => o.id === 'exo-demo-us')!.status).toBe('scheduled');
  });
});

describe('who a department serves', () => {
  async function doctorOf(departmentId: string): Promise<string> {
    return (await sys.ok<{ doctors: Array<{ id: string }> }>('content', null, { action: 'listDoctors', hospitalId: 'h-zzcentral', departmentId })).doctors[0]
      .id;
  }
  async function openSlotOf(departmentId: string) {
    const doctor = await doctorOf(departmentId);
    return firstOpenSlot(sys, doctor, await openDay(doctor));
  }

  it('refuses an 84-year-old in 儿科 with the reason and the adult department, writing nothing', async () => {
    const slot = await openSlotOf('d-zz-peds');
    const res = await book(slot.id, MOTHER);
    expect(res).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        field: 'patientId',
        message: '儿科只接诊14岁以下的儿童，王秀兰今年84岁，不能在此科室预约。建议改挂老年医学科或呼吸内科。',
      },
    });
    expect((await slotDoc(sys, slot.id)).onlineRemaining).toBe(slot.remaining);
    expect(await sys.ports.db.count('appointments', { patientId: MOTHER })).toBe(0);
  });

  it('refuses a man in 妇科 and 产科 and suggests 泌尿外科', async () => {
    for (const department of ['d-zz-gyn', 'd-zz-obs']) {
      const res = await book((await openSlotOf(department)).id, ZHANG);
      expect(res).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION_FAILED',
          field: 'patientId',
          message: expect.stringMatching(/^(妇科|产科)只接诊女性，张建国为男性，不能在此科室预约。建议改挂泌尿外科。$/),
        },
      });
    }
  });

  it('books a child into 儿科 and a woman into 妇科', async () => {
    const peds = await openSlotOf('d-zz-peds');
    expect(await book(peds.id, 'pat-demo2-li-child', 'demo-patient-2')).toMatchObject({ ok: true });
    expect(await book((await openSlotOf('d-zz-gyn')).id, MOTHER)).toMatchObject({ ok: true });
  });

  it('tells the confirm page who the doctor’s department serves', async () => {
    const { doctor } = await sys.ok<{ doctor: { serves: unknown } }>('content', null, { action: 'getDoctor', doctorId: await doctorOf('d-zz-peds') });
    expect(doctor.serves).toMatchObject({
      maxAge: 13,
      label: '14岁以下的儿童',
      instead: [{ id: 'd-zz-geri', name: '老年医学科' }, { id: 'd-zz-resp' }, { id: 'd-zz-gastro' }],
    });
    expect((await sys.ok<{ doctor: { serves: unknown } }>('content', null, { action: 'getDoctor', doctorId: CHEN })).doctor.serves).toBeNull();
  });
});
