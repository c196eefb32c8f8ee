import { createHash, createHmac, randomUUID } from 'node:crypto';

/** A new document id: a short prefix naming the kind, then a random UUID without dashes. */
export function newId(prefix: string): string {
  return `${prefix}-${randomUUID().replace(/-/g, '')}`;
}

/** A document id derived from a key: the same parts always give the same id (96 bits of SHA-256). */
export function hashId(prefix: string, ...parts: string[]): string {
  return hashIdOf(prefix, parts.join('|'), 24);
}

/**
 * The one derivation behind every derived id: `prefix-` and the first `hexChars` hex characters of
 * SHA-256 of `key`. Outbox messages, rate counters, subscription credits and payment issues use 32
 * (their stored ids were made so).
 */
export function hashIdOf(prefix: string, key: string, hexChars: number): string {
  return `${prefix}-${createHash('sha256').update(key).digest('hex').slice(0, hexChars)}`;
}

/**
 * A keyed hash of a person's document (HMAC-SHA256 of ID type and number under the deployment's
 * person key, backend/handlers/framework/stored-secret.ts): the same person gives the same value
 * under every account and family-member record, and the value cannot be recomputed from a
 * guessed ID number without the key.
 */
export function personHashOf(secret: string, idType: string, idNumber: string): string {
  return createHmac('sha256', secret).update(`${idType}|${idNumber.toUpperCase()}`).digest('hex').slice(0, 32);
}

/** The person's key at one hospital: no-shows and booking limits are counted by it. */
export function personKeyOf(personHash: string, hospitalId: string): string {
  return hashId('person', personHash, hospitalId);
}
