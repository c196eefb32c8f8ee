/**
 * Orders: totals that equal their items, the states unpaid → paid → (partially) refunded, or
 * closed when the hold runs out, and the checks a payment notice must pass.
 */
import { createHash } from 'node:crypto';
import type { AppointmentDoc } from '../booking/docs';
import type { OrderDoc, OrderItem, OrderStatus } from './docs';

export function totalOf(items: readonly OrderItem[]): number {
  return items.reduce((sum, i) => sum + i.amountFen, 0);
}

/** What differs between orders: who pays, for which visit, what; the rest starts the same for every order. */
export type OrderSpec = Pick<
  OrderDoc,
  | '_id'
  | 'hospitalId'
  | 'hospitalName'
  | 'openid'
  | 'patientId'
  | 'patientName'
  | 'kind'
  | 'visitId'
  | 'visitDate'
  | 'departmentName'
  | 'doctorName'
  | 'title'
  | 'items'
> & { holdUntil?: number | null };

/**
 * The one way an order document is made (registration, a visit's outpatient orders, service
 * orders): unpaid, its total the sum of its items, its merchant order number from its id.
 */
export function newOrder(spec: OrderSpec, now: number): OrderDoc {
  return {
    ...spec,
    totalFen: totalOf(spec.items),
    status: 'unpaid',
    holdUntil: spec.holdUntil ?? null,
    outTradeNo: outTradeNoOf(spec._id),
    transactionId: '',
    paidFen: 0,
    refundableFen: 0,
    refundedFen: 0,
    paidAt: null,
    closedAt: null,
    noticePending: false,
    createdAt: now,
    updatedAt: now,
  };
}

/** The fields an order of an appointment (its registration, the visit's orders) takes from it. */
export function visitOfAppointment(
  a: AppointmentDoc,
): Pick<OrderSpec, 'hospitalId' | 'hospitalName' | 'openid' | 'patientId' | 'patientName' | 'visitId' | 'visitDate' | 'departmentName' | 'doctorName'> {
  return {
    hospitalId: a.hospitalId,
    hospitalName: a.hospitalName,
    openid: a.openid,
    patientId: a.patientId,
    patientName: a.patientName,
    visitId: a._id,
    visitDate: a.date,
    departmentName: a.departmentName,
    doctorName: a.ownerName,
  };
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
