/**
 * Orders of kind `service` (record copies, home nursing): made once under an id derived from what
 * they pay for, paid through the orders function like any order; when the service is cancelled,
 * the unpaid order is closed, or what the service owes back of what arrived is refunded once
 * through the refund ledger (backend/handlers/orders/refunds.ts).
 */
import type { OrderDoc } from '../../domain/billing/docs';
import { newOrder } from '../../domain/billing/orders';
import type { Ports } from '../../ports';
import { insertOnce } from '../framework/insert-once';
import { requestRefund, refundRest } from './refunds';

/** How long after closing an order a payment can still arrive (the follow-up window of backend/domain/billing/follow-up.ts). */
const PAYMENT_WINDOW_MS = 2 * 3_600_000;

export type ServiceOrderSpec = Pick<
  OrderDoc,
  '_id' | 'hospitalId' | 'hospitalName' | 'openid' | 'patientId' | 'patientName' | 'visitId' | 'visitDate' | 'departmentName' | 'title' | 'items'
>;

export async function ensureServiceOrder(ports: Ports, spec: ServiceOrderSpec, now: number): Promise<void> {
  await insertOnce(ports.db, 'orders', newOrder({ ...spec, kind: 'service', doctorName: '' }, now));
}

/** True once money arrived for the order. */
export async function servicePaid(ports: Ports, orderId: string): Promise<boolean> {
  const order = await ports.db.get<OrderDoc>('orders', orderId);
  return order !== null && order.paidFen > 0;
}

/** Where a cancelled service's money stands: still waiting for a late payment, nothing to return, or the refund's state. */
export type CancelOutcome = 'wait' | 'none' | 'pending' | 'refunded' | 'failed';

/**
 * Settles a cancelled service's order: closes it when unpaid; refunds `amountFen` (or, when null,
 * all that is left) of what arrived, once per `requestKey`.
 */
export async function settleServiceCancel(
  ports: Ports,
  req: { orderId: string; requestKey: string; amountFen: number | null; reason: string; requestedBy: string; now: number },
): Promise<CancelOutcome> {
  await ports.db.update('orders', { _id: req.orderId, status: 'unpaid' }, { set: { status: 'closed', closedAt: req.now, updatedAt: req.now } });
  const order = await ports.db.get<OrderDoc>('orders', req.orderId);
  if (!order || order.paidFen === 0) return !order || req.now - (order.closedAt ?? req.now) >= PAYMENT_WINDOW_MS ? 'none' : 'wait';
  const base = { order, requestKey: req.requestKey, reason: req.reason, requestedBy: req.requestedBy, now: req.now };
  const amountFen = req.amountFen === null ? null : Math.min(req.amountFen, order.paidFen);
  const refund = amountFen === null ? await refundRest(ports, base) : amountFen > 0 ? await requestRefund(ports, { ...base, amountFen }) : null;
  if (!refund) return 'refunded';
  return refund.status === 'pending' ? 'pending' : refund.status === 'failed' ? 'failed' : 'refunded';
}
