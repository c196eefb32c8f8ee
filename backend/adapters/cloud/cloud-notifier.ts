import { createHash } from 'node:crypto';
import type { Clock, Db, Notice, Notifier } from '../../ports';
import { DuplicateKeyError } from '../../ports';

/** The outbox `_id` of a dedupe key: the same key always lands on the same document. */
export function outboxId(key: string): string {
  return `msg-${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
}

/**
 * In the cloud a notice is queued in the outbox with status 'queued'; delivering queued rows with
 * subscribeMessage.send belongs to a timer that is a later issue, so nothing is sent here.
 * The same key is queued once: by the unique index on `key` (collections.ts) and, should that
 * index be missing from the console, by the `_id` derived from the key.
 */
export class CloudNotifier implements Notifier {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async notify(notice: Notice): Promise<boolean> {
    const now = this.clock.now();
    try {
      await this.db.insert('outbox', {
        _id: outboxId(notice.key),
        key: notice.key,
        openid: notice.openid,
        hospitalId: notice.hospitalId,
        kind: notice.kind,
        page: notice.page,
        data: notice.data,
        status: 'queued',
        dueAt: now,
        createdAt: now,
      });
      return true;
    } catch (e) {
      if (e instanceof DuplicateKeyError) return false;
      throw e;
    }
  }
}
