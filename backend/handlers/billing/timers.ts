/**
 * The orders timer (every minute): settles payments whose notice never came (asks WeChat Pay),
 * closes unpaid orders whose hold ran out, resends pending refunds, and pays back what ended
 * appointments are owed. Every step is a claim, so two runs change nothing twice.
 */
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { OrderDoc, RefundDoc } from '../../domain/billing/docs';
import { MAX_PAGE } from '../../ports';
import type { Ctx } from '../framework/context';
import { settleOwedRefund } from './registration';
import { sendRefund } from './refunds';
import { reconcile } from './settle';
import { sweepInvoicesAfterRefunds } from '../invoices/follow-refund';

/** How long after the payment sheet opened the timer asks WeChat Pay about an unpaid order. */
const STRAGGLER_MS = 60_000;

export async function ordersTimer(ctx: Ctx): Promise<Record<string, number>> {
  const { db } = ctx;
  const counts = { settled: 0, closed: 0, refundsSent: 0, owedPaid: 0 };

  const stragglers = await db.find<OrderDoc>('orders', { where: { status: 'unpaid', payStartedAt: { lt: ctx.now - STRAGGLER_MS } }, limit: MAX_PAGE });
  for (const o of stragglers) if ((await reconcile(ctx.ports, o, ctx.now)).status !== 'unpaid') counts.settled++;

  const expired = await db.find<OrderDoc>('orders', { where: { status: 'unpaid', holdUntil: { lt: ctx.now } }, limit: MAX_PAGE });
  for (const o of expired) {
    const after = await reconcile(ctx.ports, o, ctx.now);
    if (after.status !== 'unpaid') continue;
    counts.closed += await db.update('orders', { _id: o._id, status: 'unpaid' }, { set: { status: 'closed', closedAt: ctx.now, updatedAt: ctx.now } });
  }

  const pending = await db.find<RefundDoc>('refunds', { where: { status: 'pending' }, orderBy: [['createdAt', 'asc']], limit: MAX_PAGE });
  for (const r of pending) if ((await sendRefund(ctx.ports, r, ctx.now)).status === 'succeeded') counts.refundsSent++;

  const owed = await db.find<AppointmentDoc>('appointments', { where: { refund: 'owed' }, limit: MAX_PAGE });
  for (const a of owed) {
    await settleOwedRefund(ctx.ports, a, ctx.now);
    counts.owedPaid++;
  }
  await sweepInvoicesAfterRefunds(ctx.ports, ctx.now);
  return counts;
}
