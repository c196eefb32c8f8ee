/**
 * The consultation's money and notices: its order (`cs-<consultation>`, kind `service`) made before
 * the question is stored (backend/handlers/orders/service-orders.ts); a paid order moves the
 * question to `waiting` with its answer deadline; a declined, expired or withdrawn question closes
 * the unpaid order or refunds what was paid in full, once (key `cs-refund:<consultation>`), and the
 * patient is told with a subscribe message (their consent decides whether it is sent).
 */
import { feeText } from '../../../miniprogram/shared/money';
import { shanghaiDate, shanghaiDateTime } from '../../../miniprogram/shared/time';
import type { OrderDoc } from '../../domain/billing/docs';
import { answerDeadline, type ConsultEvent } from '../../domain/online/consult';
import type { ConsultDoc } from '../../domain/online/consult-docs';
import type { Ports } from '../../ports';
import { ensureServiceOrder, settleServiceCancel } from '../orders/service-orders';
import { moveConsult } from './access';

export const consultOrderId = (id: string): string => `cs-${id}`;

export function ensureConsultOrder(
  ports: Ports,
  c: Pick<ConsultDoc, '_id' | 'hospitalId' | 'hospitalName' | 'openid' | 'patientId' | 'patientName' | 'departmentName' | 'doctorName' | 'feeFen'>,
  now: number,
): Promise<void> {
  const who = c.doctorName || c.departmentName;
  return ensureServiceOrder(
    ports,
    {
      _id: consultOrderId(c._id),
      hospitalId: c.hospitalId,
      hospitalName: c.hospitalName,
      openid: c.openid,
      patientId: c.patientId,
      patientName: c.patientName,
      visitId: c._id,
      visitDate: shanghaiDate(now),
      departmentName: c.departmentName,
      title: `在线咨询 ${who}`.slice(0, 40),
      items: [
        { code: 'CONSULT', name: `在线咨询（${who}）`.slice(0, 60), category: 'service', quantity: 1, unit: '次', unitFen: c.feeFen, amountFen: c.feeFen },
      ],
    },
    now,
  );
}

/** Tells the patient about their consultation (key: once per event). */
export async function tellPatient(ports: Ports, c: ConsultDoc, key: string, doctor: string, summary: string, now: number): Promise<void> {
  await ports.notifier.notify({
    openid: c.openid,
    hospitalId: c.hospitalId,
    kind: 'consultation_answered',
    key,
    page: `online/consult-thread/index?id=${c._id}`,
    data: { doctor: doctor.slice(0, 10), summary: summary.slice(0, 20), time: shanghaiDateTime(now) },
  });
}

/** An unpaid question whose order was paid reaches the doctors: `waiting`, the deadline from now. */
export async function syncPaid(ports: Ports, c: ConsultDoc, now: number): Promise<ConsultDoc> {
  if (c.status !== 'unpaid' || !c.orderId) return c;
  const order = await ports.db.get<OrderDoc>('orders', c.orderId);
  if (!order || order.paidFen === 0) return c;
  const since = order.paidAt ?? now;
  return moveConsult(
    ports,
    c,
    'pay',
    { by: 'system', byName: '微信支付', now, note: `已支付${feeText(order.paidFen)}` },
    { waitingSince: since, answerBy: answerDeadline(since, c) },
    (x) => x.status !== 'unpaid',
  );
}

/** After a decline, deadline or withdrawal: close the order or refund in full, once, and record the outcome. */
export async function settleRefund(ports: Ports, c: ConsultDoc, now: number): Promise<ConsultDoc> {
  if (c.refund !== 'owed' || !c.orderId) return c;
  const outcome = await settleServiceCancel(ports, {
    orderId: c.orderId,
    requestKey: `cs-refund:${c._id}`,
    amountFen: null,
    reason: `在线咨询${c.reason}`.slice(0, 40),
    requestedBy: c.openid,
    now,
  });
  if (outcome === 'wait' || outcome === 'pending') return c;
  await ports.db.update('consults', { _id: c._id, refund: 'owed' }, { set: { refund: outcome === 'none' ? 'none' : outcome, updatedAt: now } });
  return (await ports.db.get<ConsultDoc>('consults', c._id)) ?? c;
}

/** Ends an unanswered question (`decline`, `expire`, `withdraw`) with its reason; money back in full; the patient told. */
export async function endUnanswered(
  ports: Ports,
  c: ConsultDoc,
  event: Extract<ConsultEvent, 'decline' | 'expire' | 'withdraw'>,
  who: { by: string; byName: string; now: number },
  reason: string,
): Promise<ConsultDoc> {
  const target = event === 'decline' ? 'declined' : event === 'expire' ? 'expired' : 'withdrawn';
  const ended = await moveConsult(ports, c, event, { ...who, note: reason }, { reason, refund: c.orderId ? 'owed' : 'none' }, (x) => x.status === target);
  if (event !== 'withdraw') await tellPatient(ports, ended, `cs-end:${c._id}`, c.doctorName || c.departmentName, reason, who.now);
  return settleRefund(ports, ended, who.now);
}
