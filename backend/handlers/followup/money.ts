/**
 * The money of an online follow-up, all through the orders function and the refund ledger
 * (backend/handlers/orders/service-orders.ts): the visit fee (`fu-<followup>`, made at the start),
 * and each approved prescription's drugs (`rx-<prescription>`, made when the pharmacist approves).
 * A decline or withdrawal refunds the fee in full once (key `fu-refund:<followup>`).
 */
import { shanghaiDate } from '../../../miniprogram/shared/time';
import type { FollowupDoc, OnlineRxDoc } from '../../domain/online/docs';
import { FollowupStatus, RxStatus } from '../../domain/online/followups';
import type { Ports } from '../../ports';
import { ensureServiceOrder, servicePaid, settleServiceCancel } from '../orders/service-orders';
import { appendEvent } from './access';

export const followupOrderId = (id: string): string => `fu-${id}`;
export const rxOrderId = (id: string): string => `rx-${id}`;

export function ensureFollowupOrder(ports: Ports, f: FollowupDoc, now: number): Promise<void> {
  return ensureServiceOrder(
    ports,
    {
      _id: followupOrderId(f._id),
      hospitalId: f.hospitalId,
      hospitalName: f.hospitalName,
      openid: f.openid,
      patientId: f.patientId,
      patientName: f.patientName,
      visitId: f._id,
      visitDate: shanghaiDate(f.createdAt),
      departmentName: f.departmentName,
      title: `在线复诊 ${f.departmentName}`,
      items: [{ code: 'ONLINE-FU', name: '互联网复诊费', category: 'consultation', quantity: 1, unit: '次', unitFen: f.feeFen, amountFen: f.feeFen }],
    },
    now,
  );
}

export function ensureRxOrder(ports: Ports, rx: OnlineRxDoc, now: number): Promise<void> {
  return ensureServiceOrder(
    ports,
    {
      _id: rxOrderId(rx._id),
      hospitalId: rx.hospitalId,
      hospitalName: rx.hospitalName,
      openid: rx.openid,
      patientId: rx.patientId,
      patientName: rx.patientName,
      visitId: rx.followupId,
      visitDate: shanghaiDate(now),
      departmentName: rx.departmentName,
      title: `在线复诊处方 ${rx.departmentName}`,
      items: rx.items.map((i) => ({
        code: i.code,
        name: `${i.name} ${i.spec}`.slice(0, 60),
        category: 'drug' as const,
        quantity: i.quantity,
        unit: i.packUnit,
        unitFen: i.unitFen,
        amountFen: i.amountFen,
      })),
    },
    now,
  );
}

/** An unpaid follow-up whose fee arrived moves to `waiting`, claimed from `unpaid`. */
export async function syncFollowupPaid(ports: Ports, f: FollowupDoc, now: number): Promise<FollowupDoc> {
  if (f.status !== FollowupStatus.unpaid || !f.orderId || !(await servicePaid(ports, f.orderId))) return f;
  const n = await ports.db.update('followups', { _id: f._id, status: FollowupStatus.unpaid }, { set: { status: FollowupStatus.waiting, updatedAt: now } });
  if (n > 0) await appendEvent(ports.db, { openid: null, now }, f, 'paid', { kind: 'paid', byName: '微信支付', byRole: 'system', text: '复诊费已支付' });
  return (await ports.db.get<FollowupDoc>('followups', f._id)) ?? f;
}

/** An approved prescription whose order was paid moves to `paid`. */
export async function syncRxPaid(ports: Ports, rx: OnlineRxDoc, now: number): Promise<OnlineRxDoc> {
  if (rx.status !== RxStatus.approved || !rx.orderId || !(await servicePaid(ports, rx.orderId))) return rx;
  await ports.db.update('onlinePrescriptions', { _id: rx._id, status: RxStatus.approved }, { set: { status: RxStatus.paid, updatedAt: now } });
  return (await ports.db.get<OnlineRxDoc>('onlinePrescriptions', rx._id)) ?? rx;
}

/** A declined or withdrawn follow-up: close the unpaid order, or refund everything paid, once. */
export async function settleFollowupRefund(ports: Ports, f: FollowupDoc, now: number): Promise<void> {
  if (f.refund !== 'owed' || !f.orderId) return;
  const reason = f.status === FollowupStatus.declined ? '医生未接诊在线复诊，全额退款' : '撤回在线复诊，全额退款';
  const outcome = await settleServiceCancel(ports, {
    orderId: f.orderId,
    requestKey: `fu-refund:${f._id}`,
    amountFen: null,
    reason,
    requestedBy: f.openid,
    now,
  });
  if (outcome === 'wait' || outcome === 'pending') return;
  const n = await ports.db.update('followups', { _id: f._id, refund: 'owed' }, { set: { refund: outcome, updatedAt: now } });
  if (n > 0 && outcome === 'refunded')
    await appendEvent(ports.db, { openid: null, now }, f, 'refund', { kind: 'refund', byName: '微信支付', byRole: 'system', text: '复诊费已原路退回' });
}
