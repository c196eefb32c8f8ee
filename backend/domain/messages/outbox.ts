/**
 * The outbox: one document per message to send, under an id derived from its dedupe key, written by
 * the notifier port (backend/adapters/outbox-notifier.ts) and read by the reminders timer
 * (backend/handlers/reminders/timer.ts) that sends it.
 */
import type { Notice } from '../../ports';
import { hashIdOf } from '../../ids';

/** The outbox `_id` of a dedupe key: the same key always lands on the same document. */
export function outboxId(key: string): string {
  return hashIdOf('msg', key, 32);
}

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'skipped' | 'failed' | 'unknown';

export interface OutboxDoc {
  _id: string;
  key: string;
  openid: string;
  hospitalId: string;
  kind: string;
  page: string;
  data: Record<string, string>;
  appointmentId: string;
  status: OutboxStatus;
  attempts: number;
  dueAt: number;
  createdAt: number;
  sentAt: number | null;
  templateId: string;
  errorCode: number;
  errorMessage: string;
}

export function outboxDoc(notice: Notice, now: number, status: OutboxStatus): OutboxDoc {
  return {
    _id: outboxId(notice.key),
    key: notice.key,
    openid: notice.openid,
    hospitalId: notice.hospitalId,
    kind: notice.kind,
    page: notice.page,
    data: notice.data,
    appointmentId: notice.appointmentId ?? '',
    status,
    attempts: 0,
    dueAt: now,
    createdAt: now,
    sentAt: null,
    templateId: '',
    errorCode: 0,
    errorMessage: '',
  };
}
