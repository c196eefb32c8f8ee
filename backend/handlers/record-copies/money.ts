/**
 * The application's order (`rc-<application>`, kind `service`: pages × price and postage), made
 * once when the office sets the fee (backend/handlers/orders/service-orders.ts); a paid order
 * moves the application to `paid`; a cancelled application closes its unpaid order or refunds
 * what arrived, once.
 */
import { CopyStatus } from '../../../miniprogram/shared/enums';
import { shanghaiDate } from '../../../miniprogram/shared/time';
import { copyTransition } from '../../domain/record-copies/applications';
import type { CopyApplicationDoc, CopyFeesDoc } from '../../domain/record-copies/docs';
import type { Ports } from '../../ports';
import { ensureServiceOrder, servicePaid, settleServiceCancel } from '../orders/service-orders';

export const copyOrderId = (applicationId: string): string => `rc-${applicationId}`;

export function ensureCopyOrder(ports: Ports, a: CopyApplicationDoc, fees: Pick<CopyFeesDoc, 'perPageFen' | 'postageFen'>, now: number): Promise<void> {
  return ensureServiceOrder(
    ports,
    {
      _id: copyOrderId(a._id),
      hospitalId: a.hospitalId,
      hospitalName: a.hospitalName,
      openid: a.openid,
      patientId: a.patientId,
      patientName: a.patientName,
      visitId: a._id,
      visitDate: shanghaiDate(now),
      departmentName: '病案室',
      title: `病历复印邮寄 ${a.pages}页`,
      items: [
        { code: 'COPY', name: '病历复印', category: 'service', quantity: a.pages, unit: '页', unitFen: fees.perPageFen, amountFen: a.pages * fees.perPageFen },
        { code: 'POST', name: '邮寄费', category: 'service', quantity: 1, unit: '件', unitFen: fees.postageFen, amountFen: fees.postageFen },
      ],
    },
    now,
  );
}

/** A quoted application whose order was paid becomes `paid` (claimed from `quoted`); answers it as it stands. */
export async function syncPaid(ports: Ports, a: CopyApplicationDoc, now: number): Promise<CopyApplicationDoc> {
  if (a.status !== CopyStatus.quoted || !a.orderId || !(await servicePaid(ports, a.orderId))) return a;
  const t = copyTransition(a, { kind: 'pay' }, { openid: 'system', name: '微信支付' }, now);
  if (!t.ok) return a;
  await ports.db.update('copyApplications', { _id: a._id, status: CopyStatus.quoted }, { set: t.patch });
  return (await ports.db.get<CopyApplicationDoc>('copyApplications', a._id)) ?? a;
}

/** After a cancel: settle the order (close it, or refund all that is left once) and record the outcome. */
export async function settleCancelled(ports: Ports, a: CopyApplicationDoc, now: number): Promise<void> {
  if (a.status !== CopyStatus.cancelled || a.refund !== 'owed' || !a.orderId) return;
  const outcome = await settleServiceCancel(ports, {
    orderId: a.orderId,
    requestKey: `copy-cancel:${a._id}`,
    amountFen: null,
    reason: '取消病历复印申请，费用退回',
    requestedBy: a.openid,
    now,
  });
  if (outcome === 'wait' || outcome === 'pending') return;
  await ports.db.update('copyApplications', { _id: a._id, refund: 'owed' }, { set: { refund: outcome, updatedAt: now } });
}
