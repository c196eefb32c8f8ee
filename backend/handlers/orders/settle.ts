/**
 * Applying a payment: the callback and the reconciliation query both end here. Each step is a
 * claim, so the notice delivered five times records one payment, changes the order once and sends
 * one message. Money that arrives for a visit that is no longer waiting (cancelled or expired while
 * the patient paid) goes straight back.
 */
import { AppointmentStatus } from '../../../miniprogram/shared/enums';
import { feeText } from '../../../miniprogram/shared/money';
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { OrderDoc, PaymentDoc } from '../../domain/billing/docs';
import { onPayment } from '../../domain/billing/orders';
import { DuplicateKeyError, type Ports } from '../../ports';
import { recordIssue } from './payment-issues';
import { refundRest } from './refunds';

export interface ArrivedPayment {
  transactionId: string;
  totalFen: number;
  paidAt: number;
  source: PaymentDoc['source'];
}

/** Records the payment of an order (once) and carries out what it pays for. */
export async function applyPayment(ports: Ports, order: OrderDoc, paid: ArrivedPayment, now: number): Promise<OrderDoc> {
  const payment: PaymentDoc = {
    _id: `pay-${order.outTradeNo}`,
    orderId: order._id,
    hospitalId: order.hospitalId,
    outTradeNo: order.outTradeNo,
    transactionId: paid.transactionId,
    totalFen: paid.totalFen,
    paidAt: paid.paidAt,
    source: paid.source,
  };
  try {
    await ports.db.insert('payments', payment);
  } catch (e) {
    if (!(e instanceof DuplicateKeyError)) throw e;
  }
  const step = onPayment(order);
  if (step !== 'already_paid') {
    await ports.db.update(
      'orders',
      { _id: order._id, status: { in: ['unpaid', 'closed'] } },
      {
        set: {
          status: 'paid',
          paidFen: paid.totalFen,
          refundableFen: paid.totalFen,
          transactionId: paid.transactionId,
          paidAt: paid.paidAt,
          holdUntil: null,
          noticePending: true,
          updatedAt: now,
        },
      },
    );
  }
  const current = (await ports.db.get<OrderDoc>('orders', order._id)) ?? order;
  await fulfil(ports, current, now);
  await sendPaidNotice(ports, current);
  return (await ports.db.get<OrderDoc>('orders', order._id)) ?? current;
}

/** A paid registration books its appointment; if the appointment is no longer waiting, the fee goes back. */
async function fulfil(ports: Ports, order: OrderDoc, now: number): Promise<void> {
  if (order.kind !== 'registration' || order.status !== 'paid') return;
  const a = await ports.db.get<AppointmentDoc>('appointments', order.visitId);
  if (!a) return;
  if (a.status === AppointmentStatus.pending_payment) {
    const booked = await ports.db.update(
      'appointments',
      { _id: a._id, status: AppointmentStatus.pending_payment },
      { set: { status: AppointmentStatus.booked, holdUntil: null, updatedAt: now } },
    );
    if (booked === 1) return;
  }
  const after = await ports.db.get<AppointmentDoc>('appointments', a._id);
  if (after && (after.status === AppointmentStatus.booked || after.status === AppointmentStatus.checked_in || after.status === AppointmentStatus.completed))
    return;
  await refundRest(ports, { order, requestKey: `late:${order._id}`, reason: '预约已取消或超时，挂号费自动退回', requestedBy: 'system', now });
}

async function sendPaidNotice(ports: Ports, order: OrderDoc): Promise<void> {
  if (!order.noticePending) return;
  await ports.notifier.notify({
    openid: order.openid,
    hospitalId: order.hospitalId,
    kind: 'payment_done',
    key: `paid:${order._id}`,
    page: `billing/order/index?id=${order._id}`,
    data: { item: order.title.slice(0, 20), amount: feeText(order.paidFen), patient: order.patientName.slice(0, 10) },
  });
  await ports.db.update('orders', { _id: order._id, noticePending: true }, { set: { noticePending: false } });
}

/** Asks WeChat Pay how an order's trade stands and applies a payment that arrived without its notice. */
export async function reconcile(ports: Ports, order: OrderDoc, now: number): Promise<OrderDoc> {
  if (order.status !== 'unpaid' && order.status !== 'closed') return order;
  const trade = await ports.payments.query(order.outTradeNo);
  if (trade.state !== 'paid' && trade.state !== 'refunded') return order;
  if (trade.totalFen !== order.totalFen) {
    await recordIssue(ports, order, `对账金额不符：微信 ${trade.totalFen} 分，订单 ${order.totalFen} 分`, trade.totalFen, trade.transactionId, now);
    return order;
  }
  return applyPayment(ports, order, { transactionId: trade.transactionId, totalFen: trade.totalFen, paidAt: trade.paidAt ?? now, source: 'query' }, now);
}
