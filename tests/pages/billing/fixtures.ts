/**
 * Orders for the billing page tests, made through the real handlers: an unpaid registration
 * (陈立民, ¥35, held until 09:45), one paid in the sandbox, and the outpatient orders the demo HIS
 * answers when the doctor completes a fever visit (诊查费 ¥10.00, 检验 ¥50.00, 处方 ¥12.80).
 */
import type { OrderDoc } from '../../../backend/domain/billing/docs';
import type { OrderView } from '../../../miniprogram/shared/dto/billing';
import type { LocalSystem } from '../../support/local-system';
import { requestIdOf } from '../../support/booking-fixtures';
import { deliver, payInSandbox, startPaidBooking, startPaidBookingToday, type PaidBooking } from '../../support/payment-fixtures';

export const PATIENT = 'demo-patient';
export const BILLING = 'demo-billing-zz';
export const DOCTOR = 'demo-doctor-zz';
export const ZZ = 'h-zzcentral';

/** 张建国's ¥35 registration with 陈立民 on 2026-11-28; the payment sheet was opened, nothing paid. */
export function unpaidRegistration(system: LocalSystem): Promise<PaidBooking> {
  return startPaidBooking(system);
}

/** The same registration, paid: the sandbox trade is paid and its notice delivered. */
export async function paidRegistration(system: LocalSystem): Promise<PaidBooking> {
  const b = await startPaidBookingToday(system);
  await deliver(system, await payInSandbox(system, b.outTradeNo));
  return b;
}

/** 王秀兰 (张建国's mother) books a ¥35 afternoon slot today and goes to pay: a second unpaid registration. */
export async function motherRegistration(system: LocalSystem): Promise<{ appointmentId: string; orderId: string }> {
  const { id } = await system.ok<{ id: string }>('booking', PATIENT, {
    action: 'book',
    slotId: 'slot-doc-zz-001-20261125-1400',
    patientId: 'pat-demo-zhang-mother',
    requestId: requestIdOf('mother'),
  });
  const { order } = await system.ok<{ order: OrderView }>('orders', PATIENT, { action: 'payAppointment', appointmentId: id });
  return { appointmentId: id, orderId: order.id };
}

/** The doctor completes a paid visit with a fever diagnosis; answers the outpatient orders it made. */
export async function feverOrders(system: LocalSystem, appointmentId: string): Promise<OrderView[]> {
  await system.ok('clinic', DOCTOR, { action: 'completeVisit', appointmentId, diagnosis: '上呼吸道感染' });
  const { orders } = await system.ok<{ orders: OrderView[] }>('orders', PATIENT, { action: 'mine' });
  return orders.filter((o) => o.visitId === appointmentId && o.kind === 'outpatient');
}

/** A billing clerk's refund, straight to the handler. */
export function staffRefund(system: LocalSystem, orderId: string, amountFen: number, n: number | string, reason = '多收费用'): Promise<unknown> {
  return system.ok('orders', BILLING, { action: 'refund', orderId, amountFen, reason, requestId: requestIdOf(`refund-${n}`) });
}

export async function storedOrder(system: LocalSystem, id: string): Promise<OrderDoc> {
  const o = await system.ports.db.get<OrderDoc>('orders', id);
  if (!o) throw new Error(`no order ${id}`);
  return o;
}

export async function appointmentStatus(system: LocalSystem, id: string): Promise<string> {
  const a = await system.ports.db.get<{ _id: string; status: string }>('appointments', id);
  if (!a) throw new Error(`no appointment ${id}`);
  return a.status;
}
