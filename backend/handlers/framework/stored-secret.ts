/**
 * Secrets of one deployment, made on first use (a CSPRNG) and kept in a collection, so every cloud
 * function instance and the emulator share them without configuration. A secret never changes
 * once stored, so each process keeps what it read.
 */
import { randomBytes } from 'node:crypto';
import { DuplicateKeyError, type Db } from '../../ports';

export interface SecretDoc {
  _id: string;
  secret: string;
  createdAt: number;
}

const known = new WeakMap<Db, Map<string, string>>();

export async function storedSecret(db: Db, collection: string, id: string, now: number): Promise<string> {
  const cache = known.get(db) ?? new Map<string, string>();
  known.set(db, cache);
  const cached = cache.get(`${collection}/${id}`);
  if (cached) return cached;
  let stored = await db.get<SecretDoc>(collection, id);
  if (!stored) {
    try {
      await db.insert<SecretDoc>(collection, { _id: id, secret: randomBytes(32).toString('hex'), createdAt: now });
    } catch (e) {
      if (!(e instanceof DuplicateKeyError)) throw e;
    }
    stored = await db.get<SecretDoc>(collection, id);
  }
  if (!stored) throw new Error(`secret ${collection}/${id} not stored`);
  cache.set(`${collection}/${id}`, stored.secret);
  return stored.secret;
}

/** The key of person hashes (backend/ids.ts personHashOf). */
export const personSecret = (db: Db, now: number): Promise<string> => storedSecret(db, 'deploymentKeys', 'person', now);
