/**
 * Alerts to staff by WeChat subscribe message (the overdue complaints to admins, a nurse's safety
 * alert to the coordinators). WeChat sends one only with the person's consent, asked from a tap:
 * one acceptance allows one message, unless the hospital holds a long-term template
 * (api/messages.ts). The page loads the template when it opens and asks from the button.
 */
import { api } from '../../api/index';
import { askConsent } from '../../api/messages';
import type { TemplateRef } from '../../shared/dto/reminders';
import type { MessageKind } from '../../shared/message-kinds';

export async function alertTemplates(hospitalId: string, kind: MessageKind): Promise<TemplateRef[]> {
  const res = await api.reminders.templateIds({ hospitalId, kinds: [kind] });
  return res.ok ? res.data.templates : [];
}

/** Asks (from the tap) and says what the answer means. */
export async function subscribeAlerts(hospitalId: string, templates: TemplateRef[]): Promise<string> {
  return (await askConsent(hospitalId, templates)) > 0 ? '已开启，下一条提醒将发到微信' : '未开启提醒，可在微信设置中允许后再试';
}
