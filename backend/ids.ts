import { createHash, randomUUID } from 'node:crypto';

/** A new document id: a short prefix naming the kind, then a random UUID without dashes. */
export function newId(prefix: string): string {
  return `${prefix}-${randomUUID().replace(/-/g, '')}`;
}

/** A document id derived from a key: the same parts always give the same id (96 bits of SHA-256). */
export function hashId(prefix: string, ...parts: string[]): string {
  return `${prefix}-${createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 24)}`;
}
