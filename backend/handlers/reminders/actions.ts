/** Consent (what the user accepted in wx.requestSubscribeMessage), template ids for the client, and failed messages for admins. */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { OutboxDoc } from '../../domain/messages/outbox';
import { reminders } from '../../../miniprogram/shared/contract/reminders';
import type { MessageKind } from '../../../miniprogram/shared/message-kinds';
import { templateIdFor, templates } from '../../domain/messages/templates';
import { DuplicateKeyError } from '../../ports';
import { AppError } from '../framework/app-error';
import { action } from '../framework/define';
import { hospitalOr404 } from '../framework/hospital';
import { subscriptionId, type SubscriptionDoc } from './dispatch';
import { admins, signedIn } from '../framework/who';

export const templateIds = action(reminders.templateIds, {
  who: signedIn(),
  async run({ hospitalId, kinds }, ctx) {
    const h = await hospitalOr404(ctx.db, hospitalId);
    return { templates: kinds.map((k) => ({ kind: k, templateId: templateIdFor(k, h.messageTemplates), title: templates[k].title })) };
  },
});

export const consent = action(reminders.consent, {
  who: signedIn(),
  async run({ hospitalId, results }, ctx) {
    const openid = ctx.user();
    const h = await hospitalOr404(ctx.db, hospitalId);
    const known = new Set(Object.keys(templates).map((k) => templateIdFor(k as MessageKind, h.messageTemplates)));
    const bad = results.find((r) => !known.has(r.templateId));
    if (bad) throw new AppError(ErrorCode.VALIDATION_FAILED, '不是本院的消息模板', 'results');
    let accepted = 0;
    for (const r of results) {
      if (r.result !== 'accept') continue;
      accepted++;
      const id = subscriptionId(openid, r.templateId);
      const longTerm = h.longTermTemplates?.includes(r.templateId) ?? false;
      if ((await ctx.db.update('subscriptions', { _id: id }, { inc: { credits: 1 }, set: { longTerm, updatedAt: ctx.now } })) === 1) continue;
      const doc: SubscriptionDoc = { _id: id, openid, templateId: r.templateId, credits: 1, longTerm, updatedAt: ctx.now };
      try {
        await ctx.db.insert('subscriptions', doc);
      } catch (e) {
        if (!(e instanceof DuplicateKeyError)) throw e;
        await ctx.db.update('subscriptions', { _id: id }, { inc: { credits: 1 } });
      }
    }
    return { accepted };
  },
});

export const failed = action(reminders.failed, {
  who: admins(),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    const docs = await ctx.db.find<OutboxDoc>('outbox', {
      where: { hospitalId, status: { in: ['failed', 'skipped', 'unknown'] } },
      orderBy: [['createdAt', 'desc']],
      limit: 100,
    });
    return {
      messages: docs.map((d) => ({
        id: d._id,
        kind: d.kind,
        status: d.status,
        errorCode: d.errorCode,
        errorMessage: d.errorMessage,
        createdAt: d.createdAt,
        attempts: d.attempts,
      })),
    };
  },
});
