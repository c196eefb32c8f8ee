/**
 * Remote data that outlives a page (my appointments, unpaid orders, family members): loaded once,
 * shared by every page that shows it, refreshed after the writes that change it. One `Remote` per
 * list; the stores in this folder (`appointments.ts`, `orders.ts`, `family.ts`, `journey-store.ts`)
 * are built from them.
 *
 * - `get()` answers the data already held while it is fresh (loaded, not invalidated, younger than
 *   `MAX_AGE_MS`), else loads it; `get(true)` always loads (pull-down refresh).
 * - `refresh()` de-duplicates: while a load is under way every caller shares it.
 * - `invalidate()` after a write: a list already loaded is loaded again at once (pages and bindings
 *   showing it follow), one never loaded stays so until a page asks.
 * - `resetRemotes()` forgets everything (another account, `session.setDemoOpenid`).
 */
import { action, computed, makeObservable, observable } from 'mobx-miniprogram';
import type { Envelope } from '../shared/envelope';

/** How long data may be shown again without asking the backend: a page opened a minute later asks. */
export const MAX_AGE_MS = 60_000;

export type RemoteStatus = 'idle' | 'loading' | 'ready' | 'error';

const everyRemote = new Set<{ reset(): void }>();

export class Remote<T> {
  /** 'loading' only while nothing is held; a refresh over held data keeps 'ready' and sets `refreshing`. */
  status: RemoteStatus = 'idle';
  data: T | null = null;
  error = '';
  refreshing = false;
  /** When the data came (ms since the epoch), 0 before. */
  loadedAt = 0;
  stale = true;
  private pending: Promise<Envelope<T>> | null = null;
  /** Bumped by invalidate and reset: an answer to an older load is dropped. */
  private generation = 0;

  constructor(
    private readonly load: () => Promise<Envelope<T>>,
    private readonly clock: () => number = Date.now,
  ) {
    makeObservable<Remote<T>, 'begin' | 'settle'>(this, {
      status: observable,
      data: observable.ref,
      error: observable,
      refreshing: observable,
      loadedAt: observable,
      stale: observable,
      envelope: computed,
      begin: action,
      settle: action,
      invalidate: action,
      reset: action,
    });
    everyRemote.add(this);
  }

  /** What is held, as the envelope a page turns into its view; null before the first answer. */
  get envelope(): Envelope<T> | null {
    if (this.status === 'ready' && this.data !== null) return { ok: true, data: this.data };
    return null;
  }

  get fresh(): boolean {
    return this.status === 'ready' && !this.stale && this.clock() - this.loadedAt < MAX_AGE_MS;
  }

  /** The data while fresh, else a load (shared with one under way). */
  get(force = false): Promise<Envelope<T>> {
    const held = this.envelope;
    if (!force && held && this.fresh) return Promise.resolve(held);
    return this.refresh();
  }

  /** Loads now, or joins the load under way. */
  refresh(): Promise<Envelope<T>> {
    if (this.pending) return this.pending;
    const generation = this.generation;
    this.begin();
    const pending = this.load().then((res) => {
      if (generation === this.generation) {
        this.pending = null;
        this.settle(res);
      }
      return res;
    });
    this.pending = pending;
    return pending;
  }

  /** After a write that changes this data: what was loaded is loaded again; what was not stays unloaded. */
  invalidate(): Promise<void> {
    this.stale = true;
    this.generation += 1;
    this.pending = null;
    this.refreshing = false;
    if (this.status === 'idle') return Promise.resolve();
    return this.refresh().then(() => undefined);
  }

  reset(): void {
    this.generation += 1;
    this.pending = null;
    this.status = 'idle';
    this.data = null;
    this.error = '';
    this.refreshing = false;
    this.loadedAt = 0;
    this.stale = true;
  }

  private begin(): void {
    if (this.data === null) this.status = 'loading';
    else this.refreshing = true;
  }

  private settle(res: Envelope<T>): void {
    this.refreshing = false;
    if (!res.ok) {
      this.status = 'error';
      this.error = res.error.message;
      this.data = null;
      return;
    }
    this.status = 'ready';
    this.data = res.data;
    this.error = '';
    this.loadedAt = this.clock();
    this.stale = false;
  }
}

/** Forgets every remote's data: another account is using the app. */
export function resetRemotes(): void {
  for (const r of everyRemote) r.reset();
}
