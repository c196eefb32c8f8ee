/**
 * One page behaviour for remote data (docs/page-conventions.md): the page says how to get its view
 * (`fetch`, from its own data: an id, a tab), the behaviour does the rest the same way everywhere —
 * loading then the view at the first show, a quiet reload on every later show (back from a page
 * that may have changed it), pull-down refresh asking the backend again (stores included) and
 * stopping the spinner, 重试 (`<state-view bind:retry="load">`), and the empty state through the
 * page's `isEmpty` in `fetchView` (`stores/remote.ts`). Only the last load started is shown, so a
 * quick tab switch never shows the previous tab's answer.
 *
 * A page whose loading is more than one view says so with two optional steps: `shown` (what it
 * derives from the view — rows, a form, the chosen day — set together with it) and `then` (a load
 * that needs the view shown first: the day's slots, the interactions; awaited by every load). A
 * second view of the page chosen after the first (another day) loads with `loadPart`.
 *
 * It is a set of methods spread into the page's `methods` rather than a `Behavior()`: pages are
 * `ComponentWithStore` (mobx-miniprogram-bindings), whose `this` type does not see the methods of
 * a behavior, and the page's own code calls `this.load()`.
 */
import { stopPullDownRefresh } from '../api/platform';
import { loadingView, type View } from '../stores/remote';

/** What a page offers the behaviours: its data and `setData`. */
export interface PageHost<D> {
  data: D;
  setData(data: Record<string, unknown>): void;
}

export type RemoteHost<T, D> = PageHost<{ view: View<T> } & D>;

export interface RemotePageOptions<T, D> {
  /** The page's view from its data; `force` on pull-down refresh (a store asks the backend even when fresh). */
  fetch(data: D, force: boolean): Promise<View<T>>;
  /** Reload quietly when the page shows again (default); false for what cannot change meanwhile, or a form being edited. */
  reloadOnShow?: boolean;
  /**
   * What the page shows besides the view, derived from it and the page's data; set in the same
   * `setData`. It may give `view` itself to show less than was fetched (a long list kept out of the data).
   */
  shown?(view: View<T>, data: D, page: RemoteHost<T, D>): Record<string, unknown>;
  /** What loads after the view is shown (only the last load's), e.g. with `loadPart`. */
  then?(page: RemoteHost<T, D>, view: View<T>): Promise<void> | void;
}

/** Per page instance: the number of the last load started, and whether it has shown once. */
const loads = new WeakMap<object, number>();
const shown = new WeakSet<object>();

export function remotePage<T, D extends object = object>(options: RemotePageOptions<T, D>) {
  async function fetchInto(page: RemoteHost<T, D>, force: boolean): Promise<void> {
    const n = (loads.get(page) ?? 0) + 1;
    loads.set(page, n);
    const view = await options.fetch(page.data, force);
    if (loads.get(page) !== n) return;
    page.setData({ view, ...(options.shown ? options.shown(view, page.data, page) : {}) });
    if (options.then) await options.then(page, view);
  }
  function load(page: RemoteHost<T, D>): Promise<void> {
    page.setData({ view: loadingView<T>() });
    return fetchInto(page, false);
  }
  return {
    /** The loading state, then the view; also 重试. Pages that need a query call it from `onLoad`. */
    load(this: RemoteHost<T, D>): Promise<void> {
      return load(this);
    },
    /** The view again without the loading state: after a write of the page's own, or a tab's data that is held. */
    reload(this: RemoteHost<T, D>): Promise<void> {
      return fetchInto(this, false);
    },
    /** The first show loads unless `onLoad` did; a later show reloads quietly. */
    onShow(this: RemoteHost<T, D>): Promise<void> | undefined {
      const first = !shown.has(this);
      shown.add(this);
      if (first) return loads.has(this) ? undefined : load(this);
      return options.reloadOnShow === false ? undefined : fetchInto(this, false);
    },
    async onPullDownRefresh(this: RemoteHost<T, D>): Promise<void> {
      await fetchInto(this, true);
      stopPullDownRefresh();
    },
  };
}

/** Per page instance and data key: the number of the last part load started. */
const parts = new WeakMap<object, Map<string, number>>();

/**
 * A second view of the page kept at `key` in its data (`slotsView`, `blocks[0].slots`): its
 * loading state, then its view with what `shown` derives from it (rows) — unless a later load of
 * the same key started meanwhile (another day chosen), whose answer alone is shown.
 */
export async function loadPart<T>(
  page: PageHost<object>,
  key: string,
  fetch: () => Promise<View<T>>,
  shown?: (view: View<T>) => Record<string, unknown>,
): Promise<void> {
  const started = parts.get(page) ?? new Map<string, number>();
  parts.set(page, started);
  const n = (started.get(key) ?? 0) + 1;
  started.set(key, n);
  page.setData({ [key]: loadingView<T>() });
  const view = await fetch();
  if (started.get(key) === n) page.setData({ [key]: view, ...(shown ? shown(view) : {}) });
}
