/** What the hospital list shows while the session's hospitals load, fail or come back empty. */
import type { LoadStatus } from '../../stores/session';
import type { ViewStatus } from '../../stores/remote';

export function hospitalListStatus(status: LoadStatus, count: number): ViewStatus {
  if (status === 'error') return 'error';
  if (status !== 'ready') return 'loading';
  return count === 0 ? 'empty' : 'ready';
}
