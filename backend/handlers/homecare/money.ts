/**
 * The request's order (`hc-<request>`, kind `service`: the service fee and the travel fee), made
 * when the coordinator accepts; a paid order moves the request to `paid`; a cancel refunds what
 * backend/domain/homecare/requests.ts says, once, through the refund ledger.
 */
import { HomecareStatus } from '../../../miniprogram/shared/enums';
import { shanghaiDate } from '../../../miniprogram/shared/time';
import type { OrderDoc } from '../../domain/billing/docs';
import { outTradeNoOf } from '../../domain/billing/orders';
import type { HomecareRequestDoc } from '../../domain/homecare/docs';
import { DuplicateKeyError, type Ports } from '../../ports';
import { requestRefund } from '../billing/refunds';

/** A payment may still land on a closed order within the follow-up window (backend/domain/billing/follow-up.ts). */
const PAYMENT_WINDOW_MS = 2 * 3_600_000;

export const homecareOrderId = (id: string): string => `hc-${id}`;

export async function ensureHomecareOrder(ports: Ports, r: HomecareRequestDoc, now: number): Promise<void> {
  const id = homecareOrderId(r._id);
  const order: OrderDoc = {
    _id: id,
    hospitalId: r.hospitalId,
    hospitalName: r.hospitalName,
    openid: r.openid,
    patientId: r.patientId,
    patientName: r.patientName,
    kind: 'service',
    visitId: r._id,
    visitDate: shanghaiDate(r.windowStart),
    departmentName: '居家护理',
    doctorName: '',
    title: `医护到家 ${r.serviceName}`,
    items: [
      { code: `HC-${r.serviceCode}`.slice(0, 32), name: r.serviceName, category: 'service', quantity: 1, unit: '次', unitFen: r.serviceFen, amountFen: r.serviceFen },
      { code: 'HC-TRAVEL', name: '上门费', category: 'service', quantity: 1, unit: '次', unitFen: r.travelFen, amountFen: r.travelFen },
    ],
    totalFen: r.serviceFen + r.travelFen,
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
  } catch (e) {
    if (!(e instanceof DuplicateKeyError)) throw e;
  }
}

/** An accepted request whose order was paid becomes `paid`, claimed from `accepted`. */
export async function syncPaid(ports: Ports, r: HomecareRequestDoc, now: number): Promise<HomecareRequestDoc> {
  if (r.status !== HomecareStatus.accepted || !r.orderId) return r;
  const order = await ports.db.get<OrderDoc>('orders', r.orderId);
  if (!order || order.paidFen === 0) return r;
  const step = { status: HomecareStatus.paid, by: 'system', byName: '微信支付', at: now, note: '' };
  await ports.db.update('homecareRequests', { _id: r._id, status: HomecareStatus.accepted }, { set: { status: HomecareStatus.paid, steps: [...r.steps, step], updatedAt: now } });
  return (await ports.db.get<HomecareRequestDoc>('homecareRequests', r._id)) ?? r;
}

/** After a cancel: close the unpaid order, or refund `refundFen` of what arrived, once (key `hc-cancel:<request>`). */
export async function settleCancelled(ports: Ports, r: HomecareRequestDoc, now: number): Promise<void> {
  if (r.status !== HomecareStatus.cancelled || r.refund !== 'owed' || !r.orderId) return;
  await ports.db.update('orders', { _id: r.orderId, status: 'unpaid' }, { set: { status: 'closed', closedAt: now, updatedAt: now } });
  const order = await ports.db.get<OrderDoc>('orders', r.orderId);
  if (!order || order.paidFen === 0) {
    if (!order || now - (order.closedAt ?? now) >= PAYMENT_WINDOW_MS) await ports.db.update('homecareRequests', { _id: r._id, refund: 'owed' }, { set: { refund: 'none', updatedAt: now } });
    return;
  }
  const amountFen = Math.min(r.refundFen, order.paidFen);
  const refund = amountFen > 0 ? await requestRefund(ports, { order, amountFen, requestKey: `hc-cancel:${r._id}`, reason: amountFen < order.paidFen ? '取消居家护理，上门费不退' : '取消居家护理，费用退回', requestedBy: r.openid, now }) : null;
  if (refund && refund.status === 'pending') return;
  const outcome = refund && refund.status === 'failed' ? 'failed' : 'refunded';
  await ports.db.update('homecareRequests', { _id: r._id, refund: 'owed' }, { set: { refund: outcome, updatedAt: now } });
}
