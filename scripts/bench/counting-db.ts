/**
 * A Db that counts the operations passing through it: reads (get, find, count) and writes (insert,
 * update, remove), each document operation inside a transaction too, and the transactions apart.
 */
import type { Db, Doc, Patch, Query, TxDb, Where } from '../../backend/ports';

export class CountingDb implements Db {
  reads = 0;
  writes = 0;
  transactions = 0;

  constructor(private readonly inner: Db) {}

  reset(): void {
    this.reads = 0;
    this.writes = 0;
    this.transactions = 0;
  }

  get<T extends Doc>(collection: string, id: string): Promise<T | null> {
    this.reads++;
    return this.inner.get<T>(collection, id);
  }
  find<T extends Doc>(collection: string, query?: Query): Promise<T[]> {
    this.reads++;
    return this.inner.find<T>(collection, query);
  }
  count(collection: string, where?: Where): Promise<number> {
    this.reads++;
    return this.inner.count(collection, where);
  }
  insert<T extends Doc>(collection: string, doc: T): Promise<void> {
    this.writes++;
    return this.inner.insert(collection, doc);
  }
  update(collection: string, where: Where, patch: Patch): Promise<number> {
    this.writes++;
    return this.inner.update(collection, where, patch);
  }
  remove(collection: string, where: Where): Promise<number> {
    this.writes++;
    return this.inner.remove(collection, where);
  }
  transaction<R>(work: (tx: TxDb) => Promise<R>): Promise<R> {
    this.transactions++;
    return this.inner.transaction((tx) => work(this.countingTx(tx)));
  }
  private countingTx(tx: TxDb): TxDb {
    return {
      get: (collection, id) => {
        this.reads++;
        return tx.get(collection, id);
      },
      insert: (collection, doc) => {
        this.writes++;
        return tx.insert(collection, doc);
      },
      set: (collection, doc) => {
        this.writes++;
        return tx.set(collection, doc);
      },
      updateById: (collection, id, patch) => {
        this.writes++;
        return tx.updateById(collection, id, patch);
      },
      removeById: (collection, id) => {
        this.writes++;
        return tx.removeById(collection, id);
      },
    };
  }
}
