/**
 * Orders: totals that equal their items, the states unpaid → paid → (partially) refunded, or
 * closed when the hold runs out, and the checks a payment notice must pass.
 */
import { createHash } from 'node:crypto';
import type { OrderDoc, OrderItem, OrderStatus } from './docs';

export function totalOf(items: readonly OrderItem[]): number {
  return items.reduce((sum, i) => sum + i.amountFen, 0);
}

/** 'PZ' + 30 hex characters of the order id's hash: 32 characters, stable for the order. */
export function outTradeNoOf(orderId: string): string {
  return `PZ${createHash('sha256').update(orderId).digest('hex').slice(0, 30).toUpperCase()}`;
}

export function outRefundNoOf(orderId: string, requestKey: string): string {
  return `RF${createHash('sha256').update(`${orderId}|${requestKey}`).digest('hex').slice(0, 30).toUpperCase()}`;
}

/** The state after `refundedFen` of `paidFen` has gone back. */
export function refundedStatus(paidFen: number, refundedFen: number): OrderStatus {
  if (refundedFen <= 0) return 'paid';
  return refundedFen >= paidFen ? 'refunded' : 'partially_refunded';
}

export interface PaymentNotice {
  outTradeNo: string;
  transactionId: string;
  totalFee: number;
  resultCode: string;
  returnCode: string;
}

/** Why a payment notice cannot be applied to its order, or null. The order's state is not judged here. */
export function noticeProblem(order: Pick<OrderDoc, 'outTradeNo' | 'totalFen'>, notice: PaymentNotice): string | null {
  if (notice.returnCode !== 'SUCCESS' || notice.resultCode !== 'SUCCESS') return '支付未成功';
  if (notice.outTradeNo !== order.outTradeNo) return '商户订单号不符';
  if (notice.totalFee !== order.totalFen) return `金额不符：通知 ${notice.totalFee} 分，订单 ${order.totalFen} 分`;
  return null;
}

/** What the payment does to the order: paid in full when still unpaid; money arriving for a closed order must go back. */
export function onPayment(order: Pick<OrderDoc, 'status'>): 'mark_paid' | 'refund_late' | 'already_paid' {
  if (order.status === 'unpaid') return 'mark_paid';
  if (order.status === 'closed') return 'refund_late';
  return 'already_paid';
}
