/**
 * Paying a booking that waits for its fee (待支付): the notice with the deadline, and 去支付, which
 * makes (or finds) the registration order and opens it on the order page, where the patient pays.
 */
import { api } from '../../api/index';
import { go } from '../../api/platform';
import type { AppointmentView } from '../../shared/dto/booking';
import { shanghaiTime } from '../../shared/time';
import { holdMinutesOf } from '../common/appointment';
import { visitsChanged } from '../../stores/journey-store';

/** 请在15分钟内（09:45前）完成支付… for an unpaid booking, else ''. */
export function payHoldNotice(a: Pick<AppointmentView, 'status' | 'holdUntil' | 'createdAt'>): string {
  if (a.status !== 'pending_payment' || a.holdUntil === null) return '';
  return `请在${holdMinutesOf(a)}分钟内（${shanghaiTime(a.holdUntil)}前）完成支付，否则号源将自动释放。`;
}

/** Opens the order that pays the appointment; answers the server's message when it cannot. */
export async function openPayment(appointmentId: string): Promise<string> {
  const res = await api.orders.payAppointment({ appointmentId });
  if (!res.ok) return res.error.message;
  void visitsChanged();
  go(`/billing/order/index?id=${res.data.order.id}`);
  return '';
}
