/**
 * The request's order (`hc-<request>`, kind `service`: the service fee and the travel fee), made
 * when the coordinator accepts (backend/handlers/orders/service-orders.ts); a paid order moves the
 * request to `paid`; a cancel refunds what backend/domain/homecare/requests.ts says, once.
 */
import { HomecareStatus } from '../../../miniprogram/shared/enums';
import { shanghaiDate } from '../../../miniprogram/shared/time';
import type { HomecareRequestDoc } from '../../domain/homecare/docs';
import type { Ports } from '../../ports';
import { ensureServiceOrder, servicePaid, settleServiceCancel } from '../orders/service-orders';

export const homecareOrderId = (id: string): string => `hc-${id}`;

export function ensureHomecareOrder(ports: Ports, r: HomecareRequestDoc, now: number): Promise<void> {
  return ensureServiceOrder(
    ports,
    {
      _id: homecareOrderId(r._id),
      hospitalId: r.hospitalId,
      hospitalName: r.hospitalName,
      openid: r.openid,
      patientId: r.patientId,
      patientName: r.patientName,
      visitId: r._id,
      visitDate: shanghaiDate(r.windowStart),
      departmentName: '居家护理',
      title: `医护到家 ${r.serviceName}`,
      items: [
        {
          code: `HC-${r.serviceCode}`.slice(0, 32),
          name: r.serviceName,
          category: 'service',
          quantity: 1,
          unit: '次',
          unitFen: r.serviceFen,
          amountFen: r.serviceFen,
        },
        { code: 'HC-TRAVEL', name: '上门费', category: 'service', quantity: 1, unit: '次', unitFen: r.travelFen, amountFen: r.travelFen },
      ],
    },
    now,
  );
}

/** An accepted request whose order was paid becomes `paid`, claimed from `accepted`. */
export async function syncPaid(ports: Ports, r: HomecareRequestDoc, now: number): Promise<HomecareRequestDoc> {
  if (r.status !== HomecareStatus.accepted || !r.orderId || !(await servicePaid(ports, r.orderId))) return r;
  const step = { status: HomecareStatus.paid, by: 'system', byName: '微信支付', at: now, note: '' };
  await ports.db.update(
    'homecareRequests',
    { _id: r._id, status: HomecareStatus.accepted },
    { set: { status: HomecareStatus.paid, steps: [...r.steps, step], updatedAt: now } },
  );
  return (await ports.db.get<HomecareRequestDoc>('homecareRequests', r._id)) ?? r;
}

/** After a cancel: settle the order (close it, or refund `refundFen` once, key `hc-cancel:<request>`) and record the outcome. */
export async function settleCancelled(ports: Ports, r: HomecareRequestDoc, now: number): Promise<void> {
  if (r.status !== HomecareStatus.cancelled || r.refund !== 'owed' || !r.orderId) return;
  const keepsTravel = r.refundFen < r.serviceFen + r.travelFen;
  const outcome = await settleServiceCancel(ports, {
    orderId: r.orderId,
    requestKey: `hc-cancel:${r._id}`,
    amountFen: r.refundFen,
    reason: keepsTravel ? '取消居家护理，上门费不退' : '取消居家护理，费用退回',
    requestedBy: r.openid,
    now,
  });
  if (outcome === 'wait' || outcome === 'pending') return;
  await ports.db.update('homecareRequests', { _id: r._id, refund: 'owed' }, { set: { refund: outcome, updatedAt: now } });
}
