/**
 * Recognizing the wx-server-sdk database errors the adapter turns into our own results.
 *
 * The SDK rejects with an Error carrying `errCode` (number) and `errMsg`; `message` holds the same
 * text. It builds them (utils/error.ts, toSDKError) as `<api>:fail <errCode> <CODE NAME>. <server message>`
 * for server errors and `<api>:fail <text>` with errCode -1 for its own. Codes alone say little:
 * -1 is every SDK-side failure, -502001 (DATABASE_REQUEST_FAILED) every failed database request,
 * -502004 is DATABASE_COLLECTION_EXCEED_LIMIT and -502005 DATABASE_COLLECTION_NOT_EXIST (neither
 * means "no such document"). So each check below needs the specific text.
 */

function texts(error: unknown): string[] {
  if (typeof error === 'string') return [error];
  if (typeof error !== 'object' || error === null) return [];
  const found: string[] = [];
  for (const key of ['errMsg', 'message', 'code', 'errCode'] as const) {
    const value: unknown = Reflect.get(error, key);
    if (typeof value === 'string' || typeof value === 'number') found.push(String(value));
  }
  return found;
}

/**
 * `doc(id).get()` of a missing document, when the database was created with the default
 * `throwOnNotFound: true`: errCode -1, errMsg `document.get:fail document with _id <id> does not exist`.
 * A missing collection (`collection … does not exist`, -502005) does not match.
 */
const MISSING_DOCUMENT = /document with _id .* does not exist/;

export function isMissingDocumentError(error: unknown): boolean {
  return texts(error).some((t) => MISSING_DOCUMENT.test(t));
}

/**
 * An `_id` or unique index taken. The database is MongoDB underneath: the SDK passes its error
 * through as errCode -502001 with `E11000 duplicate key error collection: <env>.<collection>
 * index: <index> dup key: { … }` in the message; newer gateways name it DATABASE_DUPLICATE_WRITE.
 * MongoDB's own numeric code 11000 is accepted too. The bare -502001 is not enough.
 */
const DUPLICATE_KEY = /\bE11000 duplicate key\b|\bDATABASE_DUPLICATE_WRITE\b|^11000$/;

export function isDuplicateKeyError(error: unknown): boolean {
  return texts(error).some((t) => DUPLICATE_KEY.test(t));
}

/** A transaction that still conflicted after the SDK's own retries. */
const TRANSACTION_CONFLICT = /\bDATABASE_TRANSACTION_CONFLICT\b/;

export function isTransactionConflictError(error: unknown): boolean {
  return texts(error).some((t) => TRANSACTION_CONFLICT.test(t));
}
