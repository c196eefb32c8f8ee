import { randomUUID } from 'node:crypto';

/** A new document id: a short prefix naming the kind, then a random UUID without dashes. */
export function newId(prefix: string): string {
  return `${prefix}-${randomUUID().replace(/-/g, '')}`;
}
