/**
 * Page tests render the real page (WXML compiled by the official compiler, Vant from
 * miniprogram_npm) and route its wx.request calls to the real handlers on a seeded in-memory
 * store, so a test covers page → store → api → handler → store.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import simulate from 'miniprogram-simulate';
import { functions } from '../../../backend/functions';
import { dispatch } from '../../../backend/handlers/framework/dispatch';
import { httpStatusOf } from '../../../miniprogram/shared/errors';
import { startLocalSystem, type LocalSystem } from '../../support/local-system';

export const MINIPROGRAM = join(__dirname, '..', '..', '..', 'miniprogram');
const VANT = join(MINIPROGRAM, 'miniprogram_npm', '@vant', 'weapp');

/** van-<name> → its component path, for every Vant component (simulate does not resolve npm names). */
export const vantComponents: Record<string, string> = Object.fromEntries(
  readdirSync(VANT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !['common', 'mixins', 'wxs', 'definitions'].includes(d.name))
    .map((d) => [`van-${d.name}`, `/miniprogram_npm/@vant/weapp/${d.name}/index`]),
);

/** The official compiler answers the whole app's WXML through stdout, far past its 1 MB default. */
const compilerOptions = { maxBuffer: 256 * 1024 * 1024 };

/** Loads a page or component once per test file; e.g. loadPage('previsit/hospital/index'). */
export function loadPage(path: string): string {
  return simulate.load(join(MINIPROGRAM, path), { rootPath: MINIPROGRAM, compiler: 'official', usingComponents: vantComponents, compilerOptions });
}

export type Rendered = ReturnType<typeof simulate.render>;

export function renderPage(id: string, properties: Record<string, unknown> = {}): Rendered {
  const comp = simulate.render(id, properties);
  comp.attach(document.createElement('parent-wrapper'));
  return comp;
}

export interface WxRequestOptions {
  url: string;
  data: Record<string, unknown>;
  header: Record<string, string>;
  success?: (res: { statusCode: number; data: unknown }) => void;
  fail?: (err: { errMsg: string }) => void;
}

export const wxMock = (globalThis as unknown as { wx: Record<string, jest.Mock> }).wx;

/** Routes wx.request to the handlers of `system`; returns the mock to inspect the calls. */
export function routeRequests(system: LocalSystem): jest.Mock {
  wxMock.request.mockImplementation((options: WxRequestOptions) => {
    const match = /\/fn\/([^/]+)$/.exec(options.url);
    const fn = match ? functions[match[1]] : undefined;
    if (!fn) return options.fail?.({ errMsg: 'request:fail not found' });
    const openid = options.header['x-openid'] ?? null;
    void dispatch(fn, options.data, { openid, requestId: 'page-test' }, system.ports).then((envelope) =>
      options.success?.({ statusCode: envelope.ok ? 200 : httpStatusOf[envelope.error.code], data: JSON.parse(JSON.stringify(envelope)) }),
    );
  });
  return wxMock.request;
}

/** Makes every wx.request fail as when the network is down. */
export function failRequests(): void {
  wxMock.request.mockImplementation((options: WxRequestOptions) => options.fail?.({ errMsg: 'request:fail timeout' }));
}

/** The calls the page made: [function, action, params]. */
export function apiCalls(): Array<{ fn: string; action: string; params: Record<string, unknown> }> {
  return wxMock.request.mock.calls.map(([o]: [WxRequestOptions]) => {
    const { action, ...params } = o.data;
    return { fn: o.url.split('/fn/')[1], action: String(action), params };
  });
}

/** Waits until `check` passes (the page's async work settles), or fails after `ms`. */
export async function waitFor(check: () => void, ms = 2000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (e) {
      if (Date.now() - start > ms) throw e;
      await simulate.sleep(10);
    }
  }
}

/** The text of the rendered page, whitespace folded. */
export function textOf(comp: Rendered): string {
  return (comp.dom?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Taps what a user taps: for a Vant component found by `#id` (van-button, van-cell, van-grid-item …)
 * its inner clickable node, otherwise the node itself.
 */
export function tap(comp: Rendered, selector: string): void {
  const node = comp.querySelector(selector);
  if (!node) throw new Error(`no node ${selector}`);
  const inner = ['.van-button', '.van-cell', '.van-grid-item__content', '.van-sidebar-item', '.van-tab'].map((s) => node.querySelector(s)).find((n) => n);
  (inner ?? node).dispatchEvent('tap');
}

export { startLocalSystem, simulate };
