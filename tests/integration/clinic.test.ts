/** The consulting room: check-in, completing a visit, and the HIS orders it produces, paid in the sandbox. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpHis } from '../../backend/adapters/cloud/http-his';
import { DemoHis } from '../../backend/adapters/local/demo-his';
import { hisWith } from '../support/his-stub';
import type { Doc } from '../../backend/ports';
import { shanghaiInstant } from '../../miniprogram/shared/time';
import { firstOpenSlot, requestIdOf } from '../support/booking-fixtures';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { deliver, orderDoc, payInSandbox, startPaidBooking } from '../support/payment-fixtures';

let sys: LocalSystem;

beforeEach(async () => {
  sys = await startLocalSystem();
});

/** A paid booking on 2026-11-28; the clock moves to that morning, when the doctor may complete it. */
async function paidAndBooked(): Promise<string> {
  const b = await startPaidBooking(sys);
  await deliver(sys, await payInSandbox(sys, b.outTradeNo));
  sys.setNow(shanghaiInstant('2026-11-28', '10:00'));
  return b.appointmentId;
}

describe('clinic', () => {
  it('a nurse checks a paid patient in; an unpaid one is refused', async () => {
    const b = await startPaidBooking(sys);
    expect(await sys.call('clinic', 'demo-nurse-zz', { action: 'checkIn', appointmentId: b.appointmentId })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: expect.stringContaining('未支付') },
    });
    await deliver(sys, await payInSandbox(sys, b.outTradeNo));
    expect(await sys.call('clinic', 'demo-nurse-zz', { action: 'checkIn', appointmentId: b.appointmentId })).toMatchObject({
      ok: true,
      data: { status: 'checked_in' },
    });
    expect(await sys.call('clinic', 'demo-nurse-zz', { action: 'checkIn', appointmentId: b.appointmentId })).toMatchObject({ ok: true });
  });

  it('completing a visit produces the HIS orders once, itemized, with totals equal to their items', async () => {
    const id = await paidAndBooked();
    const first = await sys.ok<{ orders: number }>('clinic', 'demo-doctor-zz', { action: 'completeVisit', appointmentId: id, diagnosis: '原发性高血压' });
    expect(first.orders).toBe(4);
    const again = await sys.ok<{ orders: number }>('clinic', 'demo-doctor-zz', { action: 'completeVisit', appointmentId: id, diagnosis: '原发性高血压' });
    expect(again.orders).toBe(4);
    const { orders } = await sys.ok<{ orders: Array<{ id: string; title: string; totalFen: number; items: Array<{ amountFen: number }> }> }>(
      'orders',
      'demo-patient',
      { action: 'mine', status: 'unpaid' },
    );
    expect(orders.map((o) => o.title)).toEqual(expect.arrayContaining(['检查：心电图', '检验：血脂四项', '处方：降压']));
    for (const o of orders) expect(o.totalFen).toBe(o.items.reduce((n, i) => n + i.amountFen, 0));
    expect(await sys.ports.db.count('outbox', { kind: 'orders_ready' })).toBe(1);
    const rx = orders.find((o) => o.title === '处方：降压')!;
    const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', 'demo-patient', { action: 'pay', orderId: rx.id });
    await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
    expect(await orderDoc(sys, rx.id)).toMatchObject({ status: 'paid', paidFen: 1560 });
    const { bills } = await sys.ok<{ bills: Array<{ visitId: string; paidFen: number; unpaidFen: number; orders: unknown[] }> }>('orders', 'demo-patient', {
      action: 'bills',
    });
    expect(bills[0]).toMatchObject({ visitId: id, paidFen: 3500 + 1560, unpaidFen: 1000 + 1500 + 4000 });
    expect(bills[0].orders).toHaveLength(5);
  });

  it("a doctor cannot list another doctor's patients", async () => {
    const slot = await firstOpenSlot(sys, 'doc-zz-002', '2026-11-26');
    await sys.ok('booking', 'demo-patient', { action: 'book', slotId: slot.id, patientId: 'pat-demo-zhang', requestId: requestIdOf(78) });
    expect(
      await sys.call('clinic', 'demo-doctor-zz', { action: 'sessionAppointments', ownerId: 'doc-zz-002', date: '2026-11-26', session: 'pm' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      await sys.call('clinic', 'demo-doctor-zz', { action: 'sessionAppointments', ownerId: 'doc-zz-001', date: '2026-11-28', session: 'am' }),
    ).toMatchObject({ ok: true });
  });

  it("a doctor cannot check in another doctor's patient; a nurse can", async () => {
    const slot = await firstOpenSlot(sys, 'doc-zz-002', '2026-11-26');
    const { id } = await sys.ok<{ id: string }>('booking', 'demo-patient', {
      action: 'book',
      slotId: slot.id,
      patientId: 'pat-demo-zhang',
      requestId: requestIdOf(76),
    });
    expect(await sys.call('clinic', 'demo-doctor-zz', { action: 'checkIn', appointmentId: id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sys.call('clinic', 'demo-nurse-zz', { action: 'checkIn', appointmentId: id })).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT' } });
  });

  it('a nurse cannot check in a patient of an area not assigned to them (老年医学科: the demo nurse has 心血管内科 and 呼吸内科)', async () => {
    const { doctors } = await sys.ok<{ doctors: Array<{ id: string }> }>('content', null, {
      action: 'listDoctors',
      hospitalId: 'h-zzcentral',
      departmentId: 'd-zz-geri',
    });
    const [slot] = await sys.ports.db.find<{ _id: string }>('slots', {
      where: { ownerId: doctors[0].id, onlineRemaining: { gt: 0 } },
      orderBy: [['start', 'asc']],
      limit: 1,
    });
    const { id } = await sys.ok<{ id: string }>('booking', 'demo-patient', {
      action: 'book',
      slotId: slot._id,
      patientId: 'pat-demo-zhang',
      requestId: requestIdOf(75),
    });
    expect(await sys.call('clinic', 'demo-nurse-zz', { action: 'checkIn', appointmentId: id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sys.ports.db.get('appointments', id)).toMatchObject({ status: 'booked' });
  });

  it("a doctor cannot complete another doctor's visit", async () => {
    const slot = await firstOpenSlot(sys, 'doc-zz-002', '2026-11-26');
    const { id } = await sys.ok<{ id: string }>('booking', 'demo-patient', {
      action: 'book',
      slotId: slot.id,
      patientId: 'pat-demo-zhang',
      requestId: requestIdOf(77),
    });
    sys.setNow(slot.start);
    expect(await sys.call('clinic', 'demo-doctor-zz', { action: 'completeVisit', appointmentId: id, diagnosis: '感冒' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await sys.ports.db.get('appointments', id)).not.toMatchObject({ status: 'completed' });
  });

  it('a doctor cannot complete a visit two days ahead, only on its day', async () => {
    const id = await paidAndBooked();
    sys.setNow(shanghaiInstant('2026-11-26', '09:00'));
    expect(await complete(id, '感冒')).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT', message: expect.stringContaining('当天') } });
    expect(await sys.ports.db.get('appointments', id)).toMatchObject({ status: 'booked' });
  });

  it('only doctors complete visits, only in their hospital; nurses and patients cannot', async () => {
    const id = await paidAndBooked();
    for (const openid of ['demo-patient', 'demo-nurse-zz', 'demo-editor-zz']) {
      expect(await sys.call('clinic', openid, { action: 'completeVisit', appointmentId: id, diagnosis: '感冒' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(await sys.call('clinic', 'demo-patient', { action: 'checkIn', appointmentId: id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      await sys.call('clinic', 'demo-editor-xy', { action: 'sessionAppointments', ownerId: 'doc-zz-001', date: '2026-11-28', session: 'am' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

const DOCTOR = 'demo-doctor-zz';
const visitOrders = (id: string) => sys.ports.db.count('orders', { visitId: id, kind: 'outpatient' });
const complete = (id: string, diagnosis: string) => sys.call('clinic', DOCTOR, { action: 'completeVisit', appointmentId: id, diagnosis });
const minutes = (n: number) => sys.setNow(sys.ports.clock.now() + n * 60_000);

/** Makes the store's next order inserts fail once the first `allowed` went through: the process dying between writes. */
function dieAfterOrders(allowed: number): () => void {
  const db = sys.ports.db;
  const real = db.insert.bind(db);
  let left = allowed;
  db.insert = async <T extends Doc>(collection: string, doc: T) => {
    if (collection === 'orders' && left-- <= 0) throw new Error('process died');
    return real(collection, doc);
  };
  return () => {
    db.insert = real;
  };
}

describe('completing a visit is idempotent per appointment', () => {
  it('a retry with the same diagnosis answers the first result and creates nothing; a different diagnosis is STATE_CONFLICT and the first stands', async () => {
    const id = await paidAndBooked();
    expect(await complete(id, '感冒')).toMatchObject({ ok: true, data: { status: 'completed', orders: 3 } });
    const docs = await sys.ports.db.count('orders');
    expect(await complete(id, ' 感冒 ')).toMatchObject({ ok: true, data: { status: 'completed', orders: 3 } });
    const other = await complete(id, '原发性高血压');
    expect(other).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } });
    expect(await sys.ports.db.count('orders')).toBe(docs);
    expect(await visitOrders(id)).toBe(3);
    expect(await sys.ports.db.get('appointments', id)).toMatchObject({ diagnosis: '感冒' });
    expect(await sys.ports.db.count('outbox', { kind: 'orders_ready' })).toBe(1);
    expect(await sys.ports.db.count('auditLog', { action: 'completeVisit' })).toBe(1);
  });

  it('racing completions with two diagnoses: one wins, the other is STATE_CONFLICT, orders made once', async () => {
    const id = await paidAndBooked();
    const answers = await Promise.all([complete(id, '感冒'), complete(id, '原发性高血压'), complete(id, '感冒'), complete(id, '原发性高血压')]);
    const stored = (await sys.ports.db.get<{ _id: string; diagnosis: string }>('appointments', id))!.diagnosis;
    for (const [n, res] of answers.entries()) {
      if ((n % 2 === 0 ? '感冒' : '原发性高血压') === stored) expect(res).toMatchObject({ ok: true });
      else expect(res).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT' } });
    }
    expect(await visitOrders(id)).toBe(stored === '感冒' ? 3 : 4);
  });

  it('the process dying between orders: the timer finishes from the recorded HIS answer, exactly once', async () => {
    const id = await paidAndBooked();
    const revive = dieAfterOrders(1);
    expect(await complete(id, '原发性高血压')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    revive();
    expect(await visitOrders(id)).toBe(1);
    let asked = 0;
    sys.ports.his = hisWith(async () => {
      asked++;
      return { orders: [{ title: '处方：另一个答复', items: [{ code: 'X-1', name: '别的药', category: 'drug', quantity: 1, unit: '盒', unitFen: 100 }] }] };
    });
    minutes(2);
    await sys.runTimer('clinic');
    await sys.runTimer('clinic');
    const { orders } = await sys.ok<{ orders: Array<{ title: string; visitId: string }> }>('orders', 'demo-patient', { action: 'mine', status: 'unpaid' });
    expect(
      orders
        .filter((o) => o.visitId === id)
        .map((o) => o.title)
        .sort(),
    ).toEqual(['处方：降压', '检查：心电图', '检验：血脂四项', '诊查费'].sort());
    expect(await sys.ports.db.count('outbox', { kind: 'orders_ready' })).toBe(1);
    const docs = await sys.ports.db.count('orders');
    expect(await complete(id, '原发性高血压')).toMatchObject({ ok: true, data: { orders: 4 } });
    expect(await sys.ports.db.count('orders')).toBe(docs);
    expect(asked).toBe(0);
  });

  it('the process dying after the visit is marked, before the HIS answered: the retry finishes it once', async () => {
    const id = await paidAndBooked();
    sys.ports.his = hisWith(async () => {
      throw new Error('process died');
    });
    expect(await complete(id, '原发性高血压')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await sys.ports.db.get('appointments', id)).toMatchObject({ status: 'completed' });
    sys.ports.his = new DemoHis(sys.ports.db, sys.ports.clock);
    expect(await complete(id, '原发性高血压')).toMatchObject({ ok: true, data: { orders: 4 } });
    minutes(2);
    await sys.runTimer('clinic');
    expect(await visitOrders(id)).toBe(4);
    expect(await sys.ports.db.count('outbox', { kind: 'orders_ready' })).toBe(1);
  });
});

const drug = { code: 'DRUG-X', name: '某药 10mg×20片', category: 'drug', quantity: 1, unit: '盒', unitFen: 1280 };
const answerWith = (item: Record<string, unknown>) => ({ orders: [{ title: '处方：测试', items: [{ ...drug, ...item }] }] });
const BAD_ANSWERS: Array<[string, unknown]> = [
  ['negative price', answerWith({ unitFen: -500 })],
  ['fractional price', answerWith({ unitFen: 12.5 })],
  ['price as text', answerWith({ unitFen: '1280' })],
  ['zero quantity', answerWith({ quantity: 0 })],
  ['fractional quantity', answerWith({ quantity: 1.5 })],
  ['huge quantity', answerWith({ quantity: 1_000_000 })],
  ['huge order total', answerWith({ quantity: 999, unitFen: 10_000_000 })],
  ['unknown category', answerWith({ category: 'refund' })],
  ['long name', answerWith({ name: '药'.repeat(500) })],
  ['empty title', { orders: [{ title: ' ', items: [drug] }] }],
  ['no items', { orders: [{ title: '处方：空', items: [] }] }],
  ['too many orders', { orders: Array.from({ length: 200 }, () => ({ title: '处方', items: [drug] })) }],
  ['too many items', { orders: [{ title: '处方', items: Array.from({ length: 500 }, () => drug) }] }],
  ['no orders field', {}],
  ['not an object', 'oops'],
  ['null', null],
];
const HIS_MESSAGE = /医院信息系统返回的数据有误/;

describe('answers of the hospital information system are checked', () => {
  it.each(BAD_ANSWERS)('%s: creates nothing, is recorded for staff, and tells the doctor', async (_what, answer) => {
    const id = await paidAndBooked();
    sys.ports.his = hisWith(async () => answer);
    const before = await sys.ports.db.count('orders');
    for (let n = 0; n < 2; n++) {
      expect(await complete(id, '感冒')).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT', message: expect.stringMatching(HIS_MESSAGE) } });
    }
    expect(await sys.ports.db.count('orders')).toBe(before);
    expect(await sys.ports.db.count('outbox', { kind: 'orders_ready' })).toBe(0);
    const { issues } = await sys.ok<{ issues: Array<{ appointmentId: string; problem: string; times: number }> }>('clinic', 'demo-billing-zz', {
      action: 'hisIssues',
      hospitalId: 'h-zzcentral',
    });
    expect(issues).toEqual([expect.objectContaining({ appointmentId: id, problem: expect.stringMatching(/[\u4e00-\u9fa5]/), times: 2 })]);
    minutes(5);
    await sys.runTimer('clinic');
    expect(await sys.ports.db.count('orders')).toBe(before);
    sys.ports.his = new DemoHis(sys.ports.db, sys.ports.clock);
    expect(await complete(id, '感冒')).toMatchObject({ ok: true, data: { orders: 3 } });
  });

  it('after a rejected answer, a good one that dies half way is finished by the timer', async () => {
    const id = await paidAndBooked();
    sys.ports.his = hisWith(async () => answerWith({ unitFen: -500 }));
    await complete(id, '原发性高血压');
    sys.ports.his = new DemoHis(sys.ports.db, sys.ports.clock);
    const revive = dieAfterOrders(2);
    expect(await complete(id, '原发性高血压')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    revive();
    minutes(2);
    await sys.runTimer('clinic');
    expect(await visitOrders(id)).toBe(4);
    expect(await sys.ports.db.get('appointments', id)).toMatchObject({ visitOrders: 'done' });
  });

  describe('over HTTP', () => {
    let server: Server;
    let body = '';
    beforeEach(async () => {
      server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      sys.ports.his = new HttpHis(`http://127.0.0.1:${(server.address() as AddressInfo).port}/visit`, 'token');
    });
    afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('the HTTP HIS goes through the same checks: a negative price or a body that is not JSON creates nothing', async () => {
      const id = await paidAndBooked();
      for (const bad of [JSON.stringify(answerWith({ unitFen: -1 })), '<html>502</html>']) {
        body = bad;
        expect(await complete(id, '感冒')).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT', message: expect.stringMatching(HIS_MESSAGE) } });
      }
      expect(await visitOrders(id)).toBe(0);
      expect(await sys.ports.db.count('hisIssues', { appointmentId: id })).toBe(2);
      body = JSON.stringify(answerWith({}));
      expect(await complete(id, '感冒')).toMatchObject({ ok: true, data: { orders: 1 } });
      expect(await orderDoc(sys, (await sys.ports.db.find<{ _id: string }>('orders', { where: { visitId: id, kind: 'outpatient' } }))[0]._id)).toMatchObject({
        totalFen: 1280,
        status: 'unpaid',
      });
    });
  });

  it('HIS issues are listed for admin and billing of their hospital only', async () => {
    const id = await paidAndBooked();
    sys.ports.his = hisWith(async () => answerWith({ unitFen: -500 }));
    await complete(id, '感冒');
    await sys.ports.db.insert('hisIssues', {
      _id: 'hisissue-elsewhere',
      hospitalId: 'h-xinyang-county',
      appointmentId: 'appt-elsewhere',
      departmentName: '内科',
      doctorName: '某医生',
      problem: '其他医院',
      firstAt: 0,
      lastAt: 0,
      times: 1,
    });
    for (const openid of ['demo-billing-zz', 'demo-admin-zz']) {
      const { issues } = await sys.ok<{ issues: Array<{ appointmentId: string }> }>('clinic', openid, { action: 'hisIssues', hospitalId: 'h-zzcentral' });
      expect(issues.map((i) => i.appointmentId)).toEqual([id]);
    }
    for (const openid of ['demo-doctor-zz', 'demo-nurse-zz', 'demo-patient', 'demo-editor-xy']) {
      expect(await sys.call('clinic', openid, { action: 'hisIssues', hospitalId: 'h-zzcentral' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await sys.call('clinic', 'demo-billing-zz', { action: 'hisIssues', hospitalId: 'h-xinyang-county' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
