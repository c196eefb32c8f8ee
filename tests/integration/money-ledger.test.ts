/**
 * Money and places stay right when paths cross: a cancel after a partial staff refund returns
 * exactly the rest, stop-clinic finishes every appointment, timers survive a bad item, and the
 * booking limits hold without any unique index of the database.
 */
import type { RefundDoc } from '../../backend/domain/billing/docs';
import type { AppointmentDoc } from '../../backend/domain/booking/docs';
import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { deliver, orderDoc, payInSandbox, startPaidBooking } from '../support/payment-fixtures';
import { makePeople, requestIdOf, slotDoc } from '../support/booking-fixtures';

const BILLING = 'demo-billing-zz';
const SCHEDULER = 'demo-scheduler-zz';
let sys: LocalSystem;

beforeEach(async () => {
  sys = await startLocalSystem();
});

async function paidBooking(n = 1) {
  const b = await startPaidBooking(sys, n);
  await deliver(sys, await payInSandbox(sys, b.outTradeNo));
  return b;
}

/** Another person books the same slot and pays: answers the appointment and order ids. */
async function paidByAnother(slotId: string, n: number): Promise<{ appointmentId: string; orderId: string }> {
  const [other] = await makePeople(sys, 1, `other${n}`);
  const { id } = await sys.ok<{ id: string }>('booking', other.openid, { action: 'book', slotId, patientId: other.patientId, requestId: requestIdOf(n) });
  const { order } = await sys.ok<{ order: { id: string } }>('orders', other.openid, { action: 'payAppointment', appointmentId: id });
  const { payment } = await sys.ok<{ payment: { outTradeNo: string } }>('orders', other.openid, { action: 'pay', orderId: order.id });
  await deliver(sys, await payInSandbox(sys, payment.outTradeNo));
  return { appointmentId: id, orderId: order.id };
}

async function refundsOf(orderId: string): Promise<RefundDoc[]> {
  return sys.ports.db.find<RefundDoc>('refunds', { where: { orderId } });
}

describe('a cancel after a partial staff refund', () => {
  it('returns exactly the rest, and the order ends fully refunded', async () => {
    const b = await paidBooking();
    await sys.ok('orders', BILLING, { action: 'refund', orderId: b.orderId, amountFen: 1, reason: '找零', requestId: 'req-partial-1' });
    const res = await sys.call('booking', 'demo-patient', { action: 'cancel', appointmentId: b.appointmentId });
    expect(res.ok).toBe(true);
    const order = await orderDoc(sys, b.orderId);
    expect(order).toMatchObject({ paidFen: 3500, refundedFen: 3500, refundableFen: 0, status: 'refunded' });
    expect((await refundsOf(b.orderId)).map((r) => r.amountFen).sort((x, y) => x - y)).toEqual([1, 3499]);
    const a = await sys.ports.db.get<AppointmentDoc>('appointments', b.appointmentId);
    expect(a?.refund).toBe('refunded');
  });

  it('owes nothing when staff already refunded everything', async () => {
    const b = await paidBooking();
    await sys.ok('orders', BILLING, { action: 'refund', orderId: b.orderId, amountFen: 3500, reason: '全额退款', requestId: 'req-full-1' });
    await sys.ok('booking', 'demo-patient', { action: 'cancel', appointmentId: b.appointmentId });
    expect(await sys.ports.db.get<AppointmentDoc>('appointments', b.appointmentId)).toMatchObject({ status: 'cancelled', refund: 'refunded' });
    expect(await refundsOf(b.orderId)).toHaveLength(1);
  });
});

describe('timers process items independently', () => {
  it('an item that cannot be settled is recorded and the run goes on', async () => {
    const good = await paidBooking(1);
    const poisoned = await paidByAnother(good.slotId, 2);
    // Two owed refunds: one whose order has vanished (a poisoned item), one ordinary.
    for (const id of [poisoned.appointmentId, good.appointmentId]) {
      await sys.ports.db.update('appointments', { _id: id }, { set: { status: 'cancelled', refund: 'owed' } });
    }
    await sys.ports.db.update('orders', { _id: poisoned.orderId }, { set: { refundableFen: 'broken' } });
    const counts = (await sys.runTimer('orders')) as Record<string, number>;
    expect(counts.failed).toBeGreaterThanOrEqual(1);
    expect(await sys.ports.db.get<AppointmentDoc>('appointments', good.appointmentId)).toMatchObject({ refund: 'refunded' });
    expect(await sys.ports.db.count('timerFailures', { fn: 'orders' })).toBeGreaterThanOrEqual(1);
  });
});

describe('stop-clinic after a partial refund', () => {
  it('cancels, notifies and refunds every paid patient in one call', async () => {
    const first = await paidBooking(1);
    const slot = await slotDoc(sys, first.slotId);
    const second = await paidByAnother(slot._id, 99);
    await sys.ok('orders', BILLING, { action: 'refund', orderId: first.orderId, amountFen: 1, reason: '找零', requestId: 'req-partial-2' });

    const result = await sys.ok<{ appointmentsCancelled: number; noticesSent: number; status: string }>('schedule', SCHEDULER, {
      action: 'stopClinic',
      ownerId: slot.ownerId,
      date: slot.date,
      session: slot.session,
      reason: '医生外出会诊',
    });
    expect(result).toMatchObject({ appointmentsCancelled: 2, noticesSent: 2, status: 'done' });
    for (const id of [first.orderId, second.orderId])
      expect(await orderDoc(sys, id)).toMatchObject({ status: 'refunded', refundableFen: 0, refundedFen: 3500 });
  });
});

describe('booking limits without unique indexes', () => {
  it('hold when the database has no unique index on appointments', async () => {
    const noUnique = await startLocalSystem({ uniqueIndexes: false });
    const slots = await noUnique.ports.db.find<{ _id: string; ownerId: string }>('slots', {
      where: { date: '2026-11-26', ownerType: 'doctor', hospitalId: 'h-zzcentral', onlineRemaining: { gt: 0 } },
      limit: 100,
    });
    const perDoctor = [...new Map(slots.map((s) => [s.ownerId, s])).values()].slice(0, 6);
    const sameSession = slots.filter((s) => s.ownerId === perDoctor[0].ownerId).slice(0, 2);
    const racing = [...perDoctor, ...sameSession].map((s, i) =>
      noUnique.call('booking', 'demo-patient', { action: 'book', slotId: s._id, patientId: 'pat-demo-zhang', requestId: requestIdOf(i) }),
    );
    const results = await Promise.all(racing);
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    const active = await noUnique.ports.db.find<AppointmentDoc>('appointments', {
      where: { patientId: 'pat-demo-zhang', date: '2026-11-26', status: { in: ['pending_payment', 'booked'] } },
    });
    expect(active).toHaveLength(3);
  });
});
