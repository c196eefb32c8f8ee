/**
 * The page behaviour for remote data (miniprogram/behaviors/remote-page.ts) on a plain object in
 * place of a page: loading then the view, what the page derives from it (`shown`) and loads after it
 * (`then`), only the last load shown, the first and later shows, pull-down refresh with `force`, and
 * `loadPart` for a second view chosen after the first. The pages over the real backend are in tests/pages/.
 */
import { stopPullDownRefresh } from '../../miniprogram/api/platform';
import { loadPart, remotePage } from '../../miniprogram/behaviors/remote-page';
import { loadingView, type View } from '../../miniprogram/stores/remote';

jest.mock('../../miniprogram/api/platform', () => ({ stopPullDownRefresh: jest.fn() }));

type Data = { view: View<string[]>; day: string; count: number; after: string; slots: View<string> };

function fakePage(): { data: Data; sets: Record<string, unknown>[]; setData(d: Record<string, unknown>): void } {
  const page = {
    data: { view: loadingView<string[]>(), day: 'mon', count: -1, after: '', slots: loadingView<string>() } as Data,
    sets: [] as Record<string, unknown>[],
    setData(d: Record<string, unknown>) {
      page.sets.push(d);
      Object.assign(page.data, d);
    },
  };
  return page;
}

function ready(data: string[]): View<string[]> {
  return { status: 'ready', data, error: '' };
}

/** A fetch whose answers the test releases one by one, in any order. */
function gate() {
  const waiting: Array<(v: View<string[]>) => void> = [];
  const fetch = jest.fn((_data: Data, _force: boolean) => new Promise<View<string[]>>((resolve) => waiting.push(resolve)));
  return { fetch, release: (i: number, v: View<string[]>) => waiting[i](v) };
}

describe('remotePage', () => {
  it('shows loading, then the view with what the page derives from it, then runs what loads after it', async () => {
    const page = fakePage();
    const then = jest.fn((p: { setData(d: Record<string, unknown>): void; data: Data }, v: View<string[]>) =>
      p.setData({ after: `${p.data.count}:${v.status}` }),
    );
    const m = remotePage<string[], { day: string; count: number; after: string }>({
      fetch: async ({ day }) => ready([day, 'tue']),
      shown: ({ data }) => ({ count: data ? data.length : 0 }),
      then,
    });
    await m.load.call(page);
    expect(page.sets[0]).toEqual({ view: loadingView() });
    expect(page.sets[1]).toEqual({ view: ready(['mon', 'tue']), count: 2 });
    expect(page.data.after).toBe('2:ready');
  });

  it('lets `shown` give the view itself, to keep a long list out of the data', async () => {
    const page = fakePage();
    const m = remotePage<string[]>({ fetch: async () => ready(['a', 'b']), shown: (view) => ({ view: { ...view, data: null } }) });
    await m.load.call(page);
    expect(page.data.view).toEqual({ status: 'ready', data: null, error: '' });
  });

  it('shows only the last load started: an earlier answer arriving late is dropped, and its `then` never runs', async () => {
    const page = fakePage();
    const g = gate();
    const then = jest.fn();
    const m = remotePage<string[]>({ fetch: g.fetch, then });
    const first = m.load.call(page);
    const second = m.reload.call(page);
    g.release(1, ready(['new']));
    await second;
    g.release(0, ready(['old']));
    await first;
    expect(page.data.view.data).toEqual(['new']);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('loads at the first show unless onLoad did, reloads quietly on later shows, and not at all with reloadOnShow: false', async () => {
    const page = fakePage();
    const fetch = jest.fn(async () => ready(['x']));
    const m = remotePage<string[]>({ fetch });
    await m.load.call(page);
    await m.onShow.call(page);
    expect(fetch).toHaveBeenCalledTimes(1);
    page.sets.length = 0;
    await m.onShow.call(page);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(page.sets).toEqual([{ view: ready(['x']) }]);

    const form = fakePage();
    const kept = jest.fn(async () => ready(['y']));
    const f = remotePage<string[]>({ fetch: kept, reloadOnShow: false });
    await f.onShow.call(form);
    await f.onShow.call(form);
    expect(kept).toHaveBeenCalledTimes(1);
  });

  it('asks again with force on pull-down refresh, then stops the spinner', async () => {
    const page = fakePage();
    const fetch = jest.fn(async (_d: object, force: boolean) => ready([String(force)]));
    const m = remotePage<string[]>({ fetch });
    await m.onPullDownRefresh.call(page);
    expect(page.data.view.data).toEqual(['true']);
    expect(stopPullDownRefresh).toHaveBeenCalled();
  });
});

describe('loadPart', () => {
  it('shows the part loading, then its view; a day chosen meanwhile wins over the earlier one', async () => {
    const page = fakePage();
    const answers: Array<(v: View<string>) => void> = [];
    const fetch = () => new Promise<View<string>>((resolve) => answers.push(resolve));
    const monday = loadPart(page, 'slots', fetch);
    expect(page.data.slots).toEqual(loadingView());
    const tuesday = loadPart(page, 'slots', fetch);
    answers[1]({ status: 'ready', data: 'tue', error: '' });
    await tuesday;
    answers[0]({ status: 'ready', data: 'mon', error: '' });
    await monday;
    expect(page.data.slots.data).toBe('tue');
  });

  it('sets what the page derives from the part with it, and nothing for an answer that lost', async () => {
    const page = fakePage();
    let late: (v: View<string>) => void = () => undefined;
    const lost = loadPart(
      page,
      'slots',
      () => new Promise<View<string>>((resolve) => (late = resolve)),
      (v) => ({ after: `old ${v.data}` }),
    );
    await loadPart(
      page,
      'slots',
      async () => ({ status: 'ready', data: 'b', error: '' }),
      (v) => ({ after: `rows of ${v.data}` }),
    );
    late({ status: 'ready', data: 'a', error: '' });
    await lost;
    expect(page.data.after).toBe('rows of b');
  });

  it('keeps each key apart: two rooms load their days independently', async () => {
    const page = fakePage();
    await Promise.all([
      loadPart(page, 'blocks[0].slots', async () => ({ status: 'ready', data: 'a', error: '' })),
      loadPart(page, 'blocks[1].slots', async () => ({ status: 'empty', data: null, error: '' })),
    ]);
    const last = Object.assign({}, ...page.sets);
    expect(last['blocks[0].slots']).toEqual({ status: 'ready', data: 'a', error: '' });
    expect(last['blocks[1].slots']).toEqual({ status: 'empty', data: null, error: '' });
  });
});
