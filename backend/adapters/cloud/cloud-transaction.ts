/**
 * TxDb over a cloud transaction. Cloud transactions allow single-document operations only,
 * which is exactly what TxDb offers; the SDK runs the work again on a write conflict.
 */
import type { Doc, Patch, TxDb } from '../../ports';
import { DuplicateKeyError } from '../../ports';
import { toSdkUpdate } from './cloud-update';
import { isDuplicateKeyError, isMissingDocumentError } from './sdk-errors';
import type { SdkCommand, SdkTransaction } from './sdk-types';

export class CloudTx implements TxDb {
  constructor(
    private readonly transaction: SdkTransaction,
    private readonly _: SdkCommand,
  ) {}

  private async write(collection: string, key: string, run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
    } catch (e) {
      if (isDuplicateKeyError(e)) throw new DuplicateKeyError(collection, key);
      throw e;
    }
  }

  async get<T extends Doc>(collection: string, id: string): Promise<T | null> {
    try {
      const { data } = await this.transaction.collection(collection).doc(id).get();
      return data ? (data as T) : null;
    } catch (e) {
      if (isMissingDocumentError(e)) return null;
      throw e;
    }
  }

  async insert<T extends Doc>(collection: string, doc: T): Promise<void> {
    await this.write(collection, doc._id, () => this.transaction.collection(collection).add({ data: doc }));
  }

  async set<T extends Doc>(collection: string, doc: T): Promise<void> {
    const { _id, ...data } = doc;
    await this.write(collection, _id, () => this.transaction.collection(collection).doc(_id).set({ data }));
  }

  /** Like the local store: updating a document that does not exist is an error, not a no-op. */
  async updateById(collection: string, id: string, patch: Patch): Promise<void> {
    if (!(await this.get(collection, id))) throw new Error(`document not found: ${collection}/${id}`);
    const data = toSdkUpdate(patch, this._);
    if (Object.keys(data).length === 0) return;
    await this.write(collection, id, () => this.transaction.collection(collection).doc(id).update({ data }));
  }

  async removeById(collection: string, id: string): Promise<void> {
    await this.transaction.collection(collection).doc(id).remove();
  }
}
