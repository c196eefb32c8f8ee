import { createHash } from 'node:crypto';
import type { Clock, Db, Notice, Notifier } from '../ports';
import { DuplicateKeyError } from '../ports';

/** The outbox `_id` of a dedupe key: the same key always lands on the same document. */
export function outboxId(key: string): string {
  return `msg-${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
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

/**
 * A notice is queued in the outbox once per dedupe key (the unique `key`, and an `_id` derived
 * from it should the cloud index be missing); the `reminders` timer sends what is queued.
 */
export class OutboxNotifier implements Notifier {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async notify(notice: Notice): Promise<boolean> {
    try {
      await this.db.insert('outbox', outboxDoc(notice, this.clock.now(), 'queued'));
      return true;
    } catch (e) {
      if (e instanceof DuplicateKeyError) return false;
      throw e;
    }
  }
}
