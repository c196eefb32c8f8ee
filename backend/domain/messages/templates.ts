/**
 * The subscribe-message templates: for each kind of message, the fields it fills (WeChat type and
 * the notice's data key) and the page it opens. Template ids are per mini program (applied for in
 * the WeChat admin console); a hospital sets its own in `hospital.messageTemplates`, and the
 * defaults below are the demo's (documented in the README).
 */
import type { MessageKind } from '../../../miniprogram/shared/message-kinds';
import type { FieldType } from './shape';

/** The kinds (one list with the client's), as the queue's notices name them (backend/handlers/queue/notices.ts). */
export { MessageKind } from '../../../miniprogram/shared/message-kinds';

export interface TemplateField {
  /** The template's field key, e.g. thing1. */
  key: string;
  type: FieldType;
  /** The key in the notice's data, or a fixed text in quotes: '"门诊"'. */
  from: string;
}

export interface TemplateSpec {
  title: string;
  defaultTemplateId: string;
  fields: TemplateField[];
}

const f = (key: string, type: FieldType, from: string): TemplateField => ({ key, type, from });

export const templates: Record<MessageKind, TemplateSpec> = {
  booking_confirmed: {
    title: '预约成功通知',
    defaultTemplateId: 'demo-booking-confirmed',
    fields: [f('name1', 'name', 'patient'), f('thing2', 'thing', 'doctor'), f('time3', 'time', 'time'), f('thing4', 'thing', 'location')],
  },
  visit_tomorrow: {
    title: '就诊提醒',
    defaultTemplateId: 'demo-visit-reminder',
    fields: [f('name1', 'name', 'patient'), f('thing2', 'thing', 'doctor'), f('time3', 'time', 'time'), f('thing4', 'thing', 'tip')],
  },
  visit_soon: {
    title: '就诊提醒',
    defaultTemplateId: 'demo-visit-reminder',
    fields: [f('name1', 'name', 'patient'), f('thing2', 'thing', 'doctor'), f('time3', 'time', 'time'), f('thing4', 'thing', 'tip')],
  },
  payment_expiring: {
    title: '待支付提醒',
    defaultTemplateId: 'demo-payment-expiring',
    fields: [f('thing1', 'thing', 'item'), f('amount2', 'amount', 'amount'), f('time3', 'time', 'deadline')],
  },
  payment_done: {
    title: '缴费成功通知',
    defaultTemplateId: 'demo-payment-done',
    fields: [f('thing1', 'thing', 'item'), f('amount2', 'amount', 'amount'), f('name3', 'name', 'patient')],
  },
  stop_clinic: {
    title: '停诊通知',
    defaultTemplateId: 'demo-stop-clinic',
    fields: [f('thing1', 'thing', 'doctor'), f('time2', 'time', 'time'), f('thing3', 'thing', 'reason'), f('thing4', 'thing', 'refund')],
  },
  refund_done: {
    title: '退款通知',
    defaultTemplateId: 'demo-refund-done',
    fields: [f('amount1', 'amount', 'amount'), f('thing2', 'thing', 'reason'), f('thing3', 'thing', 'item')],
  },
  orders_ready: {
    title: '缴费通知',
    defaultTemplateId: 'demo-orders-ready',
    fields: [f('name1', 'name', 'patient'), f('thing2', 'thing', 'department'), f('number3', 'number', 'count')],
  },
  turn_near: {
    title: '叫号提醒',
    defaultTemplateId: 'demo-turn-near',
    fields: [f('thing1', 'thing', 'department'), f('number2', 'number', 'ahead'), f('thing3', 'thing', 'tip')],
  },
  queue_called: {
    title: '就诊叫号通知',
    defaultTemplateId: 'demo-queue-called',
    fields: [f('name1', 'name', 'patient'), f('thing2', 'thing', 'room'), f('thing3', 'thing', 'tip')],
  },
  report_ready: {
    title: '报告出具通知',
    defaultTemplateId: 'demo-report-ready',
    fields: [f('name1', 'name', 'patient'), f('thing2', 'thing', 'report'), f('time3', 'time', 'time')],
  },
  followup_due: {
    title: '复诊提醒',
    defaultTemplateId: 'demo-followup-due',
    fields: [f('name1', 'name', 'patient'), f('thing2', 'thing', 'department'), f('date3', 'date', 'date')],
  },
  medication_time: {
    title: '用药提醒',
    defaultTemplateId: 'demo-medication-time',
    fields: [f('thing1', 'thing', 'drug'), f('thing2', 'thing', 'dose'), f('time3', 'time', 'time')],
  },
  consultation_answered: {
    title: '咨询回复通知',
    defaultTemplateId: 'demo-consultation-answered',
    fields: [f('name1', 'name', 'doctor'), f('thing2', 'thing', 'summary'), f('time3', 'time', 'time')],
  },
  delivery_shipped: {
    title: '药品发货通知',
    defaultTemplateId: 'demo-delivery-shipped',
    fields: [f('thing1', 'thing', 'item'), f('character_string2', 'character_string', 'trackingNo'), f('thing3', 'thing', 'carrier')],
  },
  complaint_overdue: {
    title: '投诉督办提醒',
    defaultTemplateId: 'demo-complaint-overdue',
    fields: [f('thing1', 'thing', 'category'), f('time2', 'time', 'deadline'), f('thing3', 'thing', 'tip')],
  },
  homecare_alert: {
    title: '安全求助通知',
    defaultTemplateId: 'demo-homecare-alert',
    fields: [f('name1', 'name', 'nurse'), f('thing2', 'thing', 'note'), f('time3', 'time', 'time'), f('thing4', 'thing', 'place')],
  },
};

/** The template id a hospital uses for a kind. */
export function templateIdFor(kind: MessageKind, configured: Partial<Record<string, string>> | undefined): string {
  return configured?.[kind] || templates[kind].defaultTemplateId;
}

/** The send-ready data `{ thing1: { value } }`, each value shaped to its type. */
export function fillTemplate(
  kind: MessageKind,
  data: Record<string, string>,
  shape: (type: FieldType, value: string) => string,
): Record<string, { value: string }> {
  const out: Record<string, { value: string }> = {};
  for (const field of templates[kind].fields) {
    const raw = field.from.startsWith('"') ? field.from.slice(1, -1) : (data[field.from] ?? '');
    out[field.key] = { value: shape(field.type, raw) || '—' };
  }
  return out;
}
