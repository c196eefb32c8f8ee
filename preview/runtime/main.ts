/**
 * The preview host: boots j-component/exparser with WeChat's built-in components, the `wx` object,
 * the router and the frame, then launches the app at the page in the address (`#/route?query`).
 * Scripts: runtime.js (this), gwx.js (compiled WXML), wxss.js (compiled WXSS), all deferred.
 */
import exparser from 'miniprogram-exparser';
import { manifest } from 'pz:app';
import type { AppManifest } from '../build';
import { installAnimationStepper } from './animation';
import { createAutomator, settle } from './automator';
import { registerBuiltins } from './builtins';
import { buildChrome, currentIdentity, IDENTITY_KEY } from './chrome';
import { rpxInStyle } from './env';
import { errors, onError, reportError } from './errors';
import { bridgePointerEvents } from './events';
import { metrics } from './metrics';
import { launchApp, startApp } from './registry';
import { isTab, Router } from './router';
import { installStyleManager } from './styles';
import { requirePlugin } from './plugins';
import { mountOverlays } from './ui';
import { createWx } from './wx';

// biome-ignore lint/suspicious/noExplicitAny: exparser and j-component are untyped; their objects cross here
type AnyRecord = Record<string, any>;

const g = globalThis as AnyRecord;
const app = (manifest as AppManifest).app;

// Before wxss.js runs: the compiled WXSS hands its CSS to our style manager.
installStyleManager();
installAnimationStepper();
g.__pzRpxInStyle = rpxInStyle;
g.__webview_engine_version__ = 0.02;

const params = new URLSearchParams(location.search);

function routeFromHash(): string | null {
  const h = decodeURI(location.hash.replace(/^#\/?/, ''));
  return h ? `/${h}` : null;
}

function boot(): void {
  const openid = params.get('openid');
  if (openid) localStorage.setItem(IDENTITY_KEY, JSON.stringify(openid));
  if (params.has('reset')) {
    const keep = localStorage.getItem(IDENTITY_KEY);
    localStorage.clear();
    if (keep !== null) localStorage.setItem(IDENTITY_KEY, keep);
  }
  const bare = params.has('bare') || window.innerWidth < 700;
  const chrome = buildChrome(bare);
  // app.json "style": "v2" gives <button> WeChat's WeUI 2 look; `?style=v1` previews without it.
  const style = params.get('style') ?? app.style;
  if (style === 'v2') document.documentElement.classList.add('pz-style-v2');
  mountOverlays(chrome.overlays);

  const router = new Router({
    pages: chrome.pages,
    navbar: chrome.navbar,
    navTitle: chrome.navTitle,
    navBack: chrome.navBack,
    navHome: chrome.navHome,
    navRefresh: chrome.navRefresh,
    navLoading: chrome.navLoading,
    tabbar: chrome.tabbar,
    onRouteChange: () => {
      const here = router.location();
      chrome.panel.route.textContent = `/${here}`;
      if (routeFromHash() !== `/${here}`) history.replaceState(null, '', `#/${here}`);
      chrome.panel.identity.value = currentIdentity();
    },
  });

  g.wx = createWx(router);
  g.requirePlugin = requirePlugin;
  // The automator endpoint's page side (preview/automator/endpoint.ts calls these).
  g.__pzAutomator = createAutomator(router, g.wx, (method, params) => {
    if (typeof g.__pzAutomatorEmit === 'function') void g.__pzAutomatorEmit(method, params);
  });
  g.__pzAutomatorSettle = settle;
  g.getCurrentPages = () => router.stack.map((e) => e.caller);
  g.__pzCurrentPageNode = () => (router.current ? router.current.node : null);
  g.__pzViewport = () => {
    const e = router.current;
    return { width: e ? e.scroller.clientWidth : 375, height: e ? e.scroller.clientHeight : 0, scrollTop: e ? e.scroller.scrollTop : 0 };
  };
  g.__pzRect = (node: AnyRecord) => {
    const dom = node.$$ as HTMLElement | undefined;
    if (!dom) return { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 };
    const r = dom.getBoundingClientRect();
    const frame = dom.closest('.pz-page-frame') as HTMLElement | null;
    const o = frame ? frame.getBoundingClientRect() : { left: 0, top: 0 };
    return { left: r.left - o.left, top: r.top - o.top, right: r.right - o.left, bottom: r.bottom - o.top, width: r.width, height: r.height };
  };

  registerBuiltins((openType, url, delta) => {
    const w = g.wx as AnyRecord;
    const call = (name: string, o: AnyRecord) =>
      (w[name] as (o: AnyRecord) => Promise<unknown>)(o).catch((e: AnyRecord) => reportError(e.errMsg ?? e, 'navigator'));
    if (openType === 'navigateBack') void call('navigateBack', { delta });
    else if (openType === 'redirect') void call('redirectTo', { url });
    else if (openType === 'switchTab') void call('switchTab', { url });
    else if (openType === 'reLaunch') void call('reLaunch', { url });
    else void call('navigateTo', { url });
  });

  bridgePointerEvents(chrome.screen, () => {
    const e = router.current;
    const r = (e ? e.frame : chrome.pages).getBoundingClientRect();
    return { left: r.left, top: r.top, scrollTop: e ? e.scroller.scrollTop : 0 };
  });
  // transitionend / animationend reach `bind:transitionend` (Vant's transitions listen for them).
  for (const name of ['transitionend', 'animationstart', 'animationiteration', 'animationend']) {
    chrome.pages.addEventListener(name, (ev) => {
      const target = (ev.target as AnyRecord).__wxElement;
      if (target) exparser.Event.dispatchEvent(target, exparser.Event.create(name, {}, { originalEvent: ev, bubbles: false, composed: false }));
    });
  }

  exparser.addGlobalErrorListener((err: unknown, info: AnyRecord) => {
    reportError(err, `exparser ${info && info.type ? info.type : ''} ${info && info.funcName ? info.funcName : ''}`.trim());
    return false;
  });
  window.addEventListener('error', (e) => reportError(e.error ?? e.message, 'window.onerror'));
  window.addEventListener('unhandledrejection', (e) => reportError(e.reason, 'unhandled promise rejection'));

  // Panel.
  const showFigures = () => {
    const s = metrics.snapshot() as AnyRecord;
    const largest = s.largestSetData as AnyRecord | null;
    chrome.panel.figures.textContent = largest
      ? `最大一次 ${(largest.bytes / 1024).toFixed(1)} KB（${largest.path}：${(largest.keys as string[]).join(', ')}）；共 ${s.setDataCount} 次`
      : '尚无';
  };
  setInterval(showFigures, 1000);
  onError((e) => {
    const li = document.createElement('li');
    li.textContent = `${e.where}: ${e.message.split('\n')[0]}`;
    chrome.panel.errors.appendChild(li);
  });
  chrome.panel.identity.addEventListener('change', () => {
    localStorage.setItem(IDENTITY_KEY, JSON.stringify(chrome.panel.identity.value));
    location.reload();
  });
  chrome.panel.open.addEventListener('submit', (e) => {
    e.preventDefault();
    const url = chrome.panel.openInput.value.trim();
    if (url) void openUrl(url);
  });
  chrome.panel.back.addEventListener('click', () => void router.navigateBack({ delta: 1 }).catch((err) => reportError(err, 'navigateBack')));
  chrome.panel.refresh.addEventListener('click', () => router.startPullDownRefresh());
  chrome.panel.restart.addEventListener('click', () => location.reload());
  chrome.tabbar.addEventListener('click', (e) => {
    const tab = (e.target as HTMLElement).closest('[data-tab]');
    if (tab) void router.switchTab({ url: `/${tab.getAttribute('data-tab')}` }).catch((err) => reportError(err, 'switchTab'));
  });

  const openUrl = (url: string) => {
    const path = url.split('?')[0].replace(/^\//, '');
    const go = isTab(path) ? router.switchTab({ url }) : router.reLaunch({ url });
    return go.catch((err: unknown) => reportError(err, 'open'));
  };
  window.addEventListener('hashchange', () => {
    const target = routeFromHash();
    if (target && target !== `/${router.location()}`) void openUrl(target);
  });

  // Test and bench hooks.
  g.__pzPreview = {
    router,
    metrics,
    errors,
    waitIdle: () => metrics.waitIdle(),
    location: () => router.location(),
    stack: () => router.stack.map((e) => `${e.route}`),
    open: (url: string) => openUrl(url),
    snapshot: () => metrics.snapshot(),
    resetMetrics: () => metrics.reset(),
  };

  // Launch.
  try {
    startApp();
    const first = routeFromHash() ?? `/${app.pages[0]}`;
    const [path, search = ''] = first.slice(1).split('?');
    launchApp({ path, query: Object.fromEntries(new URLSearchParams(search)), scene: 1001, referrerInfo: {} });
    void openUrl(first).then(() => document.documentElement.setAttribute('data-pz-ready', 'true'));
  } catch (e) {
    reportError(e, 'launch');
  }
}

// Deferred scripts run before DOMContentLoaded: gwx.js and wxss.js are loaded by then.
if (document.readyState === 'complete') boot();
else document.addEventListener('DOMContentLoaded', boot);
