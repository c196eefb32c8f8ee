/**
 * The elder-mode audit (适老化, MIIT's 移动互联网应用适老化通用设计规范, 2021) measured on a page of the
 * preview: the computed size of every visible piece of text, the box of everything a finger can
 * tap, and the contrast of text against the background it is drawn on.
 *
 * - Text ≥ 18 px (18 pt at 375 px wide); headings larger: `.pz-title` ≥ 30 px, `.pz-hero` ≥ 36 px,
 *   and the largest text of every page ≥ 30 px (the spec's "最大字体不小于 30").
 * - Tap targets ≥ 60 × 60 px: buttons, navigators, cells and grid items that navigate or answer a
 *   tap, tabs, sidebar items, switches, checkboxes, radios, steppers, dropdown titles, fields, and
 *   any node of the app's own templates with a tap handler.
 * - Text contrast ≥ 4.5 : 1 against its effective background (the backgrounds of its ancestors
 *   composed, the page's white below them; gradients count with their worst colour).
 * - Enlarged text still fits: a short tag (a status such as 待支付) on one line, not broken in two;
 *   no tap target pushed past the screen's edge or cut off by its row (unless that row scrolls).
 *
 * Only the page is measured (the phone's page frame). What WeChat draws itself is outside it or
 * listed in ELDER_ALLOWED with the reason.
 */
import type { Page } from 'playwright-core';

export interface Miss {
  kind: 'text' | 'heading' | 'largest' | 'target' | 'contrast' | 'wrapped';
  selector: string;
  text: string;
  measured: string;
}

/** What the audit does not measure, each with why. Selectors are matched with `closest()`. */
export const ELDER_ALLOWED: ReadonlyArray<{ selector: string; reason: string }> = [
  { selector: '#pz-navbar', reason: 'the navigation bar (title, back, capsule) is drawn by WeChat, not by the page; outside the page frame' },
  { selector: '#pz-tabbar', reason: 'the tab bar is drawn by WeChat from app.json (fixed 10–12 px text, a 50 px bar); outside the page frame' },
  { selector: '.pz-map', reason: 'the native map component draws its own tiles and labels (the preview shows a stand-in)' },
  { selector: 'wx-video', reason: 'the native video player draws its own controls' },
  {
    selector: 'wx-view[id^="hit-"]',
    reason:
      'the regions of the triage body picture follow the drawn body (the neck is a thin strip); every region is also a chip below the picture (region-*), which is measured',
  },
  {
    selector:
      '[disabled="true"], .van-button--disabled, .van-checkbox__label--disabled, .van-radio__label--disabled, .van-stepper__minus--disabled, .van-stepper__plus--disabled',
    reason: 'contrast only: an unavailable control is drawn faded on purpose (WCAG 1.4.3 exempts inactive components); its size is still measured',
  },
];

const MIN_TEXT = 18;
const MIN_TITLE = 30;
const MIN_HERO = 36;
const MIN_LARGEST = 30;
const MIN_TARGET = 60;
const MIN_CONTRAST = 4.5;

interface Limits {
  text: number;
  title: number;
  hero: number;
  largest: number;
  target: number;
  contrast: number;
  allowed: Array<{ selector: string; contrastOnly: boolean }>;
}

/** Runs in the browser: the misses of the page on top of the preview's stack. */
function measureInPage(limits: Limits): Miss[] {
  // The page itself: its scroller inside the active frame (not the host's pull-down indicator).
  const frame = document.querySelector('.pz-page-frame.pz-active .pz-page-scroll');
  if (!frame) return [{ kind: 'text', selector: '.pz-page-scroll', text: '', measured: 'no page on screen' }];
  const misses: Miss[] = [];
  const allowedAll = limits.allowed
    .filter((a) => !a.contrastOnly)
    .map((a) => a.selector)
    .join(', ');
  const allowedContrast = limits.allowed
    .filter((a) => a.contrastOnly)
    .map((a) => a.selector)
    .join(', ');

  const strip = (c: string) => c.replace(/^[a-z0-9]+--/, '');
  const describe = (el: Element): string => {
    if (el.id && !/^_/.test(el.id)) return `${el.tagName.toLowerCase()}#${el.id}`;
    const classes = Array.from(new Set(Array.from(el.classList).map(strip)))
      .filter((c) => c && !/^(custom-class|cu|pz-page)$/.test(c))
      .slice(0, 3);
    const own = `${el.tagName.toLowerCase()}${classes.length ? `.${classes.join('.')}` : ''}`;
    const parent = el.parentElement;
    if (classes.length || !parent || parent === frame) return own;
    return `${describe(parent)} > ${own}`;
  };
  // The preview scopes the app's classes per page or component (`p1k--pz-title`).
  const hasClass = (el: Element, name: string) => Array.from(el.classList).some((c) => c === name || c.endsWith(`--${name}`));
  const headingOf = (el: Element): Element | null => {
    for (let a: Element | null = el; a && a !== frame; a = a.parentElement) if (hasClass(a, 'pz-hero') || hasClass(a, 'pz-title')) return a;
    return null;
  };
  const snippet = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 24);
  const allowed = (el: Element) => !!allowedAll && !!el.closest(allowedAll);

  // Visible: displayed, not hidden, not transparent, and not clipped away by a non-scrolling ancestor.
  const visible = (el: Element, rect: DOMRect): boolean => {
    if (rect.width < 1 || rect.height < 1) return false;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    for (let a = el.parentElement; a && a !== frame; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflow === 'visible' && s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const scrolls = a.scrollHeight > a.clientHeight + 1 || a.scrollWidth > a.clientWidth + 1;
      if (scrolls && /(auto|scroll)/.test(`${s.overflowX} ${s.overflowY}`)) continue;
      const r = a.getBoundingClientRect();
      if (rect.right <= r.left + 1 || rect.left >= r.right - 1 || rect.bottom <= r.top + 1 || rect.top >= r.bottom - 1) return false;
    }
    return true;
  };

  type RGBA = [number, number, number, number];
  const parseColor = (c: string): RGBA | null => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1]
      .split(/[,\s/]+/)
      .filter(Boolean)
      .map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top: RGBA, below: RGBA): RGBA => {
    const a = top[3];
    return [top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a), top[2] * a + below[2] * (1 - a), 1];
  };
  const luminance = (c: RGBA) => {
    const ch = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]);
  };
  const ratio = (a: RGBA, b: RGBA) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  /** The candidate backgrounds behind `el`: solid layers composed; each colour of a gradient tried. */
  const backgrounds = (el: Element): RGBA[] => {
    const layers: RGBA[][] = [];
    for (let a: Element | null = el; a; a = a.parentElement) {
      const s = getComputedStyle(a);
      const gradient = s.backgroundImage.startsWith('linear-gradient') || s.backgroundImage.startsWith('radial-gradient');
      const colors = gradient ? (s.backgroundImage.match(/rgba?\([^)]+\)/g) ?? []).map(parseColor).filter((c): c is RGBA => !!c) : [];
      const bg = parseColor(s.backgroundColor);
      const own = colors.length ? colors : bg && bg[3] > 0 ? [bg] : [];
      if (own.length) layers.push(own);
      if (own.some((c) => c[3] >= 1)) break;
    }
    let result: RGBA[] = [[255, 255, 255, 1]];
    for (const layer of layers.reverse()) result = layer.flatMap((c) => result.map((below) => over(c, below)));
    return result;
  };
  const opacityOf = (el: Element) => {
    let o = 1;
    for (let a: Element | null = el; a && a !== frame; a = a.parentElement) o *= Number(getComputedStyle(a).opacity);
    return o;
  };

  // Text: every visible text node, and the fields' own text.
  let largest = 0;
  const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
  const textOwners = new Map<Element, string>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n.textContent ?? '';
    if (!t.trim()) continue;
    const el = n.parentElement;
    if (!el || el.closest('style, script')) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const rect = range.getBoundingClientRect();
    if (!visible(el, rect)) continue;
    textOwners.set(el, (textOwners.get(el) ?? '') + t);
  }
  for (const el of Array.from(frame.querySelectorAll('input, textarea'))) {
    const f = el as HTMLInputElement;
    if (f.type === 'hidden' || !visible(el, el.getBoundingClientRect())) continue;
    textOwners.set(el, f.value || f.placeholder || '(field)');
  }
  for (const [el, t] of textOwners) {
    if (allowed(el)) continue;
    const s = getComputedStyle(el);
    const size = parseFloat(s.fontSize);
    largest = Math.max(largest, size);
    if (size < limits.text - 0.01) misses.push({ kind: 'text', selector: describe(el), text: snippet(t), measured: `${size} px` });
    const heading = headingOf(el);
    if (heading) {
      const need = hasClass(heading, 'pz-hero') ? limits.hero : limits.title;
      if (size < need - 0.01) misses.push({ kind: 'heading', selector: describe(heading), text: snippet(t), measured: `${size} px (heading ≥ ${need})` });
    }
    if (allowedContrast && el.closest(allowedContrast)) continue;
    const fg = parseColor(s.color);
    if (!fg) continue;
    const alpha = fg[3] * opacityOf(el);
    const worst = Math.min(...backgrounds(el).map((bg) => ratio(over([fg[0], fg[1], fg[2], alpha], bg), bg)));
    if (worst < limits.contrast) misses.push({ kind: 'contrast', selector: describe(el), text: snippet(t), measured: `${worst.toFixed(2)} : 1 (${s.color})` });
  }
  if (textOwners.size > 0 && largest < limits.largest - 0.01)
    misses.push({ kind: 'largest', selector: '(page)', text: '', measured: `largest text ${largest} px` });

  // Short tags (a status word) squeezed by the larger text beside them break their word in two.
  for (const el of Array.from(frame.querySelectorAll('.van-tag'))) {
    if ((el.textContent ?? '').trim().length > 8) continue;
    const range = document.createRange();
    range.selectNodeContents(el);
    const lines = new Set(
      Array.from(range.getClientRects())
        .filter((r) => r.width > 0)
        .map((r) => Math.round(r.top)),
    );
    if (lines.size > 1 && visible(el, el.getBoundingClientRect()))
      misses.push({ kind: 'wrapped', selector: describe(el), text: snippet(el.textContent ?? ''), measured: `${lines.size} lines` });
  }

  // Tap targets.
  const ALWAYS = [
    'wx-button',
    'wx-navigator',
    '.van-cell--clickable',
    '.van-grid-item__content--clickable',
    '.van-tab',
    '.van-sidebar-item',
    '.van-switch',
    '.van-checkbox',
    '.van-radio',
    '.van-stepper__minus',
    '.van-stepper__plus',
    '.van-dropdown-menu__item',
    '.van-collapse-item__title',
    '.van-field',
    '.van-search__content',
  ].join(', ');
  type WxNode = { __wxEvents?: Record<string, { _arr?: unknown[] }>; ownerShadowRoot?: { __wxHost?: { $$?: Element } } };
  const handles = (el: Element) => {
    const w = (el as Element & { __wxElement?: WxNode }).__wxElement;
    const events = w?.__wxEvents;
    if (!events) return false;
    const host = w.ownerShadowRoot?.__wxHost?.$$;
    // Vant's own templates bind taps on their inner nodes whether or not anyone listens: only the app's templates count.
    if (host && /^van-/i.test(host.tagName)) return false;
    return ['tap', 'longpress', 'click', 'change'].some((name) => (events[name]?._arr?.length ?? 0) > 0);
  };
  // A component's host is an inline box around its root view: the box of what it renders counts.
  const boxOf = (el: Element): DOMRect => {
    const r = el.getBoundingClientRect();
    if (r.width >= 1 && r.height >= 1 && !/^(inline|contents)$/.test(getComputedStyle(el).display)) return r;
    const kids = Array.from(el.children)
      .map((c) => c.getBoundingClientRect())
      .filter((c) => c.width >= 1 && c.height >= 1);
    if (kids.length === 0) return r;
    const left = Math.min(...kids.map((k) => k.left));
    const top = Math.min(...kids.map((k) => k.top));
    return new DOMRect(left, top, Math.max(...kids.map((k) => k.right)) - left, Math.max(...kids.map((k) => k.bottom)) - top);
  };
  const pageBox = frame.getBoundingClientRect();
  const sideways = (a: Element) => {
    const st = getComputedStyle(a);
    return /(auto|scroll)/.test(st.overflowX) && a.scrollWidth > a.clientWidth + 1;
  };
  const scrollsSideways = (el: Element) => {
    for (let a = el.parentElement; a && a !== frame; a = a.parentElement) if (sideways(a)) return true;
    return false;
  };
  const clippedSideways = (el: Element, box: DOMRect) => {
    for (let a = el.parentElement; a && a !== frame; a = a.parentElement) {
      if (getComputedStyle(a).overflowX === 'visible') continue;
      const r = a.getBoundingClientRect();
      if (box.right > r.right + 1 || box.left < r.left - 1) return true;
    }
    return false;
  };
  const seen = new Set<string>();
  for (const el of Array.from(frame.querySelectorAll('*'))) {
    if (!(el.matches(ALWAYS) || handles(el)) || allowed(el)) continue;
    const box = boxOf(el);
    const shown = box.width >= 1 && box.height >= 1 && (getComputedStyle(el).display === 'inline' || visible(el, box));
    if (!shown) continue;
    const key = `${Math.round(box.left)},${Math.round(box.top)},${Math.round(box.width)},${Math.round(box.height)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Enlarged controls still on the screen: not pushed past its edge or cut off by their row.
    if (!scrollsSideways(el) && (box.right > pageBox.right + 1 || box.left < pageBox.left - 1 || clippedSideways(el, box))) {
      misses.push({
        kind: 'wrapped',
        selector: describe(el),
        text: snippet((el as HTMLElement).innerText ?? ''),
        measured: `cut off at the side (${Math.round(box.left)}–${Math.round(box.right)} px of ${Math.round(pageBox.right)})`,
      });
    }
    if (box.width < limits.target - 0.5 || box.height < limits.target - 0.5) {
      misses.push({
        kind: 'target',
        selector: describe(el),
        text: snippet((el as HTMLElement).innerText ?? ''),
        measured: `${Math.round(box.width)} × ${Math.round(box.height)} px`,
      });
    }
  }
  return misses;
}

/** The misses of the page now on top of the preview's stack, in elder mode. */
export function auditPage(page: Page): Promise<Miss[]> {
  const limits: Limits = {
    text: MIN_TEXT,
    title: MIN_TITLE,
    hero: MIN_HERO,
    largest: MIN_LARGEST,
    target: MIN_TARGET,
    contrast: MIN_CONTRAST,
    allowed: ELDER_ALLOWED.map((a) => ({ selector: a.selector, contrastOnly: a.reason.startsWith('contrast only') })),
  };
  return page.evaluate(measureInPage, limits);
}

/** One line a miss: page, kind, selector, text, value. */
export function formatMisses(route: string, misses: Miss[]): string {
  return misses.map((m) => `${route}  ${m.kind}  ${m.selector}  "${m.text}"  ${m.measured}`).join('\n');
}
