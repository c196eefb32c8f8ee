/** The consulting room: check-in, completing a visit, and the HIS orders it produces, paid in the sandbox. */
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { deliver, orderDoc, payInSandbox, startPaidBooking } from '../support/payment-fixtures';

let sys: LocalSystem;

beforeEach(async () => {
  sys = await startLocalSystem();
});

async function paidAndBooked(): Promise<string> {
  const b = await startPaidBooking(sys);
  await deliver(sys, await payInSandbox(sys, b.outTradeNo));
  return b.appointmentId;
}

describe('clinic', () => {
  it('a nurse checks a paid patient in; an unpaid one is refused', async () => {
    const b = await startPaidBooking(sys);
    expect(await sys.call('clinic', 'demo-nurse-zz', { action: 'checkIn', appointmentId: b.appointmentId })).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT', message: expect.stringContaining('未支付') } });
    await deliver(sys, await payInSandbox(sys, b.outTradeNo));
    expect(await sys.call('clinic', 'demo-nurse-zz', { action: 'checkIn', appointmentId: b.appointmentId })).toMatchObject({ ok: true, data: { status: 'checked_in' } });
    expect(await sys.call('clinic', 'demo-nurse-zz', { action: 'checkIn', appointmentId: b.appointmentId })).toMatchObject({ ok: true });
  });

  it('completing a visit produces the HIS orders once, itemized, with totals equal to their items', async () => {
    const id = await paidAndBooked();
    const first = await sys.ok<{ orders: number }>('clinic', 'demo-doctor-zz', { action: 'completeVisit', appointmentId: id, diagnosis: '原发性高血压' });
    expect(first.orders).toBe(4);
    const again = await sys.ok<{ orders: number }>('clinic', 'demo-doctor-zz', { action: 'completeVisit', appointmentId: id, diagnosis: '原发性高血压' });
    expect(again.orders).toBe(0);
    const { orders } = await sys.ok<{ orders: Array<{ id: string; title: string; totalFen: number; items: Array<{ amountFen: number }> }> }>('orders', 'demo-patient', { action: 'mine', status: 'unpaid' });
    expect(orders.map((o) => o.title)).toEqual(expect.arrayContaining(['检查：心电图', '检验：血脂四项', '处方：降压']));
    for (const o of orders) expect(o.totalFen).toBe(o.items.reduce((n, i) => n + i.amountFen, 0));
    expect(await sys.ports.db.count('outbox', { kind: 'orders_ready' })).toBe(1);
    const rx = orders.find((o) => o.title === '处方：降压')!;
    const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', 'demo-patient', { action: 'pay', orderId: rx.id });
    await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
    expect(await orderDoc(sys, rx.id)).toMatchObject({ status: 'paid', paidFen: 1560 });
    const { bills } = await sys.ok<{ bills: Array<{ visitId: string; paidFen: number; unpaidFen: number; orders: unknown[] }> }>('orders', 'demo-patient', { action: 'bills' });
    expect(bills[0]).toMatchObject({ visitId: id, paidFen: 3500 + 1560, unpaidFen: 1000 + 1500 + 4000 });
    expect(bills[0].orders).toHaveLength(5);
  });

  it('only doctors complete visits, only in their hospital; nurses and patients cannot', async () => {
    const id = await paidAndBooked();
    for (const openid of ['demo-patient', 'demo-nurse-zz', 'demo-editor-zz']) {
      expect(await sys.call('clinic', openid, { action: 'completeVisit', appointmentId: id, diagnosis: '感冒' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await sys.call('clinic', 'demo-patient', { action: 'checkIn', appointmentId: id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sys.call('clinic', 'demo-editor-xy', { action: 'sessionAppointments', ownerId: 'doc-zz-001', date: '2026-11-28', session: 'am' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
