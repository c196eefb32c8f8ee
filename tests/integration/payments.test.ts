/** Payments exact under retries: notices, races, refunds, expiry — on the real store and the sandbox. */
import { shanghaiInstant } from '../../miniprogram/shared/time';
import type { OrderDoc } from '../../backend/domain/billing/docs';
import { outTradeNoOf } from '../../backend/domain/billing/orders';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { requestIdOf, slotDoc } from '../support/booking-fixtures';
import { deliver, orderDoc, payInSandbox, startPaidBooking, successNotice } from '../support/payment-fixtures';

let sys: LocalSystem;

beforeEach(async () => {
  sys = await startLocalSystem();
});

const outbox = (kind: string) => sys.ports.db.count('outbox', { kind });
const appointment = (id: string) => sys.ports.db.get<{ _id: string; status: string; refund: string }>('appointments', id);

describe('paying a registration', () => {
  it('the notice delivered five times records one payment, one state change, one message', async () => {
    const b = await startPaidBooking(sys);
    const notice = await payInSandbox(sys, b.outTradeNo);
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => deliver(sys, notice)));
    expect(answers.every((a) => a.errcode === 0)).toBe(true);
    expect(await sys.ports.db.count('payments', { orderId: b.orderId })).toBe(1);
    expect(await orderDoc(sys, b.orderId)).toMatchObject({ status: 'paid', paidFen: 3500, refundableFen: 3500 });
    expect(await appointment(b.appointmentId)).toMatchObject({ status: 'booked' });
    expect(await outbox('payment_done')).toBe(1);
    const { order } = await sys.ok<{ order: { statusLabel: string; payable: boolean } }>('orders', 'demo-patient', { action: 'get', orderId: b.orderId });
    expect(order).toMatchObject({ statusLabel: '已支付', payable: false });
  });

  it('a notice whose amount or order does not match changes nothing and is kept for review', async () => {
    const b = await startPaidBooking(sys);
    const real = await payInSandbox(sys, b.outTradeNo);
    for (const forged of [
      { ...real, totalFee: 1 },
      { ...real, outTradeNo: 'PZ' + '0'.repeat(30) },
      { ...real, resultCode: 'FAIL' },
    ]) {
      expect((await deliver(sys, forged)).errcode).toBe(0);
    }
    expect(await orderDoc(sys, b.orderId)).toMatchObject({ status: 'unpaid', paidFen: 0 });
    expect(await appointment(b.appointmentId)).toMatchObject({ status: 'pending_payment' });
    expect(await sys.ports.db.count('payments')).toBe(0);
    const { issues } = await sys.ok<{ issues: Array<{ reason: string }> }>('orders', 'demo-billing-zz', { action: 'paymentIssues', hospitalId: 'h-zzcentral' });
    expect(issues.map((i) => i.reason).join()).toMatch(/金额不符/);
  });

  it('a forged notice for a trade WeChat Pay never saw changes nothing', async () => {
    const b = await startPaidBooking(sys);
    expect((await deliver(sys, successNotice(b.outTradeNo, 3500, '4200000000000000000001'))).errcode).toBe(0);
    expect(await orderDoc(sys, b.orderId)).toMatchObject({ status: 'unpaid' });
    expect(await sys.ports.db.count('paymentIssues')).toBe(1);
  });

  it('garbage notices are ignored without writing', async () => {
    for (const junk of [null, 'x', { outTradeNo: '../../etc' }, { outTradeNo: 'PZ1', totalFee: 'lots' }]) {
      expect((await deliver(sys, junk as unknown as Record<string, unknown>)).errcode).toBe(0);
    }
    expect(await sys.ports.db.count('paymentIssues')).toBe(0);
  });

  it('returning from the sheet settles a payment whose notice has not arrived', async () => {
    const b = await startPaidBooking(sys);
    await payInSandbox(sys, b.outTradeNo);
    const { order } = await sys.ok<{ order: { status: string } }>('orders', 'demo-patient', { action: 'settle', orderId: b.orderId });
    expect(order.status).toBe('paid');
    expect(await appointment(b.appointmentId)).toMatchObject({ status: 'booked' });
  });

  it('the timer settles stragglers a minute after the sheet opened', async () => {
    const b = await startPaidBooking(sys);
    await payInSandbox(sys, b.outTradeNo);
    sys.setNow(sys.ports.clock.now() + 61_000);
    await sys.runTimer('orders');
    expect(await orderDoc(sys, b.orderId)).toMatchObject({ status: 'paid' });
    await sys.runTimer('orders');
    expect(await sys.ports.db.count('payments')).toBe(1);
  });
});

describe('races and refunds', () => {
  it('pay racing cancel: either paid then refunded, or cancelled unpaid — never paid and cancelled without a refund', async () => {
    for (let round = 0; round < 6; round++) {
      sys = await startLocalSystem();
      const b = await startPaidBooking(sys, round);
      const notice = await payInSandbox(sys, b.outTradeNo);
      const work = [deliver(sys, notice), sys.call('booking', 'demo-patient', { action: 'cancel', appointmentId: b.appointmentId })];
      await Promise.all(round % 2 === 1 ? work.reverse() : work);
      await sys.runTimer('orders');
      const a = await appointment(b.appointmentId);
      const o = await orderDoc(sys, b.orderId);
      if (a!.status === 'cancelled') {
        expect(o.refundedFen).toBe(o.paidFen);
        if (o.paidFen > 0) expect(o.status).toBe('refunded');
      } else {
        expect(a!.status).toBe('booked');
        expect(o.status).toBe('paid');
      }
      const trade = await sys.ports.payments.query(b.outTradeNo);
      expect(['refunded', 'paid']).toContain(trade.state);
      expect(trade.state === 'refunded').toBe(a!.status === 'cancelled');
    }
  });

  it('cancelling a paid appointment before the deadline refunds the fee once', async () => {
    const b = await startPaidBooking(sys);
    await deliver(sys, await payInSandbox(sys, b.outTradeNo));
    await Promise.all([1, 2].map(() => sys.call('booking', 'demo-patient', { action: 'cancel', appointmentId: b.appointmentId })));
    await sys.runTimer('orders');
    expect(await orderDoc(sys, b.orderId)).toMatchObject({ status: 'refunded', refundedFen: 3500, refundableFen: 0 });
    expect(await sys.ports.db.count('refunds', { orderId: b.orderId })).toBe(1);
    expect(await appointment(b.appointmentId)).toMatchObject({ status: 'cancelled', refund: 'refunded' });
    expect(await outbox('refund_done')).toBe(1);
  });

  it('a refund retried after a failure is refunded once, with the same out_refund_no', async () => {
    const b = await startPaidBooking(sys);
    await deliver(sys, await payInSandbox(sys, b.outTradeNo));
    const real = sys.ports.payments.refund.bind(sys.ports.payments);
    const seen: string[] = [];
    let failures = 1;
    sys.ports.payments.refund = async (r) => {
      seen.push(r.outRefundNo);
      if (failures-- > 0) return { ok: false, error: 'SYSTEMERROR 系统繁忙', retryable: true };
      return real(r);
    };
    await sys.ok('booking', 'demo-patient', { action: 'cancel', appointmentId: b.appointmentId });
    expect(await orderDoc(sys, b.orderId)).toMatchObject({ status: 'paid', refundedFen: 0, refundableFen: 0 });
    await sys.runTimer('orders');
    await sys.runTimer('orders');
    expect(await orderDoc(sys, b.orderId)).toMatchObject({ status: 'refunded', refundedFen: 3500 });
    expect(new Set(seen).size).toBe(1);
    expect((await sys.ports.payments.query(b.outTradeNo)).state).toBe('refunded');
  });

  it('stop-clinic refunds every paid patient', async () => {
    const b = await startPaidBooking(sys);
    await deliver(sys, await payInSandbox(sys, b.outTradeNo));
    const res = await sys.ok<{ refundsOwed: number }>('schedule', 'demo-scheduler-zz', {
      action: 'stopClinic',
      ownerId: 'doc-zz-001',
      date: '2026-11-28',
      session: 'am',
      reason: '外出会诊',
    });
    expect(res.refundsOwed).toBe(1);
    expect(await orderDoc(sys, b.orderId)).toMatchObject({ status: 'refunded' });
    const { refunds } = (await sys.ok<{ order: { refunds: Array<{ reason: string }> } }>('orders', 'demo-patient', { action: 'get', orderId: b.orderId }))
      .order;
    expect(refunds[0].reason).toContain('停诊');
    const [message] = await sys.ports.db.find<{ _id: string; data: Record<string, string> }>('outbox', { where: { kind: 'stop_clinic' }, limit: 1 });
    expect(message.data.refund).toBe('挂号费已原路退回');
  });

  it('stop-clinic tells an unpaid patient that nothing is owed, never an empty refund field', async () => {
    await startPaidBooking(sys);
    await sys.ok('schedule', 'demo-scheduler-zz', { action: 'stopClinic', ownerId: 'doc-zz-001', date: '2026-11-28', session: 'am', reason: '外出会诊' });
    const [message] = await sys.ports.db.find<{ _id: string; data: Record<string, string> }>('outbox', { where: { kind: 'stop_clinic' }, limit: 1 });
    expect(message.data.refund).toBe('未付费，无需退款');
  });

  it('an expired hold closes the order and releases the place once; a late payment is refunded automatically', async () => {
    const b = await startPaidBooking(sys);
    sys.setNow(shanghaiInstant('2026-11-25', '09:46'));
    await Promise.all([sys.runTimer('booking'), sys.runTimer('booking'), sys.runTimer('orders')]);
    await sys.runTimer('orders');
    expect(await orderDoc(sys, b.orderId)).toMatchObject({ status: 'closed' });
    expect((await slotDoc(sys, b.slotId)).onlineRemaining).toBe(b.slotRemainingBefore);
    expect(await sys.call('orders', 'demo-patient', { action: 'pay', orderId: b.orderId })).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT' } });
    await deliver(sys, await payInSandbox(sys, b.outTradeNo));
    expect(await orderDoc(sys, b.orderId)).toMatchObject({ status: 'refunded', paidFen: 3500, refundedFen: 3500 });
    expect(await appointment(b.appointmentId)).toMatchObject({ status: 'expired' });
    expect((await slotDoc(sys, b.slotId)).onlineRemaining).toBe(b.slotRemainingBefore);
  });

  it('billing staff refund with a reason, never more than was paid, once per request', async () => {
    const b = await startPaidBooking(sys);
    await deliver(sys, await payInSandbox(sys, b.outTradeNo));
    const refund = (amountFen: number, n: number) =>
      sys.call('orders', 'demo-billing-zz', { action: 'refund', orderId: b.orderId, amountFen, reason: '多收费用', requestId: requestIdOf(n) });
    expect(await refund(1000, 1)).toMatchObject({ ok: true, data: { refund: { status: 'succeeded' } } });
    expect(await refund(1000, 1)).toMatchObject({ ok: true });
    const racing = await Promise.all([refund(2000, 2), refund(2000, 3)]);
    expect(racing.filter((r) => r.ok)).toHaveLength(1);
    expect(racing.find((r) => !r.ok)).toMatchObject({ error: { code: 'LIMIT_REACHED' } });
    expect(await orderDoc(sys, b.orderId)).toMatchObject({ status: 'partially_refunded', refundedFen: 3000, refundableFen: 500 });
    expect(await refund(501, 4)).toMatchObject({ ok: false, error: { code: 'LIMIT_REACHED' } });
    for (const amountFen of [0, -5, 12.5]) expect(await refund(amountFen, 5)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });
});

describe('authorization and totals', () => {
  it('nobody pays, sees or settles another account’s orders; billing of one hospital cannot refund in another', async () => {
    const b = await startPaidBooking(sys);
    for (const action of ['pay', 'get', 'settle']) {
      expect(await sys.call('orders', 'demo-patient-2', { action, orderId: b.orderId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await sys.call('orders', 'demo-patient-2', { action: 'payAppointment', appointmentId: b.appointmentId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    for (const openid of ['demo-patient', 'demo-editor-zz']) {
      expect(
        await sys.call('orders', openid, { action: 'refund', orderId: b.orderId, amountFen: 100, reason: '测试', requestId: requestIdOf(9) }),
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    await sys.ports.db.insert('staff', {
      _id: 'staff-billing-xy',
      openid: 'billing-xy',
      hospitalId: 'h-xinyang-county',
      name: '收费员',
      roles: ['billing'],
      grantedBy: 'test',
      updatedAt: 0,
    });
    expect(
      await sys.call('orders', 'billing-xy', { action: 'refund', orderId: b.orderId, amountFen: 100, reason: '测试', requestId: requestIdOf(9) }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sys.call('orders', 'billing-xy', { action: 'dailyTotals', hospitalId: 'h-zzcentral', date: '2026-11-25' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('daily totals add up payments and refunds of the day', async () => {
    const b = await startPaidBooking(sys);
    await deliver(sys, await payInSandbox(sys, b.outTradeNo));
    await sys.ok('orders', 'demo-billing-zz', { action: 'refund', orderId: b.orderId, amountFen: 500, reason: '部分退费', requestId: requestIdOf(1) });
    const { totals } = await sys.ok<{ totals: Record<string, unknown> }>('orders', 'demo-billing-zz', {
      action: 'dailyTotals',
      hospitalId: 'h-zzcentral',
      date: '2026-11-25',
    });
    expect(totals).toMatchObject({ paidCount: 1, paidFen: 3500, refundCount: 1, refundedFen: 500, netFen: 3000, netText: '¥30.00' });
  });

  it('bills group a visit’s orders with paid, unpaid and refunded amounts', async () => {
    const b = await startPaidBooking(sys);
    await deliver(sys, await payInSandbox(sys, b.outTradeNo));
    const { bills } = await sys.ok<{ bills: Array<{ visitId: string; paidText: string; unpaidFen: number }> }>('orders', 'demo-patient', { action: 'bills' });
    expect(bills).toEqual([expect.objectContaining({ visitId: b.appointmentId, paidText: '¥35.00', unpaidFen: 0 })]);
    expect((await sys.ok<{ bills: unknown[] }>('orders', 'demo-patient-2', { action: 'bills' })).bills).toEqual([]);
  });
});

/** An unpaid outpatient order of demo-patient, straight into the store (as completeVisit makes them). */
async function outpatientOrder(n: number): Promise<OrderDoc> {
  const id = `ord-opd-test-${String(n).padStart(4, '0')}`;
  const item = { code: 'LAB-CBC', name: '血常规', category: 'lab' as const, quantity: 1, unit: '次', unitFen: 2000, amountFen: 2000 };
  const order: OrderDoc = {
    _id: id,
    hospitalId: 'h-zzcentral',
    hospitalName: '郑州康宁医院',
    openid: 'demo-patient',
    patientId: 'pat-demo-zhang',
    patientName: '张建国',
    kind: 'outpatient',
    visitId: `appt-test-${n}`,
    visitDate: '2026-11-25',
    departmentName: '心血管内科',
    doctorName: '陈立民',
    title: '检验：血常规',
    items: [item],
    totalFen: 2000,
    status: 'unpaid',
    holdUntil: null,
    outTradeNo: outTradeNoOf(id),
    transactionId: '',
    paidFen: 0,
    refundableFen: 0,
    refundedFen: 0,
    paidAt: null,
    closedAt: null,
    noticePending: false,
    createdAt: sys.ports.clock.now(),
    updatedAt: sys.ports.clock.now(),
  };
  await sys.ports.db.insert('orders', order);
  return order;
}

/** Counts WeChat Pay queries per trade, around the local Payments port. */
function countQueries(): Map<string, number> {
  const counts = new Map<string, number>();
  const real = sys.ports.payments.query.bind(sys.ports.payments);
  sys.ports.payments.query = async (outTradeNo) => {
    counts.set(outTradeNo, (counts.get(outTradeNo) ?? 0) + 1);
    return real(outTradeNo);
  };
  return counts;
}

describe('payment follow-up', () => {
  it('300 abandoned orders and one fresh: each run pages through all that are due, the fresh one is queried in its first run, the abandoned stop after the window', async () => {
    // One account opens 300 payment sheets in a minute: far past its rate limit, which is not what this measures.
    sys = await startLocalSystem({ rateLimits: null });
    const t0 = sys.ports.clock.now();
    const abandoned: OrderDoc[] = [];
    for (let n = 0; n < 300; n++) {
      const o = await outpatientOrder(n);
      await sys.ok('orders', 'demo-patient', { action: 'pay', orderId: o._id });
      abandoned.push(o);
    }
    const queries = countQueries();
    const queriedAbandoned = () => abandoned.reduce((sum, o) => sum + (queries.get(o.outTradeNo) ?? 0), 0);
    const at = (minute: number) => sys.setNow(t0 + minute * 60_000 + 1_000);

    at(1);
    await sys.runTimer('orders');
    expect(abandoned.filter((o) => queries.has(o.outTradeNo)).length).toBe(300);

    at(2);
    const fresh = await outpatientOrder(300);
    await sys.ok('orders', 'demo-patient', { action: 'pay', orderId: fresh._id });
    await payInSandbox(sys, fresh.outTradeNo);
    at(3);
    await sys.runTimer('orders');
    expect(queries.get(fresh.outTradeNo)).toBe(1);
    expect(await orderDoc(sys, fresh._id)).toMatchObject({ status: 'paid' });

    for (let minute = 4; minute <= 120; minute++) {
      at(minute);
      await sys.runTimer('orders');
    }
    const inWindow = queriedAbandoned();
    expect(inWindow).toBe(300 * 6);
    for (let minute = 121; minute <= 240; minute += 7) {
      at(minute);
      await sys.runTimer('orders');
    }
    expect(queriedAbandoned()).toBe(inWindow);
    expect(queries.get(fresh.outTradeNo)).toBe(1);

    await deliver(sys, await payInSandbox(sys, abandoned[0].outTradeNo));
    expect(await orderDoc(sys, abandoned[0]._id)).toMatchObject({ status: 'paid', paidFen: 2000 });
  }, 60_000);

  it('opening the sheet again starts the window again', async () => {
    const t0 = sys.ports.clock.now();
    const o = await outpatientOrder(1);
    await sys.ok('orders', 'demo-patient', { action: 'pay', orderId: o._id });
    sys.setNow(t0 + 3 * 3_600_000);
    await sys.ok('orders', 'demo-patient', { action: 'pay', orderId: o._id });
    await payInSandbox(sys, o.outTradeNo);
    sys.setNow(t0 + 3 * 3_600_000 + 61_000);
    await sys.runTimer('orders');
    expect(await orderDoc(sys, o._id)).toMatchObject({ status: 'paid' });
  });
});
