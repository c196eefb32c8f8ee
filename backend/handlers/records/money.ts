/**
 * The application's order (kind `service`, id `rc-<application>`): made once when the office sets
 * the fee, paid through the orders function; a paid order moves the application to `paid`; a
 * cancelled application closes its unpaid order or refunds what arrived, once
 * (backend/handlers/billing/refunds.ts).
 */
import { CopyStatus } from '../../../miniprogram/shared/enums';
import { shanghaiDate } from '../../../miniprogram/shared/time';
import type { OrderDoc } from '../../domain/billing/docs';
import { outTradeNoOf } from '../../domain/billing/orders';
import { copyTransition } from '../../domain/records/applications';
import type { CopyApplicationDoc, CopyFeesDoc } from '../../domain/records/docs';
import { DuplicateKeyError, type Ports } from '../../ports';
import { refundRest } from '../billing/refunds';

/** How long after closing an order a payment can still arrive (the follow-up window of backend/domain/billing/follow-up.ts). */
const PAYMENT_WINDOW_MS = 2 * 3_600_000;

export const copyOrderId = (applicationId: string): string => `rc-${applicationId}`;

export async function ensureCopyOrder(ports: Ports, a: CopyApplicationDoc, fees: Pick<CopyFeesDoc, 'perPageFen' | 'postageFen'>, now: number): Promise<OrderDoc> {
  const id = copyOrderId(a._id);
  const existing = await ports.db.get<OrderDoc>('orders', id);
  if (existing) return existing;
  const order: OrderDoc = {
    _id: id,
    hospitalId: a.hospitalId,
    hospitalName: a.hospitalName,
    openid: a.openid,
    patientId: a.patientId,
    patientName: a.patientName,
    kind: 'service',
    visitId: a._id,
    visitDate: shanghaiDate(now),
    departmentName: '病案室',
    doctorName: '',
    title: `病历复印邮寄 ${a.pages}页`,
    items: [
      { code: 'COPY', name: '病历复印', category: 'service', quantity: a.pages, unit: '页', unitFen: fees.perPageFen, amountFen: a.pages * fees.perPageFen },
      { code: 'POST', name: '邮寄费', category: 'service', quantity: 1, unit: '件', unitFen: fees.postageFen, amountFen: fees.postageFen },
    ],
    totalFen: a.feeFen,
    status: 'unpaid',
    holdUntil: null,
    outTradeNo: outTradeNoOf(id),
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
  try {
    await ports.db.insert('orders', order);
    return order;
  } catch (e) {
    if (!(e instanceof DuplicateKeyError)) throw e;
    return (await ports.db.get<OrderDoc>('orders', id)) ?? order;
  }
}

/** A quoted application whose order was paid becomes `paid` (claimed from `quoted`); answers it as it stands. */
export async function syncPaid(ports: Ports, a: CopyApplicationDoc, now: number): Promise<CopyApplicationDoc> {
  if (a.status !== CopyStatus.quoted || !a.orderId) return a;
  const order = await ports.db.get<OrderDoc>('orders', a.orderId);
  if (!order || order.paidFen === 0) return a;
  const t = copyTransition(a, { kind: 'pay' }, { openid: 'system', name: '微信支付' }, now);
  if (!t.ok) return a;
  await ports.db.update('copyApplications', { _id: a._id, status: CopyStatus.quoted }, { set: t.patch });
  return (await ports.db.get<CopyApplicationDoc>('copyApplications', a._id)) ?? a;
}

/** After a cancel: close the unpaid order, refund whatever arrived (once, by key), and record the outcome. */
export async function settleCancelled(ports: Ports, a: CopyApplicationDoc, now: number): Promise<void> {
  if (a.status !== CopyStatus.cancelled || a.refund !== 'owed' || !a.orderId) return;
  await ports.db.update('orders', { _id: a.orderId, status: 'unpaid' }, { set: { status: 'closed', closedAt: now, updatedAt: now } });
  const order = await ports.db.get<OrderDoc>('orders', a.orderId);
  if (!order || order.paidFen === 0) {
    // A payment may still land on the closed order while WeChat Pay is being asked about it.
    if (!order || now - (order.closedAt ?? now) >= PAYMENT_WINDOW_MS) await ports.db.update('copyApplications', { _id: a._id, refund: 'owed' }, { set: { refund: 'none', updatedAt: now } });
    return;
  }
  const refund = await refundRest(ports, { order, requestKey: `copy-cancel:${a._id}`, reason: '取消病历复印申请，费用退回', requestedBy: a.openid, now });
  if (refund && refund.status === 'pending') return;
  const outcome = refund && refund.status === 'failed' ? 'failed' : 'refunded';
  await ports.db.update('copyApplications', { _id: a._id, refund: 'owed' }, { set: { refund: outcome, updatedAt: now } });
}
