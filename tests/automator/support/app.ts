/**
 * Driving the mini program through the automator API only, so a journey runs alike in DevTools and
 * in the preview: wait for what a person waits for (a page, a text), tap what they tap (a Vant
 * button's inner `.van-button`), type into a field's own input.
 */
import type { MiniProgram } from './target';

type Page = NonNullable<Awaited<ReturnType<MiniProgram['currentPage']>>>;
type Element = NonNullable<Awaited<ReturnType<Page['$']>>>;

export async function waitUntil<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown = null;
  for (;;) {
    try {
      const got = await probe();
      if (got) return got;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export async function currentPage(mp: MiniProgram): Promise<Page> {
  const page = await mp.currentPage();
  if (!page) throw new Error('no current page');
  return page;
}

/** Waits until the current page's path starts with `prefix`; answers the page. */
export function waitPath(mp: MiniProgram, prefix: string): Promise<Page> {
  return waitUntil(`page ${prefix}`, async () => {
    const page = await currentPage(mp);
    return page.path.startsWith(prefix) ? page : null;
  });
}

/** Navigates with the wx API (navigateTo, redirectTo, reLaunch, switchTab) and waits for the page. */
export async function go(mp: MiniProgram, kind: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab', url: string): Promise<Page> {
  await mp.callWxMethod(kind, { url });
  return waitPath(mp, url.replace(/^\//, '').split('?')[0]);
}

/** The visible text of the current page (its `.pz-page` root), whitespace folded. */
export async function pageText(mp: MiniProgram): Promise<string> {
  const root = await (await currentPage(mp)).$('.pz-page');
  return root ? (await root.text()).replace(/\s+/g, ' ').trim() : '';
}

/** Waits until the current page shows `expected`; answers the page text. */
export function see(mp: MiniProgram, expected: string | RegExp, ms = 10_000): Promise<string> {
  return waitUntil(
    `"${String(expected)}" on the page`,
    async () => {
      const text = await pageText(mp);
      return (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) ? text : null;
    },
    ms,
  );
}

/** The node of the current page matching `selector`, waiting for it to appear. */
export function element(mp: MiniProgram, selector: string): Promise<Element> {
  return waitUntil(`${selector} on the page`, async () => (await currentPage(mp)).$(selector));
}

/** The node inside a Vant component that a finger lands on (and that listens for the tap). */
const INNER: Record<string, string> = {
  'van-button': '.van-button',
  'van-grid-item': '.van-grid-item__content',
  'van-cell': '.van-cell',
  'van-radio': '.van-radio__label',
  'van-switch': '.van-switch',
};

/** What a finger lands on: a Vant component's inner node (the `.van-button`), else the node itself. */
export async function tapTarget(node: Element): Promise<Element> {
  const selector = INNER[node.tagName];
  if (!selector) return node;
  const inner = await node.$(selector);
  if (!inner) throw new Error(`${node.tagName} without its ${selector}`);
  return inner;
}

export async function tap(mp: MiniProgram, selector: string): Promise<void> {
  await (await tapTarget(await element(mp, selector))).tap();
}

/** Types into a van-field (by id) through its own input or textarea. */
export async function type(mp: MiniProgram, fieldId: string, value: string): Promise<void> {
  const field = await element(mp, `#${fieldId}`);
  const input = (await field.$('input')) ?? (await field.$('textarea'));
  if (!input || !('input' in input)) throw new Error(`#${fieldId} has no input`);
  await (input as Element & { input(v: string): Promise<void> }).input(value);
}

/** The storage key the local transport reads the demo identity from (miniprogram/api/transport.ts). */
const IDENTITY_KEY = 'peizhen.demoOpenid';

/** Becomes a demo identity, as 我的 → 演示身份 does. */
export async function becomeIdentity(mp: MiniProgram, openid: string): Promise<void> {
  await mp.callWxMethod('setStorageSync', IDENTITY_KEY, openid);
}

/** The first node matching `selector` whose text holds `label`. */
export function elementWithText(mp: MiniProgram, selector: string, label: string): Promise<Element> {
  return waitUntil(`${selector} showing "${label}"`, async () => {
    for (const node of await (await currentPage(mp)).$$(selector)) if ((await node.text()).includes(label)) return node;
    return null;
  });
}

/**
 * The client's dialogs answered yes while a journey runs: modals confirmed, subscribe messages
 * accepted; each is recorded in `getApp().globalData.automatorAsked` (see `dialogsAsked`).
 */
export async function answerDialogsYes(mp: MiniProgram): Promise<void> {
  await mp.mockWxMethod('showModal', function (o: { title?: string; content?: string; success?(r: object): void; complete?(r: object): void }) {
    const g = getApp().globalData;
    g.automatorAsked = [...(g.automatorAsked ?? []), `showModal ${o.title ?? ''} ${o.content ?? ''}`];
    const r = { confirm: true, cancel: false, errMsg: 'showModal:ok' };
    if (o.success) o.success(r);
    if (o.complete) o.complete(r);
  });
  await mp.mockWxMethod(
    'requestSubscribeMessage',
    function (o: { tmplIds: string[]; success?(r: Record<string, string>): void; complete?(r: Record<string, string>): void }) {
      const g = getApp().globalData;
      g.automatorAsked = [...(g.automatorAsked ?? []), `requestSubscribeMessage ${o.tmplIds.join(' ')}`];
      const r: Record<string, string> = { errMsg: 'requestSubscribeMessage:ok' };
      for (const id of o.tmplIds) r[id] = 'accept';
      if (o.success) o.success(r);
      if (o.complete) o.complete(r);
    },
  );
}

/** The dialogs answered by `answerDialogsYes` since the last call, as "<method> <title/content or template ids>". */
export async function dialogsAsked(mp: MiniProgram): Promise<string[]> {
  return mp.evaluate(() => {
    const g = getApp().globalData;
    const asked: string[] = g.automatorAsked ?? [];
    g.automatorAsked = [];
    return asked;
  });
}

export async function restoreDialogs(mp: MiniProgram): Promise<void> {
  await mp.restoreWxMethod('showModal');
  await mp.restoreWxMethod('requestSubscribeMessage');
}

/** The title of a van-tabs tab on the current page showing `label` (what a finger taps to switch). */
export async function tabTitled(mp: MiniProgram, label: string | RegExp): Promise<Element> {
  const tabs = await element(mp, 'van-tabs');
  return waitUntil(`the tab "${String(label)}"`, async () => {
    for (const t of await tabs.$$('.van-tab')) {
      const text = (await t.text()).replace(/\s+/g, ' ');
      if (typeof label === 'string' ? text.includes(label) : label.test(text)) return t;
    }
    return null;
  });
}

/**
 * Taps the days of the page's date strip (`#strip`) from the day after tomorrow on, each time
 * waiting for the day to be chosen and its list (`<listKey>.status` in the page's data) to load,
 * until `find` answers a node; answers the day (YYYY-MM-DD) and that node.
 */
export async function onADayAhead(mp: MiniProgram, listKey: string, find: () => Promise<Element | null>): Promise<{ date: string; node: Element }> {
  const days = await (await element(mp, '#strip')).$$('.day');
  for (let i = 2; i < days.length; i++) {
    const date = (await days[i].attribute('id')).replace(/^day-/, '');
    await days[i].tap();
    await waitUntil(`the list of ${date}`, async () => {
      const page = await currentPage(mp);
      return (await page.data('date')) === date && (await page.data(`${listKey}.status`)) !== 'loading';
    });
    expect(await days[i].attribute('class')).toContain('selected');
    const node = await find();
    if (node) return { date, node };
  }
  throw new Error('nothing open two days ahead or later');
}

/** The text of the node matching `selector`, whitespace folded. */
export async function textOf(mp: MiniProgram, selector: string): Promise<string> {
  return (await (await element(mp, selector)).text()).replace(/\s+/g, ' ');
}

/** Waits until the node matching `selector` shows `expected`; answers its text. */
export function nodeShows(mp: MiniProgram, selector: string, expected: string): Promise<string> {
  return waitUntil(`"${expected}" in ${selector}`, async () => {
    const text = await textOf(mp, selector);
    return text.includes(expected) ? text : null;
  });
}

/** Opens a staff entry from the workbench (我的 → 工作台) as `openid`. */
export async function openWorkbenchEntry(mp: MiniProgram, openid: string, key: string, path: string): Promise<void> {
  await becomeIdentity(mp, openid);
  await go(mp, 'reLaunch', '/staff/index/index');
  await tap(mp, `#entry-${key}`);
  await waitPath(mp, path);
}

/** Pays the order page's order in the sandbox (its confirm sheet answered yes), then goes back as the phone's back does. */
export async function payAndBack(mp: MiniProgram, backTo: string): Promise<void> {
  await waitPath(mp, 'billing/order/index');
  await tap(mp, '#pay');
  await waitPath(mp, 'billing/result/index');
  await see(mp, /支付成功|已支付/);
  await mp.callWxMethod('navigateBack', { delta: 1 });
  await waitPath(mp, backTo);
}
