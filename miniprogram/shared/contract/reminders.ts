/** The `reminders` cloud function (backend/handlers/reminders/): consent for subscribe messages, template ids, failed messages. */
import { z } from 'zod';
import type { FailedMessage, TemplateRef } from '../dto/reminders';
import { MessageKind } from '../message-kinds';
import { act } from './define';
import { fields } from './fields';

const kindField = () => z.enum(Object.values(MessageKind), { error: (issue) => `未知的消息类型 ${String(issue.input)}` });

export const reminders = {
  templateIds: act<{ templates: TemplateRef[] }>()(z.object({ hospitalId: fields.id(), kinds: z.array(kindField()).min(1).max(3) })),
  consent: act<{ accepted: number }>()(
    z.object({
      hospitalId: fields.id(),
      results: z
        .array(z.object({ templateId: z.string().min(1).max(64), result: z.enum(['accept', 'reject', 'ban', 'filter']) }))
        .min(1)
        .max(3),
    }),
  ),
  failed: act<{ messages: FailedMessage[] }>()(z.object({ hospitalId: fields.id() })),
};
