/**
 * Refunds, with the order as the ledger of its money: `paidFen` = what arrived, `refundedFen` =
 * what went back, `refundableFen` = what may still go back (paid − refunded − refunds in flight).
 * Every refund path (patient cancel, stop-clinic, billing staff, expired hold, late payment) comes
 * here: one refund record per request (its id and out_refund_no come from the request's key, so a
 * retry is the same refund), never more than was paid (each refund first claims its amount from
 * the refundable balance with a conditional update), retried until WeChat Pay answers.
 */
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { feeText } from '../../../miniprogram/shared/money';
import type { OrderDoc, RefundDoc } from '../../domain/billing/docs';
import { outRefundNoOf, refundedStatus } from '../../domain/billing/orders';
import type { Ports } from '../../ports';
import { AppError } from '../framework/app-error';
import { invoicesFollowMoney } from '../invoices/follow-refund';
import { hashId } from '../../ids';

export function refundIdOf(orderId: string, requestKey: string): string {
  return hashId('rf', orderId, requestKey);
}

export interface RefundRequest {
  order: OrderDoc;
  amountFen: number;
  requestKey: string;
  reason: string;
  requestedBy: string;
  now: number;
}

/**
 * Creates the refund once and tries to send it; answers the refund as it stands. The amount is
 * claimed from the order's refundable balance and the refund recorded in one transaction, so a
 * crash leaves both or neither.
 */
export async function requestRefund(ports: Ports, req: RefundRequest): Promise<RefundDoc> {
  const id = refundIdOf(req.order._id, req.requestKey);
  if (!Number.isInteger(req.amountFen) || req.amountFen <= 0) throw new AppError(ErrorCode.VALIDATION_FAILED, '退款金额必须是正整数（分）', 'amountFen');
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
    noticePending: false,
    createdAt: req.now,
    settledAt: null,
  };
  const recorded = await ports.db.transaction(async (tx) => {
    const existing = await tx.get<RefundDoc>('refunds', id);
    if (existing) return existing;
    const order = await tx.get<OrderDoc>('orders', req.order._id);
    if (!order || order.refundableFen < req.amountFen) return null;
    await tx.updateById('orders', order._id, { inc: { refundableFen: -req.amountFen }, set: { updatedAt: req.now } });
    await tx.insert('refunds', refund);
    return refund;
  });
  if (!recorded) throw new AppError(ErrorCode.LIMIT_REACHED, '退款金额超过可退金额');
  return sendRefund(ports, recorded, req.now);
}

/** How often `refundRest` measures the rest again when another refund of the order claimed first. */
const REST_ATTEMPTS = 3;

/**
 * Refunds all that the order still holds (its refundable balance), once per request key: a cancel
 * after a partial staff refund returns exactly the rest. Null when nothing is left to refund.
 */
export async function refundRest(ports: Ports, req: Omit<RefundRequest, 'amountFen'>): Promise<RefundDoc | null> {
  const id = refundIdOf(req.order._id, req.requestKey);
  for (let attempt = 0; attempt < REST_ATTEMPTS; attempt++) {
    const existing = await ports.db.get<RefundDoc>('refunds', id);
    if (existing) return sendRefund(ports, existing, req.now);
    const order = await ports.db.get<OrderDoc>('orders', req.order._id);
    if (!order || order.refundableFen === 0) return null;
    try {
      return await requestRefund(ports, { ...req, order, amountFen: order.refundableFen });
    } catch (e) {
      if (!(e instanceof AppError && e.code === ErrorCode.LIMIT_REACHED)) throw e;
    }
  }
  throw new AppError(ErrorCode.STATE_CONFLICT, '退款处理繁忙，请稍后重试');
}

/** Sends a pending refund to WeChat Pay (again, with the same out_refund_no); settles it once. */
export async function sendRefund(ports: Ports, refund: RefundDoc, now: number): Promise<RefundDoc> {
  if (refund.status !== 'pending') return refund;
  const order = await ports.db.get<OrderDoc>('orders', refund.orderId);
  if (!order) return refund;
  const outcome = await ports.payments.refund({
    outTradeNo: order.outTradeNo,
    outRefundNo: refund.outRefundNo,
    totalFen: order.paidFen,
    refundFen: refund.amountFen,
  });
  if (!outcome.ok) {
    const status = outcome.retryable ? 'pending' : 'failed';
    await ports.db.transaction(async (tx) => {
      const current = await tx.get<RefundDoc>('refunds', refund._id);
      if (!current || current.status !== 'pending') return;
      await tx.updateById('refunds', refund._id, { set: { status, lastError: outcome.error }, inc: { attempts: 1 } });
      // A refund WeChat Pay refuses for good returns nothing: its amount may be refunded again.
      if (status === 'failed') await tx.updateById('orders', order._id, { inc: { refundableFen: refund.amountFen }, set: { updatedAt: now } });
    });
    ports.logger.error('refund failed', { refundId: refund._id, error: outcome.error, retryable: outcome.retryable });
    return (await ports.db.get<RefundDoc>('refunds', refund._id)) ?? refund;
  }
  await ports.db.transaction(async (tx) => {
    const current = await tx.get<RefundDoc>('refunds', refund._id);
    const latest = await tx.get<OrderDoc>('orders', order._id);
    if (!current || current.status !== 'pending' || !latest) return;
    const refundedFen = latest.refundedFen + refund.amountFen;
    await tx.updateById('refunds', refund._id, { set: { status: 'succeeded', settledAt: now, noticePending: true }, inc: { attempts: 1 } });
    await tx.updateById('orders', order._id, { set: { refundedFen, status: refundedStatus(latest.paidFen, refundedFen), updatedAt: now } });
  });
  const settled = await ports.db.get<RefundDoc>('refunds', refund._id);
  if (settled) await sendRefundNotice(ports, settled, order);
  if (settled?.status === 'succeeded') await invoicesFollowMoney(ports, order._id, now);
  return (await ports.db.get<RefundDoc>('refunds', refund._id)) ?? refund;
}

/** Tells the patient a refund arrived, once; a notice a crash left unsent is sent by the orders timer. */
export async function sendRefundNotice(ports: Ports, refund: RefundDoc, order: Pick<OrderDoc, '_id' | 'title'>): Promise<void> {
  if (!refund.noticePending) return;
  await ports.notifier.notify({
    openid: refund.openid,
    hospitalId: refund.hospitalId,
    kind: 'refund_done',
    key: `refund:${refund._id}`,
    page: `billing/order/index?id=${order._id}`,
    data: { amount: feeText(refund.amountFen), reason: refund.reason.slice(0, 20), item: order.title.slice(0, 20) },
  });
  await ports.db.update('refunds', { _id: refund._id, noticePending: true }, { set: { noticePending: false } });
}
