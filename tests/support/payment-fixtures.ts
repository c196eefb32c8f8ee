/** Helpers for payment tests: book a paid slot, start paying, and play WeChat Pay's notice. */
import { handlePayNotice, type NoticeAnswer } from '../../backend/handlers/orders/pay-notice';
import type { OrderDoc } from '../../backend/domain/billing/docs';
import { shanghaiDate } from '../../miniprogram/shared/time';
import type { LocalSystem } from './local-system';
import { firstOpenSlot, requestIdOf } from './booking-fixtures';

export interface PaidBooking {
  appointmentId: string;
  orderId: string;
  outTradeNo: string;
  slotId: string;
  slotRemainingBefore: number;
}

/** Books 陈立民 (¥35) for 张建国 on `date` (default 2026-11-28) and opens the payment sheet; nothing is paid yet. */
export async function startPaidBooking(sys: LocalSystem, n = 1, date = '2026-11-28'): Promise<PaidBooking> {
  const slot = await firstOpenSlot(sys, 'doc-zz-001', date);
  const { id } = await sys.ok<{ id: string }>('booking', 'demo-patient', {
    action: 'book',
    slotId: slot.id,
    patientId: 'pat-demo-zhang',
    requestId: requestIdOf(n),
  });
  const { order } = await sys.ok<{ order: { id: string } }>('orders', 'demo-patient', { action: 'payAppointment', appointmentId: id });
  const { payment } = await sys.ok<{ payment: { outTradeNo: string; sandbox: boolean } }>('orders', 'demo-patient', { action: 'pay', orderId: order.id });
  return { appointmentId: id, orderId: order.id, outTradeNo: payment.outTradeNo, slotId: slot.id, slotRemainingBefore: slot.remaining };
}

export function successNotice(outTradeNo: string, totalFee: number, transactionId: string): Record<string, unknown> {
  return { returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo, transactionId, totalFee, timeEnd: '20261125093500' };
}

/** The user pays in the sandbox; answers the notice to deliver (as many times as a test likes). */
export async function payInSandbox(sys: LocalSystem, outTradeNo: string): Promise<Record<string, unknown>> {
  const trade = await sys.ports.payments.pay(outTradeNo);
  if (!trade) throw new Error(`no sandbox trade ${outTradeNo}`);
  return successNotice(outTradeNo, trade.totalFen, trade.transactionId);
}

export function deliver(sys: LocalSystem, notice: Record<string, unknown>): Promise<NoticeAnswer> {
  return handlePayNotice(sys.ports, notice, sys.ports.clock.now());
}

export async function orderDoc(sys: LocalSystem, id: string): Promise<OrderDoc> {
  const o = await sys.ports.db.get<OrderDoc>('orders', id);
  if (!o) throw new Error(`no order ${id}`);
  return o;
}

/** As startPaidBooking, for a visit today: a doctor completes a visit on its day only. */
export function startPaidBookingToday(sys: LocalSystem, n = 1): Promise<PaidBooking> {
  return startPaidBooking(sys, n, shanghaiDate(sys.ports.clock.now()));
}
