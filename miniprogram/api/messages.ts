/**
 * Consent for subscribe messages. WeChat lets a page ask only from a user's tap (or a payment
 * callback), for at most 3 templates at a time, and one acceptance allows one message. Pages load
 * the template ids when they open, then call `askConsent` first thing in the tap handler and await
 * it before opening the payment sheet or leaving the page (the prompt would be covered or closed);
 * what the user accepted is reported to the server, which keeps the credits.
 */
import type { Envelope } from '../shared/envelope';
import { callFunction } from './transport';

export type MessageKind =
  | 'booking_confirmed'
  | 'visit_tomorrow'
  | 'visit_soon'
  | 'payment_expiring'
  | 'payment_done'
  | 'stop_clinic'
  | 'refund_done'
  | 'orders_ready'
  | 'turn_near'
  | 'queue_called'
  | 'report_ready'
  | 'medication_time'
  | 'delivery_shipped'
  | 'consultation_answered'
  | 'complaint_overdue'
  | 'homecare_alert';

export interface TemplateRef {
  kind: MessageKind;
  templateId: string;
  title: string;
}

export const templateIds = (hospitalId: string, kinds: MessageKind[]): Promise<Envelope<{ templates: TemplateRef[] }>> =>
  callFunction('reminders', 'templateIds', { hospitalId, kinds: kinds.slice(0, 3) });

type ConsentResult = 'accept' | 'reject' | 'ban' | 'filter';

/** Asks (must run inside a tap handler) and reports; resolves with how many were accepted. Never throws. */
export function askConsent(hospitalId: string, templates: TemplateRef[]): Promise<number> {
  const tmplIds = [...new Set(templates.map((t) => t.templateId))].slice(0, 3);
  if (tmplIds.length === 0) return Promise.resolve(0);
  return new Promise((resolve) => {
    wx.requestSubscribeMessage({
      tmplIds,
      success: (res: Record<string, string>) => {
        const results = tmplIds.filter((id) => typeof res[id] === 'string').map((id) => ({ templateId: id, result: res[id] as ConsentResult }));
        if (results.length === 0) return resolve(0);
        void callFunction<{ accepted: number }>('reminders', 'consent', { hospitalId, results }).then((r) => resolve(r.ok ? r.data.accepted : 0));
      },
      fail: () => resolve(0),
    });
  });
}
