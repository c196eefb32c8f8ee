/**
 * Page tests render the real page (WXML compiled by the official compiler, Vant from
 * miniprogram_npm) and route its wx.request calls to the real handlers on a seeded in-memory
 * store, so a test covers page → store → api → handler → store.
 */
import { appendFileSync, existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import simulate from 'miniprogram-simulate';
import { npmFolders } from '../../../scripts/bench/resolve';
import { functions } from '../../../backend/functions';
import { dispatch } from '../../../backend/handlers/framework/dispatch';
import { httpStatusOf } from '../../../miniprogram/shared/errors';
import { resetRemotes } from '../../../miniprogram/stores/resource';
import { startLocalSystem, type LocalSystem } from '../../support/local-system';
import { answerHits, describeHit, type Hit, isPatientFacing, textHits } from './page-scan';

export const MINIPROGRAM = join(__dirname, '..', '..', '..', 'miniprogram');

/**
 * van-<name> → the component WeChat finds from `path`'s folder: the nearest miniprogram_npm upwards,
 * the subpackage's own before the root's (scripts/npm-placement.ts places them; simulate does not
 * resolve npm names itself).
 */
export function vantComponentsFor(path: string): Record<string, string> {
  const using: Record<string, string> = {};
  for (const folder of npmFolders(MINIPROGRAM, join(MINIPROGRAM, path)).reverse()) {
    const vant = join(folder, '@vant', 'weapp');
    if (!existsSync(vant)) continue;
    for (const d of readdirSync(vant, { withFileTypes: true })) {
      const index = join(vant, d.name, 'index');
      if (d.isDirectory() && existsSync(`${index}.json`)) using[`van-${d.name}`] = `/${relative(MINIPROGRAM, index).split(sep).join('/')}`;
    }
  }
  return using;
}

/** The official compiler answers the whole app's WXML through stdout, far past its 1 MB default. */
const compilerOptions = { maxBuffer: 256 * 1024 * 1024 };

/** Loads a page or component once per test file; e.g. loadPage('previsit/hospital/index'). */
export function loadPage(path: string): string {
  const id = simulate.load(join(MINIPROGRAM, path), { rootPath: MINIPROGRAM, compiler: 'official', usingComponents: vantComponentsFor(path), compilerOptions });
  routes.set(id, path);
  return id;
}

/** The route of each loaded page, the pages rendered by the current test, and what they leaked. */
const routes = new Map<string, string>();
let rendered: Array<{ route: string; comp: Rendered }> = [];
let hits: Hit[] = [];
/** Totals over the test file, written to $PAGE_SCAN_STATS when set (the report's figures). */
const scanned = { answers: 0, texts: 0, hits: 0 };
const currentRoute = (): string => rendered[rendered.length - 1]?.route ?? '';

/** Scans an answer the current page receives when that page is patient-facing. */
function scanAnswer(answer: unknown): void {
  const route = currentRoute();
  if (!isPatientFacing(route)) return;
  scanned.answers += 1;
  hits.push(...answerHits(route, answer));
}

afterEach(() => {
  for (const { route, comp } of rendered) {
    if (!isPatientFacing(route)) continue;
    scanned.texts += 1;
    hits.push(...textHits(route, textOf(comp)));
  }
  const found = hits;
  scanned.hits += found.length;
  rendered = [];
  hits = [];
  if (found.length > 0) throw new Error(`a patient page shows what it must not:\n${found.map(describeHit).join('\n')}`);
});

afterAll(() => {
  const file = process.env.PAGE_SCAN_STATS;
  if (file) appendFileSync(file, `${JSON.stringify(scanned)}\n`);
});

export type Rendered = ReturnType<typeof simulate.render>;

export function renderPage(id: string, properties: Record<string, unknown> = {}): Rendered {
  const comp = simulate.render(id, properties);
  comp.attach(document.createElement('parent-wrapper'));
  rendered.push({ route: routes.get(id) ?? id, comp });
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

/**
 * Routes wx.request to the handlers of `system`; returns the mock to inspect the calls. A new
 * backend is a new start of the app: the stores forget what the last test's backend answered.
 */
export function routeRequests(system: LocalSystem): jest.Mock {
  resetRemotes();
  wxMock.request.mockImplementation((options: WxRequestOptions) => {
    const match = /\/fn\/([^/]+)$/.exec(options.url);
    const fn = match ? functions[match[1]] : undefined;
    if (!fn) return options.fail?.({ errMsg: 'request:fail not found' });
    const openid = options.header['x-openid'] ?? null;
    void dispatch(fn, options.data, { openid, requestId: 'page-test' }, system.ports).then((envelope) => {
      const data: unknown = JSON.parse(JSON.stringify(envelope));
      scanAnswer(data);
      options.success?.({ statusCode: envelope.ok ? 200 : httpStatusOf[envelope.error.code], data });
    });
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
