/**
 * Fault injection: a Db that dies at its Nth write, as a process killed just before that write
 * would — write N and every later write throw, the writes before it stay. A transaction counts as
 * one write when it commits (nothing of a transaction that died is kept).
 */
import type { Db, Doc, Patch, Query, TxDb, Where } from '../../backend/ports';

export class Crash extends Error {
  constructor(readonly at: number) {
    super(`crash at write ${at}`);
    this.name = 'Crash';
  }
}

export class FaultyDb implements Db {
  writes = 0;

  constructor(
    private readonly inner: Db,
    /** 1-based; Infinity never fails (to count the writes of a clean run). */
    private readonly failAt: number,
  ) {}

  private write(): void {
    this.writes++;
    if (this.writes >= this.failAt) throw new Crash(this.writes);
  }

  get<T extends Doc>(collection: string, id: string): Promise<T | null> {
    return this.inner.get<T>(collection, id);
  }

  find<T extends Doc>(collection: string, query?: Query): Promise<T[]> {
    return this.inner.find<T>(collection, query);
  }

  count(collection: string, where?: Where): Promise<number> {
    return this.inner.count(collection, where);
  }

  async insert<T extends Doc>(collection: string, doc: T): Promise<void> {
    this.write();
    return this.inner.insert(collection, doc);
  }

  async update(collection: string, where: Where, patch: Patch): Promise<number> {
    this.write();
    return this.inner.update(collection, where, patch);
  }

  async remove(collection: string, where: Where): Promise<number> {
    this.write();
    return this.inner.remove(collection, where);
  }

  transaction<R>(work: (tx: TxDb) => Promise<R>): Promise<R> {
    return this.inner.transaction(async (tx) => {
      const result = await work(tx);
      this.write();
      return result;
    });
  }
}
