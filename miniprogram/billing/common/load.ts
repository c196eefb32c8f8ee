/**
 * How the billing pages turn backend answers into a `View`. A subpackage may not load code from
 * another subpackage, so these mirror booking/common/load.ts: a record looked up by id, where a
 * missing id or a record the backend does not know is the empty state rather than an error.
 */
import type { Envelope } from '../../shared/envelope';
import { ErrorCode } from '../../shared/errors';
import type { View } from '../../stores/remote';

export function mapEnvelope<T, U>(res: Envelope<T>, fn: (data: T) => U): Envelope<U> {
  return res.ok ? { ok: true, data: fn(res.data) } : res;
}

export function viewOf<T>(res: Envelope<T>, isEmpty: (data: T) => boolean = () => false): View<T> {
  if (!res.ok) return { status: 'error', data: null, error: res.error.message };
  return { status: isEmpty(res.data) ? 'empty' : 'ready', data: res.data, error: '' };
}

/** Loads the record `id`; no id, or an id the backend does not know, is the empty state. */
export async function recordView<T>(id: string, run: (id: string) => Promise<Envelope<T>>): Promise<View<T>> {
  if (!id) return { status: 'empty', data: null, error: '' };
  const res = await run(id);
  if (!res.ok && res.error.code === ErrorCode.NOT_FOUND) return { status: 'empty', data: null, error: '' };
  return viewOf(res);
}
