/**
 * The orders timer (every minute): settles payments whose notice never came (asks WeChat Pay),
 * closes unpaid orders whose hold ran out, resends pending refunds, and pays back what ended
 * appointments are owed. Every step is a claim, so two runs change nothing twice; every item is
 * isolated, so one that fails is recorded and the others go on.
 */
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { OrderDoc, RefundDoc } from '../../domain/billing/docs';
import { MAX_PAGE } from '../../ports';
import type { Ctx } from '../framework/context';
import { eachIsolated, type Tally } from '../framework/isolated';
import { followUpPayments } from './follow-up';
import { settleOwedRefund } from './registration';
import { sendRefund, sendRefundNotice } from './refunds';
import { reconcile } from './settle';
import { sweepInvoicesAfterRefunds } from '../invoices/follow-refund';

export async function ordersTimer(ctx: Ctx): Promise<Record<string, number>> {
  const { db } = ctx;
  const fn = 'orders';

  const settled: Tally = await followUpPayments(ctx);

  const expired = await db.find<OrderDoc>('orders', { where: { status: 'unpaid', holdUntil: { lt: ctx.now } }, limit: MAX_PAGE });
  const closed = await eachIsolated(ctx, fn, 'close', expired, async (o) => {
    const after = await reconcile(ctx.ports, o, ctx.now);
    if (after.status !== 'unpaid') return false;
    return (await db.update('orders', { _id: o._id, status: 'unpaid' }, { set: { status: 'closed', closedAt: ctx.now, updatedAt: ctx.now } })) === 1;
  });

  const pending = await db.find<RefundDoc>('refunds', { where: { status: 'pending' }, orderBy: [['createdAt', 'asc']], limit: MAX_PAGE });
  const refundsSent = await eachIsolated(ctx, fn, 'refund', pending, async (r) => (await sendRefund(ctx.ports, r, ctx.now)).status === 'succeeded');

  const unsent = await db.find<RefundDoc>('refunds', { where: { noticePending: true }, limit: MAX_PAGE });
  const noticesSent = await eachIsolated(ctx, fn, 'refundNotice', unsent, async (r) => {
    const order = await db.get<OrderDoc>('orders', r.orderId);
    if (order) await sendRefundNotice(ctx.ports, r, order);
    return order !== null;
  });

  const owed = await db.find<AppointmentDoc>('appointments', { where: { refund: 'owed' }, limit: MAX_PAGE });
  const owedPaid = await eachIsolated(ctx, fn, 'owed', owed, async (a) => {
    await settleOwedRefund(ctx.ports, a, ctx.now);
    return true;
  });

  await sweepInvoicesAfterRefunds(ctx.ports, ctx.now);

  const steps = [settled, closed, refundsSent, noticesSent, owedPaid];
  return {
    settled: settled.done,
    closed: closed.done,
    refundsSent: refundsSent.done,
    refundNotices: noticesSent.done,
    owedPaid: owedPaid.done,
    failed: steps.reduce((n, t) => n + t.failed, 0),
  };
}
