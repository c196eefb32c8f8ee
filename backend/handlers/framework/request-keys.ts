/**
 * Idempotency keys bound to their parameters. An action whose input has a `requestId` answers a
 * repeated request with the first result (each handler keys its writes by the requestId); this
 * makes sure a repeat really is the same request. Before the action runs, the key
 * {function, action, caller, requestId} is recorded in `requestKeys` (document id derived from the
 * key) with a hash of the other parameters; the same key with another hash is refused.
 *
 * An honest retry is never locked out: a crash leaves the record with the same hash, so the same
 * request runs again; a refused call (an AppError) removes the record it created, so a corrected
 * request may use the key.
 */
import { createHash } from 'node:crypto';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { DuplicateKeyError, type Db } from '../../ports';
import { AppError } from './app-error';

export const REQUEST_KEYS = 'requestKeys';

export interface RequestKeyDoc {
  _id: string;
  fn: string;
  action: string;
  openid: string;
  requestId: string;
  paramsHash: string;
  createdAt: number;
}

export interface KeyOwner {
  fn: string;
  action: string;
  openid: string | null;
  now: number;
}

/** JSON with object keys sorted, so equal parameters hash alike whatever their order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The requestId of a validated input, if it has one. */
export function requestIdOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const id: unknown = Reflect.get(input, 'requestId');
  return typeof id === 'string' ? id : null;
}

/**
 * Records the key of this request, or checks it against the record of an earlier one. Answers a
 * function that forgets the record when this call made it (null when an earlier call did).
 */
export async function bindRequestKey(db: Db, owner: KeyOwner, input: object, requestId: string): Promise<(() => Promise<void>) | null> {
  const params = Object.fromEntries(Object.entries(input).filter(([k]) => k !== 'requestId'));
  const openid = owner.openid ?? '';
  const _id = `rk-${sha256([owner.fn, owner.action, openid, requestId].join('\n')).slice(0, 40)}`;
  const doc: RequestKeyDoc = { _id, fn: owner.fn, action: owner.action, openid, requestId, paramsHash: sha256(canonical(params)), createdAt: owner.now };
  try {
    await db.insert(REQUEST_KEYS, doc);
    return async () => {
      await db.remove(REQUEST_KEYS, { _id, paramsHash: doc.paramsHash });
    };
  } catch (e) {
    if (!(e instanceof DuplicateKeyError)) throw e;
  }
  const first = await db.get<RequestKeyDoc>(REQUEST_KEYS, _id);
  if (first && first.paramsHash !== doc.paramsHash) {
    throw new AppError(ErrorCode.VALIDATION_FAILED, '该请求编号已用于内容不同的请求，请刷新页面后重新提交', 'requestId');
  }
  return null;
}
