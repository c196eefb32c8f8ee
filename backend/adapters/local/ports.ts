import { collections, type CollectionSpec } from '../../collections';
import { defaultRateLimits } from '../../handlers/framework/rate-limits';
import type { Clock, Logger, Ports, RateLimits } from '../../ports';
import { jsonLogger, systemClock } from '../system';
import { LocalFiles } from './local-files';
import { DEV_FILE_SECRET, LinkSigner } from './signed-links';
import { DemoHis } from './demo-his';
import { OutboxNotifier } from '../outbox-notifier';
import { LocalSender } from './outbox-sender';
import { SandboxPayments } from './sandbox-payments';
import { SqliteDb } from './sqlite-db';
import { WordListCheck } from './word-list-check';
import { lazyInvoiceRenderer } from '../pdf/lazy';

export interface LocalOptions {
  /** SQLite file, or ':memory:'. */
  dbFile: string;
  filesDir: string;
  baseUrl: string;
  /** Signs links to private files (PEIZHEN_FILE_SECRET); the development default when absent. */
  fileSecret?: string;
  adminOpenids?: readonly string[];
  clock?: Clock;
  logger?: Logger;
  /** The collections to create; default: all of backend/collections.ts. */
  collections?: Record<string, CollectionSpec>;
  /** Default: backend/handlers/framework/rate-limits.ts; null: none. */
  rateLimits?: RateLimits | null;
}

export interface LocalPorts extends Ports {
  db: SqliteDb;
  payments: SandboxPayments;
  sender: LocalSender;
  files: LocalFiles;
}

/** The ports of the local system: the embedded store, the outbox, a local folder. */
export function createLocalPorts(options: LocalOptions): LocalPorts {
  const db = new SqliteDb(options.dbFile, options.collections ?? collections);
  const clock = options.clock ?? systemClock;
  return {
    db,
    clock,
    notifier: new OutboxNotifier(db, clock),
    sender: new LocalSender(),
    files: new LocalFiles(options.filesDir, options.baseUrl, new LinkSigner(options.fileSecret ?? DEV_FILE_SECRET), clock),
    payments: new SandboxPayments(db, clock),
    his: new DemoHis(db, clock),
    logger: options.logger ?? jsonLogger,
    contentCheck: new WordListCheck(),
    invoiceRenderer: lazyInvoiceRenderer,
    adminOpenids: options.adminOpenids ?? [],
    rateLimits: options.rateLimits === undefined ? defaultRateLimits : options.rateLimits,
  };
}
