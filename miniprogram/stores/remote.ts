/**
 * The state of one page's remote data: loading, ready, empty or error, with the data and the
 * message to show. Pages keep it in `data.view` and render the four states the same way.
 */
import type { Envelope } from '../shared/envelope';
import { ErrorCode } from '../shared/errors';

export type ViewStatus = 'loading' | 'ready' | 'empty' | 'error';

export interface View<T> {
  status: ViewStatus;
  data: T | null;
  error: string;
}

export function loadingView<T>(): View<T> {
  return { status: 'loading', data: null, error: '' };
}

export function mapEnvelope<T, U>(res: Envelope<T>, fn: (data: T) => U): Envelope<U> {
  return res.ok ? { ok: true, data: fn(res.data) } : res;
}

/** An envelope as a view; `isEmpty` decides the empty state. */
export function viewOf<T>(res: Envelope<T>, isEmpty: (data: T) => boolean = () => false): View<T> {
  if (!res.ok) return { status: 'error', data: null, error: res.error.message };
  return { status: isEmpty(res.data) ? 'empty' : 'ready', data: res.data, error: '' };
}

/** Runs a call and turns its envelope into a view. */
export async function fetchView<T>(run: () => Promise<Envelope<T>>, isEmpty: (data: T) => boolean = () => false): Promise<View<T>> {
  return viewOf(await run(), isEmpty);
}

/** Loads the record `id`; no id, or an id the backend does not know, is the empty state. */
export async function recordView<T>(id: string, run: (id: string) => Promise<Envelope<T>>): Promise<View<T>> {
  if (!id) return { status: 'empty', data: null, error: '' };
  const res = await run(id);
  if (!res.ok && res.error.code === ErrorCode.NOT_FOUND) return { status: 'empty', data: null, error: '' };
  return viewOf(res);
}
