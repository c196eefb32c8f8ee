/**
 * The cloud database (wx-server-sdk) behind our Db port. Where and Patch translate to the SDK's
 * commands (cloud-where.ts, cloud-update.ts); SDK errors are recognized in sdk-errors.ts.
 *
 * Two differences from the local store that no test can remove:
 * - `update` returns the SDK's `stats.updated`, which counts documents the update changed; an
 *   update that writes the values a document already has may count 0 there (MongoDB underneath).
 *   Conditional updates that move a state or add to a counter always change the document.
 * - A unique index of the cloud database treats a missing field as null, so two documents missing
 *   the same unique fields collide; the local store exempts them.
 */
import type { Db, Doc, Patch, Query, TxDb, Where } from '../../ports';
import { DuplicateKeyError, MAX_PAGE, TransactionConflictError } from '../../ports';
import { CloudTx } from './cloud-transaction';
import { toSdkUpdate } from './cloud-update';
import { checkField, toSdkWhere } from './cloud-where';
import { isDuplicateKeyError, isMissingDocumentError, isTransactionConflictError } from './sdk-errors';
import type { SdkDatabase, SdkQuery } from './sdk-types';

export class CloudDb implements Db {
  constructor(private readonly database: SdkDatabase) {}

  private get _() {
    return this.database.command;
  }

  private query(collection: string, where: Where | undefined): SdkQuery {
    const all = this.database.collection(collection);
    return where && Object.keys(where).length > 0 ? all.where(toSdkWhere(where, this._)) : all;
  }

  /** A missing document resolves `{ data: null }` (throwOnNotFound: false) or throws (the default). */
  async get<T extends Doc>(collection: string, id: string): Promise<T | null> {
    try {
      const { data } = await this.database.collection(collection).doc(id).get();
      return data ? (data as T) : null;
    } catch (e) {
      if (isMissingDocumentError(e)) return null;
      throw e;
    }
  }

  async find<T extends Doc>(collection: string, query: Query = {}): Promise<T[]> {
    const limit = Math.floor(Math.min(query.limit ?? MAX_PAGE, MAX_PAGE));
    if (limit <= 0) return [];
    let q = this.query(collection, query.where);
    for (const [field, direction] of query.orderBy ?? []) q = q.orderBy(checkField(field), direction);
    const skip = Math.floor(query.skip ?? 0);
    if (skip > 0) q = q.skip(skip);
    const { data } = await q.limit(limit).get();
    return data as T[];
  }

  async count(collection: string, where?: Where): Promise<number> {
    return (await this.query(collection, where).count()).total;
  }

  async insert<T extends Doc>(collection: string, doc: T): Promise<void> {
    try {
      await this.database.collection(collection).add({ data: doc });
    } catch (e) {
      if (isDuplicateKeyError(e)) throw new DuplicateKeyError(collection, doc._id);
      throw e;
    }
  }

  async update(collection: string, where: Where, patch: Patch): Promise<number> {
    const data = toSdkUpdate(patch, this._);
    // The SDK refuses empty update data; an empty patch changes nothing and matches what it matches.
    if (Object.keys(data).length === 0) return this.count(collection, where);
    try {
      const { stats } = await this.database.collection(collection).where(toSdkWhere(where, this._)).update({ data });
      return stats.updated;
    } catch (e) {
      if (isDuplicateKeyError(e)) throw new DuplicateKeyError(collection, JSON.stringify(where));
      throw e;
    }
  }

  async remove(collection: string, where: Where): Promise<number> {
    const { stats } = await this.database.collection(collection).where(toSdkWhere(where, this._)).remove();
    return stats.removed;
  }

  async transaction<R>(work: (tx: TxDb) => Promise<R>): Promise<R> {
    try {
      return await this.database.runTransaction((transaction) => work(new CloudTx(transaction, this._)));
    } catch (e) {
      if (isTransactionConflictError(e)) throw new TransactionConflictError();
      throw e;
    }
  }
}
