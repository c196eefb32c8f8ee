/**
 * Consent for subscribe messages. WeChat lets a page ask only from a user's tap (or a payment
 * callback), for at most 3 templates at a time, and one acceptance allows one message. Pages load
 * the template ids when they open (`api.reminders.templateIds`), then call `askConsent` first thing
 * in the tap handler and await it before opening the payment sheet or leaving the page (the prompt
 * would be covered or closed); what the user accepted is reported to the server, which keeps the credits.
 */
import type { ConsentResult, TemplateRef } from '../shared/dto/reminders';
import { api } from './index';

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
        void api.reminders.consent({ hospitalId, results }).then((r) => resolve(r.ok ? r.data.accepted : 0));
      },
      fail: () => resolve(0),
    });
  });
}
