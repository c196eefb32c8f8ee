import type { Db, Notice, Notifier } from '../../ports';
import { DuplicateKeyError } from '../../ports';
import { newId } from '../../ids';
import type { Clock } from '../../ports';

/** Locally a notice is "sent" by writing it to the outbox, which `GET /dev/outbox` lists. */
export class OutboxNotifier implements Notifier {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async notify(notice: Notice): Promise<boolean> {
    try {
      const now = this.clock.now();
      await this.db.insert('outbox', { _id: newId('msg'), ...notice, status: 'sent', dueAt: now, createdAt: now });
      return true;
    } catch (e) {
      if (e instanceof DuplicateKeyError) return false;
      throw e;
    }
  }
}
