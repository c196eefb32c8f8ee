/**
 * Cloud-style transactions on the local store. The work function is async, so other requests
 * run between its awaits; like the cloud database, the transaction is optimistic: it remembers
 * every document it read, buffers its writes, and commits in one SQLite transaction only if none
 * of those documents changed meanwhile. Otherwise it runs the work again.
 */
import { applyPatch } from '../../patch';
import type { Doc, Patch, TxDb } from '../../ports';
import { DuplicateKeyError, TransactionConflictError } from '../../ports';
import type { SqliteDb } from './sqlite-db';

/**
 * Every round of conflicting transactions commits at least one of them and the rest run again at
 * once, so N transactions racing on one document need up to N attempts.
 */
const MAX_ATTEMPTS = 32;

type Pending = { kind: 'insert' | 'set'; doc: Doc } | { kind: 'remove' };

class Conflict extends Error {}

class OptimisticTx implements TxDb {
  /** Raw JSON (or null for absent) of each document as first read. */
  readonly reads = new Map<string, string | null>();
  readonly writes = new Map<string, { collection: string; id: string; op: Pending }>();

  constructor(private readonly db: SqliteDb) {}

  private key(collection: string, id: string): string {
    return `${collection}\u0000${id}`;
  }

  private current(collection: string, id: string): Doc | null {
    const key = this.key(collection, id);
    const pending = this.writes.get(key);
    if (pending) return pending.op.kind === 'remove' ? null : structuredClone(pending.op.doc);
    if (!this.reads.has(key)) this.reads.set(key, this.db.readRaw(collection, id));
    const raw = this.reads.get(key);
    return raw ? (JSON.parse(raw) as Doc) : null;
  }

  async get<T extends Doc>(collection: string, id: string): Promise<T | null> {
    return this.current(collection, id) as T | null;
  }

  async insert<T extends Doc>(collection: string, doc: T): Promise<void> {
    if (this.current(collection, doc._id)) throw new DuplicateKeyError(collection, doc._id);
    this.writes.set(this.key(collection, doc._id), { collection, id: doc._id, op: { kind: 'insert', doc: structuredClone(doc) } });
  }

  async set<T extends Doc>(collection: string, doc: T): Promise<void> {
    this.current(collection, doc._id);
    this.writes.set(this.key(collection, doc._id), { collection, id: doc._id, op: { kind: 'set', doc: structuredClone(doc) } });
  }

  async updateById(collection: string, id: string, patch: Patch): Promise<void> {
    const doc = this.current(collection, id);
    if (!doc) throw new Error(`document not found: ${collection}/${id}`);
    this.writes.set(this.key(collection, id), { collection, id, op: { kind: 'set', doc: applyPatch(doc, patch) } });
  }

  async removeById(collection: string, id: string): Promise<void> {
    this.current(collection, id);
    this.writes.set(this.key(collection, id), { collection, id, op: { kind: 'remove' } });
  }

  commit(): void {
    this.db.sqlite.transaction(() => {
      for (const [key, raw] of this.reads) {
        const [collection, id] = key.split('\u0000');
        if (this.db.readRaw(collection, id) !== raw) throw new Conflict();
      }
      for (const { collection, id, op } of this.writes.values()) {
        if (op.kind === 'remove') this.db.deleteRaw(collection, id);
        else if (op.kind === 'insert') this.db.insertRaw(collection, op.doc);
        else this.db.writeRaw(collection, op.doc);
      }
    })();
  }
}

export async function runOptimisticTransaction<R>(db: SqliteDb, work: (tx: TxDb) => Promise<R>): Promise<R> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const tx = new OptimisticTx(db);
    const result = await work(tx);
    try {
      tx.commit();
      return result;
    } catch (e) {
      if (!(e instanceof Conflict)) throw e;
    }
  }
  throw new TransactionConflictError();
}
