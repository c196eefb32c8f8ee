/** DTOs of the `reminders` cloud function: the templates to ask consent for, and the messages that did not go. */
import type { MessageKind } from '../message-kinds';

/** A kind of message, the template id the hospital uses for it, and its title. */
export interface TemplateRef {
  kind: MessageKind;
  templateId: string;
  title: string;
}

/** What the user answered in wx.requestSubscribeMessage for one template. */
export type ConsentResult = 'accept' | 'reject' | 'ban' | 'filter';

/** A message the admin sees as failed, skipped or of unknown outcome. */
export interface FailedMessage {
  id: string;
  kind: string;
  status: 'queued' | 'sending' | 'sent' | 'skipped' | 'failed' | 'unknown';
  errorCode: number;
  errorMessage: string;
  createdAt: number;
  attempts: number;
}
