/**
 * WXSS as the WeChat webview applies it. The official compiler's output (dist/wxss.js) calls
 * `setCssToHead(...)(suffix)`, which hands the CSS to `window.__styleSheetManager2__` when one
 * exists: we are that manager. Each page and component file is inserted once per class prefix
 * (`c12--` for a component, `p3--` for a page, with app.wxss inserted per page as well, since in
 * WeChat every page is its own webview). `page` (compiled to `body`) becomes that page's scroller;
 * `vh` becomes the phone's page area.
 */
import { manifest } from 'pz:app';
import { rpxToPx } from './env';

type Rewritor = (suffix?: string, opt?: Record<string, unknown>) => void;

declare global {
  interface Window {
    __pzWxss?: (path: string) => Rewritor | undefined;
    __styleSheetManager2__?: { addItem(key: string, path?: string): void; setCss(key: string, css: string): void };
    __transformRpx__?: (n: number) => number;
  }
}

const sheets = new Map<string, HTMLStyleElement>();
const applied = new Set<string>();

/** `body` selectors → the page scroller of the page using this prefix. */
function scopeBody(css: string, pagePrefix: string | null): string {
  const target = pagePrefix ? `.pz-page-scroll[data-pfx="${pagePrefix}"]` : '.pz-page-scroll';
  return css.replace(/(^|[\s,{}>+~])body(?=[\s,{.:#[>+~])/g, `$1${target}`);
}

function rewrite(css: string, suffix: string): string {
  const pagePrefix = /^p[0-9a-z]+--$/.test(suffix) ? suffix.slice(0, -2) : null;
  let out = scopeBody(css, pagePrefix);
  // The compiler keeps source notes as pseudo-declarations (wxcs_*): drop them.
  out = out.replace(/;?\s*wxcs_[a-z_-]+\s*:[^;}]*(?=[;}])/gi, '');
  // Remote fonts the build copied (Vant's icon font from at.alicdn.com) come from the preview.
  out = out.replace(/url\((['"]?)(?:https?:)?\/\/at\.alicdn\.com\/t\/c\/(font_[0-9]+_[a-z0-9]+)\.woff2?(?:\?[^)'"]*)?\1\)/g, (all, _q: string, id: string) => {
    const local = (manifest.fonts as Record<string, string>)[id];
    return local ? `url(${new URL(local, document.baseURI).pathname})` : all;
  });
  // 100vh is the phone's page area, not the browser window.
  out = out.replace(/(-?\d*\.?\d+)vh\b/g, (_all, n: string) => `calc(${n} * var(--pz-vh, 1vh))`);
  return out;
}

export function installStyleManager(): void {
  window.__transformRpx__ = (n: number) => rpxToPx(n);
  window.__styleSheetManager2__ = {
    addItem(key: string) {
      if (sheets.has(key)) return;
      const style = document.createElement('style');
      style.setAttribute('data-wxss', key);
      document.head.appendChild(style);
      sheets.set(key, style);
    },
    setCss(key: string, css: string) {
      if (!sheets.has(key)) this.addItem(key);
      const suffix = key.slice(key.lastIndexOf(':') + 1);
      (sheets.get(key) as HTMLStyleElement).textContent = rewrite(css, suffix);
    },
  };
}

/** Inserts `path`.wxss (from the miniprogram root) with a class prefix, once. */
export function applyWxss(path: string, prefix: string): void {
  const key = `${path}:${prefix}`;
  if (applied.has(key)) return;
  applied.add(key);
  const table = window.__pzWxss;
  const rewritor = table ? table(`./${path}.wxss`) : undefined;
  if (rewritor) rewritor(prefix ? `${prefix}--` : '', {});
}
