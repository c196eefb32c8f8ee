/**
 * A Db that counts the operations passing through it: reads (get, find, count) and writes (insert,
 * update, remove), each document operation inside a transaction too, and the transactions apart.
 * Operations on the `guarded` collections (the dispatcher's idempotency keys and
 * rate counters, say) are counted apart, in guardReads and guardWrites.
 */
import type { Db, Doc, Patch, Query, TxDb, Where } from '../../backend/ports';

export class CountingDb implements Db {
  reads = 0;
  writes = 0;
  guardReads = 0;
  guardWrites = 0;
  transactions = 0;

  constructor(
    private readonly inner: Db,
    private readonly guarded: readonly string[] = [],
  ) {}

  reset(): void {
    this.reads = 0;
    this.writes = 0;
    this.guardReads = 0;
    this.guardWrites = 0;
    this.transactions = 0;
  }

  private read(collection: string): void {
    if (this.guarded.includes(collection)) this.guardReads++;
    else this.reads++;
  }

  private write(collection: string): void {
    if (this.guarded.includes(collection)) this.guardWrites++;
    else this.writes++;
  }

  get<T extends Doc>(collection: string, id: string): Promise<T | null> {
    this.read(collection);
    return this.inner.get<T>(collection, id);
  }
  find<T extends Doc>(collection: string, query?: Query): Promise<T[]> {
    this.read(collection);
    return this.inner.find<T>(collection, query);
  }
  count(collection: string, where?: Where): Promise<number> {
    this.read(collection);
    return this.inner.count(collection, where);
  }
  insert<T extends Doc>(collection: string, doc: T): Promise<void> {
    this.write(collection);
    return this.inner.insert(collection, doc);
  }
  update(collection: string, where: Where, patch: Patch): Promise<number> {
    this.write(collection);
    return this.inner.update(collection, where, patch);
  }
  remove(collection: string, where: Where): Promise<number> {
    this.write(collection);
    return this.inner.remove(collection, where);
  }
  transaction<R>(work: (tx: TxDb) => Promise<R>): Promise<R> {
    this.transactions++;
    return this.inner.transaction((tx) => work(this.countingTx(tx)));
  }
  private countingTx(tx: TxDb): TxDb {
    return {
      get: (collection, id) => {
        this.read(collection);
        return tx.get(collection, id);
      },
      insert: (collection, doc) => {
        this.write(collection);
        return tx.insert(collection, doc);
      },
      set: (collection, doc) => {
        this.write(collection);
        return tx.set(collection, doc);
      },
      updateById: (collection, id, patch) => {
        this.write(collection);
        return tx.updateById(collection, id, patch);
      },
      removeById: (collection, id) => {
        this.write(collection);
        return tx.removeById(collection, id);
      },
    };
  }
}
