/**
 * The registration fee of an appointment: its order is made when the patient goes to pay, closed
 * when the appointment ends unpaid, and refunded when a paid appointment is cancelled or stopped.
 */
import { AppointmentStatus } from '../../../miniprogram/shared/enums';
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { OrderDoc } from '../../domain/billing/docs';
import { newOrder, visitOfAppointment } from '../../domain/billing/orders';
import type { Ports } from '../../ports';
import { insertOnce } from '../framework/insert-once';
import { registrationOrderId } from './lookups';
import { refundRest } from './refunds';

export function ensureRegistrationOrder(ports: Ports, a: AppointmentDoc, now: number): Promise<OrderDoc> {
  const item = {
    code: 'REG',
    name: `挂号费（${a.departmentName} ${a.ownerName}）`,
    category: 'registration',
    quantity: 1,
    unit: '次',
    unitFen: a.feeFen,
    amountFen: a.feeFen,
  } as const;
  const order = newOrder(
    {
      ...visitOfAppointment(a),
      _id: registrationOrderId(a._id),
      kind: 'registration',
      title: `挂号费 ${a.departmentName} ${a.ownerName}`,
      items: [item],
      holdUntil: a.holdUntil,
    },
    now,
  );
  return insertOnce(ports.db, 'orders', order);
}

/** Closes the unpaid registration order of an appointment that ended; a payment arriving later is refunded. */
export async function closeRegistrationOrder(ports: Ports, appointmentId: string, now: number): Promise<void> {
  await ports.db.update('orders', { _id: registrationOrderId(appointmentId), status: 'unpaid' }, { set: { status: 'closed', closedAt: now, updatedAt: now } });
}

/**
 * Pays back what an ended appointment's registration still holds (cancel before the deadline,
 * stop-clinic): the rest after any refund billing staff already made.
 */
export async function settleOwedRefund(ports: Ports, a: AppointmentDoc, now: number): Promise<void> {
  if (a.refund !== 'owed') return;
  const order = await ports.db.get<OrderDoc>('orders', registrationOrderId(a._id));
  if (!order || order.paidFen === 0) return;
  const stopped = a.cancelReason.startsWith('停诊');
  const refund = await refundRest(ports, {
    order,
    requestKey: `${stopped ? 'stop' : 'cancel'}:${a._id}`,
    reason: stopped ? `医生停诊，挂号费退回（${a.cancelReason.slice(3)}）` : '取消预约，挂号费退回',
    requestedBy: 'system',
    now,
  });
  if (refund && refund.status === 'pending') return;
  const outcome = refund && refund.status === 'failed' ? 'failed' : 'refunded';
  await ports.db.update('appointments', { _id: a._id, refund: 'owed' }, { set: { refund: outcome, updatedAt: now } });
}

/** After an appointment ends: close its unpaid order, or refund what it paid. */
export async function afterAppointmentEnded(ports: Ports, appointmentId: string, now: number): Promise<void> {
  const a = await ports.db.get<AppointmentDoc>('appointments', appointmentId);
  if (!a || a.status === AppointmentStatus.pending_payment || a.status === AppointmentStatus.booked) return;
  await closeRegistrationOrder(ports, a._id, now);
  await settleOwedRefund(ports, a, now);
}
