/**
 * One page behaviour for remote data (docs/page-conventions.md): the page says how to get its view
 * (`fetch`, from its own data: an id, a tab), the behaviour does the rest the same way everywhere —
 * loading then the view at the first show, a quiet reload on every later show (back from a page
 * that may have changed it), pull-down refresh asking the backend again (stores included) and
 * stopping the spinner, 重试 (`<state-view bind:retry="load">`), and the empty state through the
 * page's `isEmpty` in `fetchView` (`stores/remote.ts`). Only the last load started is shown, so a
 * quick tab switch never shows the previous tab's answer.
 *
 * It is a set of methods spread into the page's `methods` rather than a `Behavior()`: pages are
 * `ComponentWithStore` (mobx-miniprogram-bindings), whose `this` type does not see the methods of
 * a behavior, and the page's own code calls `this.load()`.
 */
import { stopPullDownRefresh } from '../api/platform';
import { loadingView, type View } from '../stores/remote';

interface Host<T, D> {
  data: { view: View<T> } & D;
  setData(data: { view: View<T> }): void;
}

export interface RemotePageOptions<T, D> {
  /** The page's view from its data; `force` on pull-down refresh (a store asks the backend even when fresh). */
  fetch(data: D, force: boolean): Promise<View<T>>;
  /** Reload quietly when the page shows again (default); false for what cannot change meanwhile. */
  reloadOnShow?: boolean;
}

/** Per page instance: the number of the last load started, and whether it has shown once. */
const loads = new WeakMap<object, number>();
const shown = new WeakSet<object>();

export function remotePage<T, D extends object = object>(options: RemotePageOptions<T, D>) {
  async function fetchInto(page: Host<T, D>, force: boolean): Promise<void> {
    const n = (loads.get(page) ?? 0) + 1;
    loads.set(page, n);
    const view = await options.fetch(page.data, force);
    if (loads.get(page) === n) page.setData({ view });
  }
  function load(page: Host<T, D>): Promise<void> {
    page.setData({ view: loadingView<T>() });
    return fetchInto(page, false);
  }
  return {
    /** The loading state, then the view; also 重试. Pages that need a query call it from `onLoad`. */
    load(this: Host<T, D>): Promise<void> {
      return load(this);
    },
    /** The view again without the loading state: after a write of the page's own, or a tab's data that is held. */
    reload(this: Host<T, D>): Promise<void> {
      return fetchInto(this, false);
    },
    /** The first show loads unless `onLoad` did; a later show reloads quietly. */
    onShow(this: Host<T, D>): Promise<void> | undefined {
      const first = !shown.has(this);
      shown.add(this);
      if (first) return loads.has(this) ? undefined : load(this);
      return options.reloadOnShow === false ? undefined : fetchInto(this, false);
    },
    async onPullDownRefresh(this: Host<T, D>): Promise<void> {
      await fetchInto(this, true);
      stopPullDownRefresh();
    },
  };
}
