/**
 * Sending one outbox message that this run has claimed (status 'sending'): take one credit of the
 * user's consent for the template (never send without one), send, and record the outcome. A
 * reminder costs 3 writes: its creation, the credit, the outcome.
 */
import type { OutboxDoc } from '../../domain/messages/outbox';
import { classify, MAX_ATTEMPTS, retryDelayMs } from '../../domain/messages/delivery';
import { shapeField } from '../../domain/messages/shape';
import { isMessageKind } from '../../../miniprogram/shared/message-kinds';
import { fillTemplate, templateIdFor } from '../../domain/messages/templates';
import type { HospitalDoc } from '../../domain/content/docs';
import type { Db, Ports } from '../../ports';
import { hashIdOf } from '../../ids';

export interface SubscriptionDoc {
  _id: string;
  openid: string;
  templateId: string;
  credits: number;
  longTerm: boolean;
  updatedAt: number;
}

export const subscriptionId = (openid: string, templateId: string): string => hashIdOf('sub', `${openid}|${templateId}`, 32);

/** The hospitals' template settings, read once per run. */
export class TemplateBook {
  private readonly cache = new Map<string, HospitalDoc | null>();
  constructor(private readonly db: Db) {}

  async hospital(id: string): Promise<HospitalDoc | null> {
    if (!this.cache.has(id)) this.cache.set(id, await this.db.get<HospitalDoc>('hospitals', id));
    return this.cache.get(id) ?? null;
  }
}

async function finish(db: Db, doc: OutboxDoc, set: Partial<OutboxDoc>): Promise<void> {
  await db.update('outbox', { _id: doc._id, status: 'sending' }, { set });
}

async function takeCredit(db: Db, subId: string, longTerm: boolean): Promise<'credit' | 'long_term' | 'none'> {
  if (longTerm) {
    const sub = await db.get<SubscriptionDoc>('subscriptions', subId);
    return sub ? 'long_term' : 'none';
  }
  return (await db.update('subscriptions', { _id: subId, credits: { gt: 0 } }, { inc: { credits: -1 } })) === 1 ? 'credit' : 'none';
}

export async function sendClaimed(ports: Ports, doc: OutboxDoc, book: TemplateBook, now: number): Promise<OutboxDoc['status']> {
  const { db } = ports;
  if (!isMessageKind(doc.kind)) {
    await finish(db, doc, { status: 'failed', errorCode: 0, errorMessage: `未知的消息类型 ${doc.kind}` });
    return 'failed';
  }
  const hospital = await book.hospital(doc.hospitalId);
  const templateId = templateIdFor(doc.kind, hospital?.messageTemplates);
  const longTerm = hospital?.longTermTemplates?.includes(templateId) ?? false;
  const subId = subscriptionId(doc.openid, templateId);
  const credit = await takeCredit(db, subId, longTerm);
  if (credit === 'none') {
    await finish(db, doc, { status: 'skipped', templateId, errorCode: 0, errorMessage: '用户未订阅该消息（没有可用的订阅次数）' });
    return 'skipped';
  }
  const result = await ports.sender.send({ touser: doc.openid, templateId, page: doc.page, data: fillTemplate(doc.kind, doc.data, shapeField) });
  const outcome = classify(result.errCode);
  const giveBack = async () => {
    if (credit === 'credit') await db.update('subscriptions', { _id: subId }, { inc: { credits: 1 } });
  };
  switch (outcome) {
    case 'sent':
      await finish(db, doc, { status: 'sent', sentAt: now, templateId, attempts: doc.attempts + 1 });
      return 'sent';
    case 'no_credit':
      await db.update('subscriptions', { _id: subId }, { set: { credits: 0, longTerm: false, updatedAt: now } });
      await finish(db, doc, { status: 'failed', templateId, errorCode: result.errCode, errorMessage: result.errMsg, attempts: doc.attempts + 1 });
      return 'failed';
    case 'retry': {
      await giveBack();
      const attempts = doc.attempts + 1;
      const again = attempts < MAX_ATTEMPTS;
      await finish(db, doc, {
        status: again ? 'queued' : 'failed',
        dueAt: now + retryDelayMs(attempts),
        templateId,
        attempts,
        errorCode: result.errCode,
        errorMessage: result.errMsg,
      });
      return again ? 'queued' : 'failed';
    }
    case 'failed':
      await giveBack();
      await finish(db, doc, { status: 'failed', templateId, errorCode: result.errCode, errorMessage: result.errMsg, attempts: doc.attempts + 1 });
      return 'failed';
  }
}
