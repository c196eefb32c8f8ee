/**
 * Invoices follow the money: when an order's settled money (paid − refunded) no longer matches its
 * valid invoice — a refund after the invoice — the invoice is voided with a red-letter reversal
 * (红字冲销), and what remains, if anything, gets a new invoice with the same title. Called by
 * sendRefund (backend/handlers/orders/refunds.ts) once a refund is settled, and by the orders timer
 * (backend/handlers/orders/timers.ts) as a sweep over recent refunds, which heals a follow-up that
 * never ran. Safe to run twice or at once: the change is one transaction on the order's claim
 * (records.ts), and the ids of the reversal and the new invoice derive from the voided invoice.
 * PDFs are not rendered here: the invoices function renders them when a link is asked for.
 */
import { feeText } from '../../../miniprogram/shared/money';
import type { OrderDoc, RefundDoc } from '../../domain/billing/docs';
import { settledAmounts } from '../../domain/invoices/amounts';
import type { InvoiceClaimDoc, InvoiceReversalDoc } from '../../domain/invoices/docs';
import { shanghaiDate } from '../../../miniprogram/shared/time';
import { MAX_PAGE, type Ports } from '../../ports';
import { findAll } from '../framework/find-all';
import { changeValidInvoice, claimIdOf, invoiceRecord, nextNumber, removeReplacedPdf, validInvoiceOf } from './records';
import { hashId } from '../../ids';

export type FollowOutcome = 'unchanged' | 'voided' | 'reissued' | 'failed';

/** How far back the sweep looks for settled refunds (the orders timer runs every minute). */
const SWEEP_WINDOW_MS = 6 * 60 * 60_000;

/** Rounds of "compare, then change" before leaving the rest to the sweep (other changes kept winning). */
const ROUNDS = 3;

const followIdOf = (voidedId: string): string => hashId('inv', voidedId, 'follow-money');

/** One round: the change made, 'unchanged' when the invoice matches the money, or null when another change won. */
async function followOnce(ports: Ports, orderId: string, now: number): Promise<FollowOutcome | null> {
  const order = await ports.db.get<OrderDoc>('orders', orderId);
  const current = order ? await validInvoiceOf(ports.db, orderId) : null;
  if (!order || !current) return 'unchanged';
  const amounts = settledAmounts(order);
  if (current.totalFen === amounts.totalFen) return 'unchanged';
  const next =
    amounts.totalFen > 0
      ? invoiceRecord({
          id: followIdOf(current._id),
          order,
          amounts,
          title: current.title,
          email: current.email,
          requestId: `follow-${current._id}`,
          number: await nextNumber(ports.db, order.hospitalId, now),
          replaces: current._id,
          now,
        })
      : null;
  const refunded = feeText(amounts.refundedFen);
  const reason = next ? `订单退款 ${refunded}，发票已红字冲销并重开 ${next.number}` : `订单已全额退款 ${refunded}，发票已红字冲销`;
  const reversal: InvoiceReversalDoc = {
    _id: `rv-${current._id}`,
    hospitalId: current.hospitalId,
    hospitalName: current.hospitalName,
    openid: current.openid,
    orderId,
    invoiceId: current._id,
    invoiceNumber: current.number,
    number: await nextNumber(ports.db, order.hospitalId, now),
    title: current.title,
    amountFen: -current.totalFen,
    refundedFen: amounts.refundedFen,
    reason,
    replacedBy: next?._id ?? '',
    replacedByNumber: next?.number ?? '',
    issueDate: shanghaiDate(now),
    issuedAt: now,
  };
  if (!(await changeValidInvoice(ports.db, { orderId, current, voidReason: reason, reversal, next, now }))) return null;
  await removeReplacedPdf(ports, current);
  return next ? 'reissued' : 'voided';
}

/**
 * Makes the order's valid invoice match its settled money. Never throws: a failure is logged and
 * the sweep tries again.
 */
export async function invoicesFollowMoney(ports: Ports, orderId: string, now: number): Promise<FollowOutcome> {
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const outcome = await followOnce(ports, orderId, now);
      if (outcome) return outcome;
    }
    return 'unchanged';
  } catch (e) {
    ports.logger.error('invoice did not follow the refund', { orderId, error: e instanceof Error ? e.message : String(e) });
    return 'failed';
  }
}

/**
 * Follows the money of every invoiced order with a refund settled within SWEEP_WINDOW_MS whose
 * claim no longer matches paid − refunded; answers how many invoices changed. Reads are batched: the
 * recent refunds, then the claims and orders 100 at a time.
 */
export async function sweepInvoicesAfterRefunds(ports: Ports, now: number): Promise<number> {
  const refunds = await findAll<RefundDoc>(ports.db, 'refunds', { status: 'succeeded', settledAt: { gte: now - SWEEP_WINDOW_MS } }, [['settledAt', 'asc']]);
  const orderIds = [...new Set(refunds.map((r) => r.orderId))];
  let changed = 0;
  for (let i = 0; i < orderIds.length; i += MAX_PAGE) {
    const claims = await ports.db.find<InvoiceClaimDoc>('invoiceClaims', {
      where: { _id: { in: orderIds.slice(i, i + MAX_PAGE).map(claimIdOf) } },
      limit: MAX_PAGE,
    });
    const invoiced = claims.filter((c) => c.invoiceId !== '');
    if (invoiced.length === 0) continue;
    const orders = await ports.db.find<OrderDoc>('orders', { where: { _id: { in: invoiced.map((c) => c.orderId) } }, limit: MAX_PAGE });
    for (const order of orders) {
      if (invoiced.some((c) => c.orderId === order._id && c.invoicedFen === order.paidFen - order.refundedFen)) continue;
      const outcome = await invoicesFollowMoney(ports, order._id, now);
      if (outcome === 'voided' || outcome === 'reissued') changed++;
    }
  }
  return changed;
}
