/**
 * Refunds: one refund record per request (its id and out_refund_no come from the request's key,
 * so a retry is the same refund), never more than was paid (each refund first claims its amount
 * from the order's refundable balance with a conditional update), retried until WeChat Pay answers.
 */
import { createHash } from 'node:crypto';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { feeText } from '../../../miniprogram/shared/money';
import type { OrderDoc, RefundDoc } from '../../domain/billing/docs';
import { outRefundNoOf, refundedStatus } from '../../domain/billing/orders';
import { DuplicateKeyError, type Ports } from '../../ports';
import { AppError } from '../framework/app-error';
import { invoicesFollowMoney } from '../invoices/follow-refund';

export function refundIdOf(orderId: string, requestKey: string): string {
  return `rf-${createHash('sha256').update(`${orderId}|${requestKey}`).digest('hex').slice(0, 24)}`;
}

export interface RefundRequest {
  order: OrderDoc;
  amountFen: number;
  requestKey: string;
  reason: string;
  requestedBy: string;
  now: number;
}

/** Creates the refund once and tries to send it; answers the refund as it stands. */
export async function requestRefund(ports: Ports, req: RefundRequest): Promise<RefundDoc> {
  const id = refundIdOf(req.order._id, req.requestKey);
  const existing = await ports.db.get<RefundDoc>('refunds', id);
  if (existing) return sendRefund(ports, existing, req.now);
  if (!Number.isInteger(req.amountFen) || req.amountFen <= 0) throw new AppError(ErrorCode.VALIDATION_FAILED, '退款金额必须是正整数（分）', 'amountFen');
  const claimed = await ports.db.update('orders', { _id: req.order._id, refundableFen: { gte: req.amountFen } }, { inc: { refundableFen: -req.amountFen } });
  if (claimed === 0) throw new AppError(ErrorCode.LIMIT_REACHED, '退款金额超过可退金额');
  const refund: RefundDoc = {
    _id: id,
    orderId: req.order._id,
    hospitalId: req.order.hospitalId,
    openid: req.order.openid,
    requestKey: req.requestKey,
    outRefundNo: outRefundNoOf(req.order._id, req.requestKey),
    amountFen: req.amountFen,
    reason: req.reason,
    requestedBy: req.requestedBy,
    status: 'pending',
    attempts: 0,
    lastError: '',
    createdAt: req.now,
    settledAt: null,
  };
  try {
    await ports.db.insert('refunds', refund);
  } catch (e) {
    await ports.db.update('orders', { _id: req.order._id }, { inc: { refundableFen: req.amountFen } });
    if (!(e instanceof DuplicateKeyError)) throw e;
    const first = await ports.db.get<RefundDoc>('refunds', id);
    if (!first) throw e;
    return sendRefund(ports, first, req.now);
  }
  return sendRefund(ports, refund, req.now);
}

/** Sends a pending refund to WeChat Pay (again, with the same out_refund_no); settles it once. */
export async function sendRefund(ports: Ports, refund: RefundDoc, now: number): Promise<RefundDoc> {
  if (refund.status !== 'pending') return refund;
  const order = await ports.db.get<OrderDoc>('orders', refund.orderId);
  if (!order) return refund;
  const outcome = await ports.payments.refund({ outTradeNo: order.outTradeNo, outRefundNo: refund.outRefundNo, totalFen: order.paidFen, refundFen: refund.amountFen });
  if (!outcome.ok) {
    const status = outcome.retryable ? 'pending' : 'failed';
    const changed = await ports.db.update('refunds', { _id: refund._id, status: 'pending' }, { set: { status, lastError: outcome.error }, inc: { attempts: 1 } });
    // A refund WeChat Pay refuses for good returns nothing: its amount may be refunded again.
    if (changed === 1 && status === 'failed') await ports.db.update('orders', { _id: order._id }, { inc: { refundableFen: refund.amountFen } });
    ports.logger.error('refund failed', { refundId: refund._id, error: outcome.error, retryable: outcome.retryable });
    return (await ports.db.get<RefundDoc>('refunds', refund._id)) ?? refund;
  }
  const settled = await ports.db.update('refunds', { _id: refund._id, status: 'pending' }, { set: { status: 'succeeded', settledAt: now }, inc: { attempts: 1 } });
  if (settled === 1) {
    await ports.db.update('orders', { _id: order._id }, { inc: { refundedFen: refund.amountFen }, set: { updatedAt: now } });
    const after = await ports.db.get<OrderDoc>('orders', order._id);
    if (after) await ports.db.update('orders', { _id: order._id, refundedFen: after.refundedFen }, { set: { status: refundedStatus(after.paidFen, after.refundedFen) } });
    await ports.notifier.notify({
      openid: refund.openid,
      hospitalId: refund.hospitalId,
      kind: 'refund_done',
      key: `refund:${refund._id}`,
      page: `billing/order/index?id=${order._id}`,
      data: { amount: feeText(refund.amountFen), reason: refund.reason.slice(0, 20), item: order.title.slice(0, 20) },
    });
    await invoicesFollowMoney(ports, order._id, now);
  }
  return (await ports.db.get<RefundDoc>('refunds', refund._id)) ?? refund;
}
