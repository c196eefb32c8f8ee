/**
 * Polling with backoff while a page is shown (docs/page-conventions.md): a quiet reload after
 * `pollDelay`, which starts at MIN_POLL_MS and grows ×1.5 up to MAX_POLL_MS while what the page shows
 * stays the same, and returns to MIN_POLL_MS when it changes; stopped when the page hides or unloads,
 * and once nothing shown can move any more. Its methods are spread into a page's `methods` (a page
 * on behaviors/remote-page.ts takes `viewPoll`, which follows its view and does the rest): another
 * page calls `startPolling` after it loads or shows, and `stopPolling` from `onHide` and `onUnload`.
 */
import type { View } from '../stores/remote';
import type { RemoteHost } from './remote-page';

export const MIN_POLL_MS = 5_000;
export const MAX_POLL_MS = 60_000;

export function nextDelay(current: number, changed: boolean): number {
  return changed ? MIN_POLL_MS : Math.min(MAX_POLL_MS, Math.round(current * 1.5));
}

export interface PollHost {
  data: { pollDelay: number; polling: boolean };
  setData(data: Record<string, unknown>): void;
}

export interface PollOptions<P extends PollHost, T> {
  /** What the page shows that may move, or null while there is nothing to follow. */
  current(page: P): T | null;
  /** What the patient sees move; a change brings the next refresh back to the shortest delay. */
  fingerprint(current: T): string;
  /** Whether it can still move (by default it can): polling stops once it cannot. */
  moving?(current: T): boolean;
  /** A quiet refresh of what the page shows. */
  refresh(page: P): Promise<void>;
}

/** The pending refresh of each page instance. */
const timers = new WeakMap<object, ReturnType<typeof setTimeout>>();

export function backoffPoll<P extends PollHost, T>(options: PollOptions<P, T>) {
  function stop(page: P): void {
    const timer = timers.get(page);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(page);
  }
  function schedule(page: P, delay: number): void {
    stop(page);
    const current = options.current(page);
    if (current === null || (options.moving && !options.moving(current))) {
      page.setData({ polling: false });
      return;
    }
    page.setData({ pollDelay: delay, polling: true });
    timers.set(
      page,
      setTimeout(() => void poll(page), delay),
    );
  }
  async function poll(page: P): Promise<void> {
    timers.delete(page);
    const before = options.current(page);
    await options.refresh(page);
    if (!page.data.polling) return;
    const after = options.current(page);
    const changed = before === null || after === null || options.fingerprint(before) !== options.fingerprint(after);
    schedule(page, nextDelay(page.data.pollDelay, changed));
  }
  return {
    /** Polls from the shortest delay (after a load, a show, a write of the page's own). */
    startPolling(this: P): void {
      schedule(this, MIN_POLL_MS);
    },
    stopPolling(this: P): void {
      stop(this);
      this.setData({ polling: false });
    },
    /** One quiet refresh; the next comes sooner when what is shown changed, later while it did not. */
    poll(this: P): Promise<void> {
      return poll(this);
    },
  };
}

/** A page on behaviors/remote-page.ts: it follows its view once ready, and refreshes with `reload`. */
export type RemotePollHost<T> = PollHost & { data: { view: View<T> }; reload(): Promise<void> };

/** What viewPoll needs of behaviors/remote-page.ts's methods. */
interface RemoteMethods<T, D> {
  load(this: RemoteHost<T, D>): Promise<void>;
  onShow(this: RemoteHost<T, D>): Promise<void> | undefined;
}

/**
 * A page on behaviors/remote-page.ts that follows its view: `load` (also 重试) and `onShow` start
 * polling from the shortest delay once the view is in, `onHide` and `onUnload` stop it.
 */
export function viewPoll<T, D>(remote: RemoteMethods<T, D>, options: Pick<PollOptions<RemotePollHost<T>, T>, 'fingerprint' | 'moving'>) {
  type H = RemotePollHost<T> & RemoteHost<T, D>;
  const polling = backoffPoll<H, T>({
    ...options,
    current: (page) => (page.data.view.status === 'ready' ? page.data.view.data : null),
    refresh: (page) => page.reload(),
  });
  return {
    ...polling,
    async load(this: H): Promise<void> {
      await remote.load.call(this);
      polling.startPolling.call(this);
    },
    async onShow(this: H): Promise<void> {
      await remote.onShow.call(this);
      polling.startPolling.call(this);
    },
    onHide(this: H): void {
      polling.stopPolling.call(this);
    },
    onUnload(this: H): void {
      polling.stopPolling.call(this);
    },
  };
}
