/**
 * Whether each unique index of backend/collections.ts exists in the database: two probe documents
 * sharing the key's values must clash (DuplicateKeyError). Every other unique field of the probes
 * gets its own value, so only the key under test can clash. The probes are removed afterwards.
 */
import type { CollectionSpec } from '../collections';
import { DuplicateKeyError, type Db, type Doc } from '../ports';
import type { CheckResult } from '../../miniprogram/shared/dto/selftest';

function probe(spec: CollectionSpec, run: string, tag: string, shared: string[]): Doc & Record<string, string> {
  const doc: Doc & Record<string, string> = { _id: `${run}-${tag}` };
  for (const field of new Set((spec.unique ?? []).flat())) doc[field] = shared.includes(field) ? `${run}-shared-${field}` : `${run}-${tag}-${field}`;
  return doc;
}

async function probeKey(db: Db, collection: string, spec: CollectionSpec, key: string[], run: string, i: number): Promise<CheckResult> {
  const name = `unique index ${collection} (${key.join(', ')})`;
  const first = probe(spec, run, `u${i}a`, key);
  const second = probe(spec, run, `u${i}b`, key);
  try {
    await db.insert(collection, first);
    await db.insert(collection, second);
    return { name, ok: false, detail: 'a second document with the same key was accepted: create the unique index (npm run deploy)' };
  } catch (e) {
    return e instanceof DuplicateKeyError ? { name, ok: true } : { name, ok: false, detail: e instanceof Error ? e.message : String(e) };
  } finally {
    await db.remove(collection, { _id: { in: [first._id, second._id] } });
  }
}

export async function uniqueProbes(db: Db, collections: Record<string, CollectionSpec>, run: string): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const [collection, spec] of Object.entries(collections)) {
    const keys = spec.unique ?? [];
    for (let i = 0; i < keys.length; i++) results.push(await probeKey(db, collection, spec, keys[i], run, i));
  }
  return results;
}
