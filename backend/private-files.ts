/**
 * Private files (invoices now; report attachments and proof photos later): stored under
 * `private/` at a path with 128 random bits, never served by path alone — only through a
 * function action that checks the caller and answers a short-lived link (docs/files.md).
 */
import { randomBytes } from 'node:crypto';

const PRIVATE_PREFIX = 'private/';

/** Where invoices were stored, by number, before private files existed: private too, so no old file is served by its path. */
const EARLIER_INVOICES = 'invoices/';

/** How long a link to a private file works. */
export const PRIVATE_LINK_TTL_MS = 10 * 60_000;

export const isPrivatePath = (path: string): boolean => path.startsWith(PRIVATE_PREFIX) || path.startsWith(EARLIER_INVOICES);

/** A new unguessable path in a private folder: privatePath('invoices/h-zzcentral', 'pdf') → private/invoices/h-zzcentral/<32 hex>.pdf */
export function privatePath(folder: string, extension: string): string {
  return `${PRIVATE_PREFIX}${folder}/${randomBytes(16).toString('hex')}.${extension}`;
}
