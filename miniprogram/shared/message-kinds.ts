/**
 * The kinds of subscribe message, one list for both sides: the server fills and sends each
 * (backend/domain/messages/templates.ts), pages ask the user's consent for them (miniprogram/api/messages.ts).
 */
export const MessageKind = {
  booking_confirmed: 'booking_confirmed',
  visit_tomorrow: 'visit_tomorrow',
  visit_soon: 'visit_soon',
  payment_expiring: 'payment_expiring',
  payment_done: 'payment_done',
  stop_clinic: 'stop_clinic',
  refund_done: 'refund_done',
  orders_ready: 'orders_ready',
  turn_near: 'turn_near',
  queue_called: 'queue_called',
  report_ready: 'report_ready',
  followup_due: 'followup_due',
  medication_time: 'medication_time',
  consultation_answered: 'consultation_answered',
  delivery_shipped: 'delivery_shipped',
  complaint_overdue: 'complaint_overdue',
  homecare_alert: 'homecare_alert',
} as const;
export type MessageKind = (typeof MessageKind)[keyof typeof MessageKind];

export function isMessageKind(value: string): value is MessageKind {
  return Object.prototype.hasOwnProperty.call(MessageKind, value);
}
