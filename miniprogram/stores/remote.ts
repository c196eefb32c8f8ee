/**
 * The state of one page's remote data: loading, ready, empty or error, with the data and the
 * message to show. Pages keep it in `data.view` and render the four states the same way.
 */
import type { Envelope } from '../shared/envelope';

export type ViewStatus = 'loading' | 'ready' | 'empty' | 'error';

export interface View<T> {
  status: ViewStatus;
  data: T | null;
  error: string;
}

export function loadingView<T>(): View<T> {
  return { status: 'loading', data: null, error: '' };
}

/** Runs a call and turns its envelope into a view; `isEmpty` decides the empty state. */
export async function fetchView<T>(run: () => Promise<Envelope<T>>, isEmpty: (data: T) => boolean = () => false): Promise<View<T>> {
  const res = await run();
  if (!res.ok) return { status: 'error', data: null, error: res.error.message };
  return { status: isEmpty(res.data) ? 'empty' : 'ready', data: res.data, error: '' };
}
