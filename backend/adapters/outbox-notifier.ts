import type { Clock, Db, Notice, Notifier } from '../ports';
import { DuplicateKeyError } from '../ports';
import { outboxDoc } from '../domain/messages/outbox';

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
