/**
 * app.json routing as the WeChat client does it: a page stack of at most 10 (navigateTo,
 * redirectTo, navigateBack, reLaunch), tab pages that stay loaded once opened (switchTab), the
 * navigation bar and the tab bar, and the page lifecycle — created/attached, onLoad(query), onShow,
 * ready/onReady, onHide, onUnload — plus onPullDownRefresh (the ↻ button or a pull at the top),
 * onReachBottom (scrolling to the end) and onPageScroll.
 */
import exparser from 'miniprogram-exparser';
import { manifest } from 'pz:app';
import type { AppManifest, ComponentMeta } from '../build';
import { NAV_BAR, STATUS_BAR, windowHeight } from './env';
import { metrics } from './metrics';
import { componentMeta, ensureRegistered, exparserDefinition, mountingPage } from './registry';
import { reportError } from './errors';

// biome-ignore lint/suspicious/noExplicitAny: exparser and j-component are untyped; their objects cross here
type AnyRecord = Record<string, any>;

const app = (manifest as AppManifest).app;
const MAX_STACK = 10;
const REACH_BOTTOM_DISTANCE = 50;

export interface PageEntry {
  route: string;
  query: Record<string, string>;
  meta: ComponentMeta;
  node: AnyRecord;
  caller: AnyRecord;
  frame: HTMLElement;
  scroller: HTMLElement;
  title: string;
  navColors: { front: string; back: string } | null;
  refreshing: boolean;
  atBottom: boolean;
  loaded: boolean;
  shown: boolean;
  webviewId: number;
}

export interface HostElements {
  pages: HTMLElement;
  navbar: HTMLElement;
  navTitle: HTMLElement;
  navBack: HTMLElement;
  navHome: HTMLElement;
  navRefresh: HTMLElement;
  navLoading: HTMLElement;
  tabbar: HTMLElement;
  onRouteChange: (entry: PageEntry | null) => void;
}

type Result = { errMsg: string };

export class RouteError extends Error {}

const tabPaths = (app.tabBar?.list ?? []).map((t) => t.pagePath);
const isTab = (route: string) => tabPaths.includes(route);

/** `/a/b?x=1`, `a/b`, or `../c/d` relative to the current page → route and query. */
export function parseUrl(url: string, from: string | null): { route: string; query: Record<string, string> } {
  const [pathPart, search = ''] = String(url).split('?');
  let route: string;
  if (pathPart.startsWith('/')) route = pathPart.slice(1);
  else if (from) {
    const parts = from.split('/');
    parts.pop();
    for (const seg of pathPart.split('/')) {
      if (seg === '..') parts.pop();
      else if (seg !== '.' && seg !== '') parts.push(seg);
    }
    route = parts.join('/');
  } else route = pathPart;
  route = route.replace(/\.html$/, '').replace(/\/$/, '');
  const query: Record<string, string> = {};
  for (const pair of search.split('&')) {
    if (!pair) continue;
    const i = pair.indexOf('=');
    const key = i < 0 ? pair : pair.slice(0, i);
    query[key] = i < 0 ? '' : pair.slice(i + 1);
  }
  return { route, query };
}

function queryString(query: Record<string, string>): string {
  const s = Object.entries(query)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  return s ? `?${s}` : '';
}

function call(caller: AnyRecord, name: string, ...args: unknown[]): void {
  const fn = caller[name];
  if (typeof fn !== 'function') return;
  try {
    const r = fn.apply(caller, args);
    if (r && typeof (r as Promise<unknown>).then === 'function') (r as Promise<unknown>).then(undefined, (e: unknown) => reportError(e, `${name} (async)`));
  } catch (e) {
    reportError(e, name);
  }
}

/** Children before parents, as j-component's RootComponent triggers `ready`. */
function dfs(node: AnyRecord, cb: (n: AnyRecord) => void): void {
  if (node instanceof exparser.Component) {
    if (node.shadowRoot instanceof exparser.Element) dfs(node.shadowRoot, cb);
  }
  for (const child of node.childNodes as AnyRecord[]) if (child instanceof exparser.Element) dfs(child, cb);
  if (node instanceof exparser.Component) cb(node);
}

let webviewSeq = 0;

export class Router {
  stack: PageEntry[] = [];
  /** Tab pages stay alive once opened. */
  tabs = new Map<string, PageEntry>();
  private busy: Promise<unknown> = Promise.resolve();

  constructor(private readonly host: HostElements) {
    host.navBack.addEventListener('click', () => void this.navigateBack({ delta: 1 }).catch(() => undefined));
    host.navHome.addEventListener('click', () => void this.reLaunch({ url: `/${app.pages[0]}` }));
    host.navRefresh.addEventListener('click', () => this.startPullDownRefresh());
  }

  get current(): PageEntry | null {
    return this.stack.length > 0 ? this.stack[this.stack.length - 1] : null;
  }

  knows(route: string): boolean {
    return app.pages.includes(route);
  }

  /** Runs navigations one after another, as the client does. */
  private queue<T>(job: () => T | Promise<T>): Promise<T> {
    const next = this.busy.then(job, job);
    this.busy = next.catch(() => undefined);
    return next;
  }

  private check(route: string, api: string): void {
    if (!this.knows(route)) throw new RouteError(`${api}:fail page "${route}" is not found`);
    if (!componentMeta(route)) throw new RouteError(`${api}:fail page "${route}" is not built yet (its files are missing)`);
  }

  private createPage(route: string, query: Record<string, string>, kind: string): PageEntry {
    metrics.navigationStarted(route, kind);
    const id = ensureRegistered(route);
    const meta = componentMeta(route) as ComponentMeta;
    const def = exparserDefinition(id);
    const frame = document.createElement('div');
    frame.className = 'pz-page-frame';
    frame.setAttribute('data-route', route);
    frame.setAttribute('data-pfx', meta.prefix);
    const refresh = document.createElement('div');
    refresh.className = 'pz-refresh';
    refresh.textContent = '正在刷新…';
    const scroller = document.createElement('div');
    scroller.className = 'pz-page-scroll';
    scroller.setAttribute('data-pfx', meta.prefix);
    const bg = (meta.config.backgroundColor as string | undefined) ?? (app.window.backgroundColor as string | undefined);
    if (bg) frame.style.backgroundColor = bg;
    frame.append(refresh, scroller);
    this.host.pages.appendChild(frame);
    frame.style.setProperty('--pz-vh', `${windowHeight(isTab(route)) / 100}px`);

    const node = exparser.createElement('page', def) as AnyRecord;
    const caller = exparser.Element.getMethodCaller(node) as AnyRecord;
    // Query values reach the page's properties of the same name, as in WeChat.
    for (const [key, value] of Object.entries(query)) {
      if (exparser.Component.hasPublicProperty(node, key)) {
        const proxy = exparser.Component.getDataProxy(node);
        proxy.scheduleReplace([key], value);
        proxy.doUpdates(true);
      }
    }
    caller.route = route;
    caller.__route__ = route;
    caller.options = { ...query };
    const entry: PageEntry = {
      route,
      query,
      meta,
      node,
      caller,
      frame,
      scroller,
      title: String(meta.config.navigationBarTitleText ?? app.window.navigationBarTitleText ?? ''),
      navColors: null,
      refreshing: false,
      atBottom: false,
      loaded: false,
      shown: false,
      webviewId: ++webviewSeq,
    };
    scroller.appendChild(node.$$ as HTMLElement);
    exparser.Element.pretendAttached(node);
    this.wireScrolling(entry, refresh);
    return entry;
  }

  private wireScrolling(entry: PageEntry, refresh: HTMLElement): void {
    const { scroller, caller } = entry;
    scroller.addEventListener('scroll', () => {
      if (typeof caller.onPageScroll === 'function') call(caller, 'onPageScroll', { scrollTop: scroller.scrollTop });
      const remaining = scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop;
      const distance = Number(entry.meta.config.onReachBottomDistance ?? app.window.onReachBottomDistance ?? REACH_BOTTOM_DISTANCE);
      const atBottom = remaining <= distance && scroller.scrollHeight > scroller.clientHeight;
      if (atBottom && !entry.atBottom) call(caller, 'onReachBottom');
      entry.atBottom = atBottom;
    });
    // Pull down at the top (mouse or finger) to refresh.
    let startY: number | null = null;
    scroller.addEventListener('pointerdown', (e) => {
      startY = this.pullEnabled(entry) && scroller.scrollTop <= 0 ? e.clientY : null;
    });
    scroller.addEventListener('pointermove', (e) => {
      if (startY === null) return;
      const dy = e.clientY - startY;
      if (dy > 8) refresh.style.height = `${Math.min(80, dy / 2)}px`;
    });
    const release = (e: PointerEvent) => {
      if (startY === null) return;
      const dy = e.clientY - startY;
      startY = null;
      if (dy > 120) this.startPullDownRefresh();
      else if (!entry.refreshing) refresh.style.height = '';
    };
    scroller.addEventListener('pointerup', release);
    scroller.addEventListener('pointercancel', release);
  }

  private pullEnabled(entry: PageEntry): boolean {
    return !!(entry.meta.config.enablePullDownRefresh ?? app.window.enablePullDownRefresh);
  }

  private load(entry: PageEntry): void {
    entry.loaded = true;
    call(entry.caller, 'onLoad', { ...entry.query });
  }

  private show(entry: PageEntry): void {
    entry.frame.classList.add('pz-active');
    entry.shown = true;
    call(entry.caller, 'onShow');
    try {
      entry.node.triggerPageLifeTime('show', []);
    } catch (e) {
      reportError(e, 'pageLifetimes.show');
    }
    this.render();
  }

  private ready(entry: PageEntry): void {
    dfs(entry.node, (n) => {
      if (n.__pzReady) return;
      n.__pzReady = true;
      try {
        n.triggerLifeTime('ready');
      } catch (e) {
        reportError(e, 'ready');
      }
    });
    call(entry.caller, 'onReady');
  }

  private hide(entry: PageEntry): void {
    if (!entry.shown) return;
    entry.shown = false;
    (entry as AnyRecord).savedScroll = entry.scroller.scrollTop;
    entry.frame.classList.remove('pz-active');
    call(entry.caller, 'onHide');
    try {
      entry.node.triggerPageLifeTime('hide', []);
    } catch (e) {
      reportError(e, 'pageLifetimes.hide');
    }
  }

  private unload(entry: PageEntry): void {
    this.hide(entry);
    call(entry.caller, 'onUnload');
    try {
      exparser.Element.pretendDetached(entry.node);
    } catch (e) {
      reportError(e, 'detached');
    }
    entry.frame.remove();
    if (this.tabs.get(entry.route) === entry) this.tabs.delete(entry.route);
  }

  private open(route: string, query: Record<string, string>, kind: string): PageEntry {
    return mountingPage(() => {
      const entry = this.createPage(route, query, kind);
      this.stack.push(entry);
      if (isTab(route)) this.tabs.set(route, entry);
      this.load(entry);
      this.show(entry);
      this.ready(entry);
      return entry;
    });
  }

  private restore(entry: PageEntry): void {
    metrics.navigationStarted(entry.route, 'back');
    this.show(entry);
    const saved = (entry as AnyRecord).savedScroll as number | undefined;
    if (saved) entry.scroller.scrollTop = saved;
  }

  navigateTo(options: { url: string }): Promise<Result> {
    return this.queue(() => {
      const { route, query } = parseUrl(options.url, this.current ? this.current.route : null);
      this.check(route, 'navigateTo');
      if (isTab(route)) throw new RouteError('navigateTo:fail can not navigateTo a tabbar page');
      if (this.stack.length >= MAX_STACK) throw new RouteError('navigateTo:fail webview count limit exceed');
      if (this.current) this.hide(this.current);
      this.open(route, query, 'navigateTo');
      return { errMsg: 'navigateTo:ok' };
    });
  }

  redirectTo(options: { url: string }): Promise<Result> {
    return this.queue(() => {
      const { route, query } = parseUrl(options.url, this.current ? this.current.route : null);
      this.check(route, 'redirectTo');
      if (isTab(route)) throw new RouteError('redirectTo:fail can not redirectTo a tabbar page');
      const top = this.stack.pop();
      if (top) this.unloadOrKeep(top);
      this.open(route, query, 'redirectTo');
      return { errMsg: 'redirectTo:ok' };
    });
  }

  navigateBack(options: { delta?: number } = {}): Promise<Result> {
    return this.queue(() => {
      if (this.stack.length <= 1) throw new RouteError('navigateBack:fail cannot navigate back at first page.');
      const delta = Math.max(1, Math.min(Number(options.delta) || 1, this.stack.length - 1));
      for (let i = 0; i < delta; i++) this.unloadOrKeep(this.stack.pop() as PageEntry);
      this.restore(this.current as PageEntry);
      return { errMsg: 'navigateBack:ok' };
    });
  }

  reLaunch(options: { url: string }): Promise<Result> {
    return this.queue(() => {
      const { route, query } = parseUrl(options.url, this.current ? this.current.route : null);
      this.check(route, 'reLaunch');
      while (this.stack.length > 0) this.unload(this.stack.pop() as PageEntry);
      for (const tab of [...this.tabs.values()]) this.unload(tab);
      this.open(route, query, 'reLaunch');
      return { errMsg: 'reLaunch:ok' };
    });
  }

  switchTab(options: { url: string }): Promise<Result> {
    return this.queue(() => {
      const { route } = parseUrl(options.url, this.current ? this.current.route : null);
      this.check(route, 'switchTab');
      if (!isTab(route)) throw new RouteError('switchTab:fail can not switch to no-tabBar page');
      if (this.current && this.current.route === route && this.stack.length === 1) return { errMsg: 'switchTab:ok' };
      while (this.stack.length > 0) this.unloadOrKeep(this.stack.pop() as PageEntry);
      const kept = this.tabs.get(route);
      if (kept) {
        this.stack.push(kept);
        this.restore(kept);
      } else this.open(route, {}, 'switchTab');
      return { errMsg: 'switchTab:ok' };
    });
  }

  /** Tab pages are hidden, not unloaded, when left. */
  private unloadOrKeep(entry: PageEntry): void {
    if (isTab(entry.route) && this.tabs.get(entry.route) === entry) this.hide(entry);
    else this.unload(entry);
  }

  startPullDownRefresh(): void {
    const entry = this.current;
    if (!entry || entry.refreshing) return;
    entry.refreshing = true;
    entry.scroller.scrollTop = 0;
    entry.frame.classList.add('pz-refreshing');
    const refresh = entry.frame.querySelector('.pz-refresh') as HTMLElement;
    refresh.style.height = '';
    call(entry.caller, 'onPullDownRefresh');
    // WeChat stops by itself after a while when the page never calls stopPullDownRefresh.
    setTimeout(() => this.stopPullDownRefresh(entry), 10000);
  }

  stopPullDownRefresh(entry: PageEntry | null = this.current): void {
    if (!entry) return;
    entry.refreshing = false;
    entry.frame.classList.remove('pz-refreshing');
  }

  setTitle(title: string): void {
    if (this.current) this.current.title = title;
    this.render();
  }

  setNavColors(front: string, back: string): void {
    if (this.current) this.current.navColors = { front, back };
    this.render();
  }

  /** Draws the navigation bar and the tab bar for the current page. */
  render(): void {
    const entry = this.current;
    const { navbar, navTitle, navBack, navHome, navRefresh, tabbar } = this.host;
    if (!entry) return;
    const custom = (entry.meta.config.navigationStyle ?? app.window.navigationStyle) === 'custom';
    navbar.hidden = custom;
    navTitle.textContent = entry.title;
    navBack.hidden = this.stack.length <= 1;
    navHome.hidden = !(this.stack.length <= 1 && !isTab(entry.route));
    navRefresh.hidden = !this.pullEnabled(entry);
    const textStyle = String(entry.meta.config.navigationBarTextStyle ?? app.window.navigationBarTextStyle ?? 'black');
    const front = entry.navColors ? entry.navColors.front : textStyle === 'white' ? '#ffffff' : '#000000';
    const back = entry.navColors
      ? entry.navColors.back
      : String(entry.meta.config.navigationBarBackgroundColor ?? app.window.navigationBarBackgroundColor ?? '#ffffff');
    navbar.style.color = front;
    navbar.style.background = back;
    const withTab = isTab(entry.route) && !!app.tabBar;
    tabbar.hidden = !withTab;
    this.host.pages.style.top = `${custom ? STATUS_BAR : STATUS_BAR + NAV_BAR}px`;
    this.host.pages.classList.toggle('pz-with-tabbar', withTab);
    if (withTab && app.tabBar) {
      const tb = app.tabBar;
      tabbar.style.background = tb.backgroundColor ?? '#ffffff';
      tabbar.classList.toggle('pz-border-white', tb.borderStyle === 'white');
      for (const item of Array.from(tabbar.querySelectorAll<HTMLElement>('[data-tab]'))) {
        const selected = item.getAttribute('data-tab') === entry.route;
        item.classList.toggle('pz-selected', selected);
        item.setAttribute('aria-selected', String(selected));
        item.style.color = selected ? (tb.selectedColor ?? '#1aad19') : (tb.color ?? '#7a7e83');
        const icon = item.querySelector<HTMLImageElement>('.pz-tab-icon');
        const src = icon?.getAttribute(selected ? 'data-selected-icon' : 'data-icon');
        if (icon && src && icon.getAttribute('src') !== src) icon.setAttribute('src', src);
      }
    }
    this.host.onRouteChange(entry);
  }

  /** The route of the current page with its query, as the address bar shows it. */
  location(): string {
    const entry = this.current;
    return entry ? `${entry.route}${queryString(entry.query)}` : '';
  }
}

export { isTab, tabPaths };
