/** Inserting a document whose id names what it is, so that a retry or a race leaves the first one as it is. */
import { DuplicateKeyError, type Db, type TxDb } from '../../ports';

/** Inserts `doc` unless a document with its id exists; answers the stored one either way. */
export async function insertOnce<T extends { _id: string }>(db: Db | TxDb, collection: string, doc: T): Promise<T> {
  try {
    await db.insert(collection, doc);
    return doc;
  } catch (err) {
    if (!(err instanceof DuplicateKeyError)) throw err;
    return (await db.get<T>(collection, doc._id)) ?? doc;
  }
}
