/**
 * WeChat's built-in components. Most are a plain element (`<wx-view>` …) styled by host.css; those
 * that hold native content get a small implementation: input and textarea are real form fields,
 * image is an <img> with WeChat's modes, scroll-view scrolls, navigator navigates. Native components
 * the browser cannot be (map, canvas, live media) are stand-ins that show their content plainly.
 */
import { jComponent } from './jc';
import { resolveAssetUrl } from './urls';

// biome-ignore lint/suspicious/noExplicitAny: exparser and j-component are untyped; their objects cross here
type AnyRecord = Record<string, any>;
type Caller = AnyRecord & { _exparserNode: AnyRecord; data: AnyRecord; triggerEvent(name: string, detail?: unknown, options?: unknown): void };

/** simulate's list of official tags (definition.js), all registered at least as a plain element. */
const OFFICIAL = [
  'cover-image',
  'cover-view',
  'grid-view',
  'list-view',
  'match-media',
  'movable-area',
  'movable-view',
  'page-container',
  'root-portal',
  'scroll-view',
  'share-element',
  'sticky-header',
  'sticky-section',
  'swiper',
  'swiper-item',
  'view',
  'icon',
  'progress',
  'rich-text',
  'text',
  'button',
  'checkbox',
  'checkbox-group',
  'editor',
  'form',
  'input',
  'keyboard-accessory',
  'label',
  'picker',
  'picker-view',
  'picker-view-column',
  'radio',
  'radio-group',
  'slider',
  'switch',
  'textarea',
  'functional-page-navigator',
  'navigator',
  'audio',
  'camera',
  'channel-live',
  'channel-video',
  'image',
  'live-player',
  'live-pusher',
  'video',
  'voip-room',
  'map',
  'canvas',
  'web-view',
  'ad',
  'ad-custom',
  'official-account',
  'open-data',
  'navigation-bar',
  'page-meta',
];

function dom(self: Caller): HTMLElement {
  return self._exparserNode.$$ as HTMLElement;
}

/** The page or component whose template holds this node (for relative paths). */
function ownerPath(self: Caller): string {
  let root = self._exparserNode.ownerShadowRoot as AnyRecord | null;
  while (root) {
    const host = root.__wxHost as AnyRecord | undefined;
    if (host && host.__pzMeta) return host.__pzMeta.path as string;
    root = host ? (host.ownerShadowRoot as AnyRecord | null) : null;
  }
  return '';
}

function child<K extends keyof HTMLElementTagNameMap>(self: Caller, tag: K, className: string): HTMLElementTagNameMap[K] {
  const host = dom(self);
  const existing = host.querySelector(`:scope > .${className}`);
  if (existing) return existing as HTMLElementTagNameMap[K];
  const el = document.createElement(tag);
  el.className = className;
  host.insertBefore(el, host.firstChild);
  return el;
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

// ---------------------------------------------------------------------------------------------
// input / textarea

/** A textarea with auto-height grows to its content. */
function fitHeight(el: HTMLTextAreaElement): void {
  el.style.height = 'auto';
  el.style.height = `${el.scrollHeight}px`;
}

function field(kind: 'input' | 'textarea'): AnyRecord {
  const sync = function (this: Caller) {
    const el = (this as AnyRecord).__el as HTMLInputElement | HTMLTextAreaElement | undefined;
    if (!el) return;
    const d = this.data;
    const value = str(d.value);
    if (el.value !== value) el.value = value;
    el.placeholder = str(d.placeholder);
    el.disabled = !!d.disabled;
    const max = Number(d.maxlength);
    if (Number.isFinite(max) && max >= 0) el.maxLength = max;
    else el.removeAttribute('maxlength');
    if (el instanceof HTMLInputElement) {
      el.type = d.password || d.type === 'safe-password' ? 'password' : 'text';
      el.inputMode = d.type === 'number' ? 'numeric' : d.type === 'digit' ? 'decimal' : d.type === 'idcard' ? 'text' : '';
      el.enterKeyHint = str(d.confirmType || 'done');
    } else if (d.autoHeight) fitHeight(el);
    if (d.placeholderStyle) el.setAttribute('data-placeholder-style', str(d.placeholderStyle));
    if ((d.focus || d.autoFocus) && document.activeElement !== el && !(this as AnyRecord).__focused) {
      (this as AnyRecord).__focused = true;
      setTimeout(() => el.focus(), 0);
    }
    if (!d.focus) (this as AnyRecord).__focused = false;
  };
  return {
    properties: {
      name: { type: String, value: '' },
      value: { type: String, value: '', observer: 'sync' },
      type: { type: String, value: 'text', observer: 'sync' },
      password: { type: Boolean, value: false, observer: 'sync' },
      placeholder: { type: String, value: '', observer: 'sync' },
      placeholderStyle: { type: String, value: '', observer: 'sync' },
      placeholderClass: { type: String, value: '' },
      disabled: { type: Boolean, value: false, observer: 'sync' },
      maxlength: { type: Number, value: 140, observer: 'sync' },
      focus: { type: Boolean, value: false, observer: 'sync' },
      autoFocus: { type: Boolean, value: false, observer: 'sync' },
      autoHeight: { type: Boolean, value: false, observer: 'sync' },
      confirmType: { type: String, value: kind === 'input' ? 'done' : 'return', observer: 'sync' },
      cursor: { type: Number, value: -1 },
      selectionStart: { type: Number, value: -1 },
      selectionEnd: { type: Number, value: -1 },
      cursorSpacing: { type: Number, value: 0 },
      adjustPosition: { type: Boolean, value: true },
      holdKeyboard: { type: Boolean, value: false },
      confirmHold: { type: Boolean, value: false },
      alwaysEmbed: { type: Boolean, value: false },
      showConfirmBar: { type: Boolean, value: true },
      fixed: { type: Boolean, value: false },
      disableDefaultPadding: { type: Boolean, value: false },
    },
    lifetimes: {
      attached(this: Caller) {
        const el = child(this, kind, `pz-native-${kind}`) as HTMLInputElement | HTMLTextAreaElement;
        (this as AnyRecord).__el = el;
        el.addEventListener('input', () => {
          this.triggerEvent('input', { value: el.value, cursor: el.selectionStart ?? el.value.length, keyCode: 0 });
          // Only the height: the value property still holds the text before this keystroke.
          if (el instanceof HTMLTextAreaElement && this.data.autoHeight) fitHeight(el);
        });
        el.addEventListener('focus', () => this.triggerEvent('focus', { value: el.value, height: 0 }));
        el.addEventListener('blur', () => this.triggerEvent('blur', { value: el.value, cursor: el.selectionStart ?? 0 }));
        el.addEventListener('keydown', (e) => {
          if ((e as KeyboardEvent).key === 'Enter' && (kind === 'input' || this.data.confirmType !== 'return')) {
            this.triggerEvent('confirm', { value: el.value });
            if (kind === 'input' && !this.data.confirmHold) el.blur();
          }
        });
        sync.call(this);
      },
    },
    methods: { sync },
  };
}

// ---------------------------------------------------------------------------------------------
// image

const IMAGE_FIT: Record<string, string> = {
  scaleToFill: 'fill',
  aspectFit: 'contain',
  aspectFill: 'cover',
  widthFix: 'fill',
  heightFix: 'fill',
};

const IMAGE_POSITION: Record<string, string> = {
  top: 'center top',
  bottom: 'center bottom',
  center: 'center',
  left: 'left center',
  right: 'right center',
  'top left': 'left top',
  'top right': 'right top',
  'bottom left': 'left bottom',
  'bottom right': 'right bottom',
};

const image: AnyRecord = {
  properties: {
    src: { type: String, value: '', observer: 'sync' },
    mode: { type: String, value: 'scaleToFill', observer: 'sync' },
    lazyLoad: { type: Boolean, value: false },
    webp: { type: Boolean, value: false },
    showMenuByLongpress: { type: Boolean, value: false },
    fadeIn: { type: Boolean, value: false },
  },
  lifetimes: {
    attached(this: Caller) {
      const img = child(this, 'img', 'pz-native-img');
      img.alt = '';
      img.decoding = 'async';
      img.addEventListener('load', () => this.triggerEvent('load', { width: img.naturalWidth, height: img.naturalHeight }));
      img.addEventListener('error', () => this.triggerEvent('error', { errMsg: `GET ${img.src} 404 (Not Found)` }));
      (this as AnyRecord).__img = img;
      this.sync();
    },
  },
  methods: {
    sync(this: Caller) {
      const img = (this as AnyRecord).__img as HTMLImageElement | undefined;
      if (!img) return;
      const mode = str(this.data.mode) || 'scaleToFill';
      const host = dom(this);
      host.setAttribute('data-mode', mode);
      img.style.objectFit = IMAGE_FIT[mode] ?? 'none';
      img.style.objectPosition = IMAGE_POSITION[mode] ?? 'center';
      const src = resolveAssetUrl(str(this.data.src), ownerPath(this));
      if (src) {
        if (img.getAttribute('src') !== src) img.src = src;
        img.style.visibility = '';
      } else {
        img.removeAttribute('src');
        img.style.visibility = 'hidden';
      }
    },
  },
};

// ---------------------------------------------------------------------------------------------
// scroll-view

const scrollView: AnyRecord = {
  properties: {
    scrollX: { type: Boolean, value: false, observer: 'layout' },
    scrollY: { type: Boolean, value: false, observer: 'layout' },
    enableFlex: { type: Boolean, value: false, observer: 'layout' },
    scrollTop: { type: null, value: null, observer: 'scrollTo' },
    scrollLeft: { type: null, value: null, observer: 'scrollTo' },
    scrollIntoView: { type: String, value: '', observer: 'intoView' },
    scrollWithAnimation: { type: Boolean, value: false },
    upperThreshold: { type: null, value: 50 },
    lowerThreshold: { type: null, value: 50 },
    enhanced: { type: Boolean, value: false },
    showScrollbar: { type: Boolean, value: true },
    refresherEnabled: { type: Boolean, value: false },
    refresherTriggered: { type: Boolean, value: false },
    type: { type: String, value: '' },
  },
  lifetimes: {
    attached(this: Caller) {
      const host = dom(this);
      let lastTop = 0;
      let lastLeft = 0;
      let atEnd = false;
      let atStart = true;
      host.addEventListener('scroll', () => {
        const detail = {
          scrollLeft: host.scrollLeft,
          scrollTop: host.scrollTop,
          scrollHeight: host.scrollHeight,
          scrollWidth: host.scrollWidth,
          deltaX: host.scrollLeft - lastLeft,
          deltaY: host.scrollTop - lastTop,
        };
        lastTop = host.scrollTop;
        lastLeft = host.scrollLeft;
        this.triggerEvent('scroll', detail);
        const lower = Number(this.data.lowerThreshold) || 50;
        const upper = Number(this.data.upperThreshold) || 50;
        const vertical = !!this.data.scrollY;
        const remaining = vertical ? host.scrollHeight - host.clientHeight - host.scrollTop : host.scrollWidth - host.clientWidth - host.scrollLeft;
        const offset = vertical ? host.scrollTop : host.scrollLeft;
        if (remaining <= lower && !atEnd) this.triggerEvent('scrolltolower', { direction: vertical ? 'bottom' : 'right' });
        if (offset <= upper && !atStart) this.triggerEvent('scrolltoupper', { direction: vertical ? 'top' : 'left' });
        atEnd = remaining <= lower;
        atStart = offset <= upper;
      });
      this.layout();
      this.scrollTo();
    },
  },
  methods: {
    layout(this: Caller) {
      const host = dom(this);
      if (!host) return;
      host.style.overflowX = this.data.scrollX ? 'auto' : 'hidden';
      host.style.overflowY = this.data.scrollY ? 'auto' : 'hidden';
      host.toggleAttribute('data-flex', !!this.data.enableFlex);
      host.toggleAttribute('data-no-scrollbar', this.data.showScrollbar === false);
    },
    scrollTo(this: Caller) {
      const host = dom(this);
      if (!host) return;
      const behavior: ScrollBehavior = this.data.scrollWithAnimation ? 'smooth' : 'auto';
      const top = Number(this.data.scrollTop);
      const left = Number(this.data.scrollLeft);
      const apply = () => {
        const options: ScrollToOptions = { behavior };
        if (this.data.scrollTop !== null && this.data.scrollTop !== '' && Number.isFinite(top)) options.top = top;
        if (this.data.scrollLeft !== null && this.data.scrollLeft !== '' && Number.isFinite(left)) options.left = left;
        if (options.top !== undefined || options.left !== undefined) host.scrollTo(options);
      };
      requestAnimationFrame(apply);
    },
    intoView(this: Caller) {
      const id = str(this.data.scrollIntoView);
      if (!id) return;
      requestAnimationFrame(() => {
        const host = dom(this);
        const target = host && (host.querySelector(`#${CSS.escape(id)}`) as HTMLElement | null);
        if (!target) return;
        const hr = host.getBoundingClientRect();
        const tr = target.getBoundingClientRect();
        host.scrollTo({
          top: this.data.scrollY ? host.scrollTop + tr.top - hr.top : undefined,
          left: this.data.scrollX ? host.scrollLeft + tr.left - hr.left : undefined,
          behavior: this.data.scrollWithAnimation ? 'smooth' : 'auto',
        });
      });
    },
  },
};

// ---------------------------------------------------------------------------------------------
// swiper: a strip that snaps, one item a screen; no autoplay (screenshots stay stable)

const swiper: AnyRecord = {
  properties: {
    indicatorDots: { type: Boolean, value: false, observer: 'dots' },
    autoplay: { type: Boolean, value: false },
    interval: { type: Number, value: 5000 },
    duration: { type: Number, value: 500 },
    circular: { type: Boolean, value: false },
    vertical: { type: Boolean, value: false, observer: 'dots' },
    current: { type: Number, value: 0, observer: 'goTo' },
    indicatorColor: { type: String, value: 'rgba(0, 0, 0, .3)' },
    indicatorActiveColor: { type: String, value: '#000000' },
    displayMultipleItems: { type: Number, value: 1 },
  },
  lifetimes: {
    attached(this: Caller) {
      const host = dom(this);
      let current = 0;
      host.addEventListener('scroll', () => {
        const size = this.data.vertical ? host.clientHeight : host.clientWidth;
        const index = size > 0 ? Math.round((this.data.vertical ? host.scrollTop : host.scrollLeft) / size) : 0;
        if (index !== current) {
          current = index;
          this.triggerEvent('change', { current: index, currentItemId: '', source: 'touch' });
          this.dots();
        }
      });
      (this as AnyRecord).__current = () => current;
      setTimeout(() => this.dots(), 0);
    },
  },
  methods: {
    goTo(this: Caller) {
      const host = dom(this);
      if (!host) return;
      const index = Number(this.data.current) || 0;
      requestAnimationFrame(() => host.scrollTo(this.data.vertical ? { top: index * host.clientHeight } : { left: index * host.clientWidth }));
    },
    dots(this: Caller) {
      const host = dom(this);
      if (!host) return;
      host.toggleAttribute('data-vertical', !!this.data.vertical);
      let bar = host.querySelector(':scope > .pz-swiper-dots') as HTMLElement | null;
      if (!this.data.indicatorDots) {
        bar?.remove();
        return;
      }
      if (!bar) {
        bar = document.createElement('div');
        bar.className = 'pz-swiper-dots';
        host.appendChild(bar);
      }
      const items = host.querySelectorAll(':scope > wx-swiper-item').length;
      const getCurrent = (this as AnyRecord).__current as (() => number) | undefined;
      const current = getCurrent ? getCurrent() : 0;
      bar.innerHTML = '';
      for (let i = 0; i < items; i++) {
        const dot = document.createElement('span');
        dot.style.background = i === current ? str(this.data.indicatorActiveColor) : str(this.data.indicatorColor);
        bar.appendChild(dot);
      }
    },
  },
};

// ---------------------------------------------------------------------------------------------
// video: the browser's own player, with what WeChat would play written under it

const video: AnyRecord = {
  properties: {
    src: { type: String, value: '', observer: 'sync' },
    poster: { type: String, value: '', observer: 'sync' },
    controls: { type: Boolean, value: true },
    autoplay: { type: Boolean, value: false },
    loop: { type: Boolean, value: false },
    muted: { type: Boolean, value: false },
    objectFit: { type: String, value: 'contain', observer: 'sync' },
    showCenterPlayBtn: { type: Boolean, value: true },
    initialTime: { type: Number, value: 0 },
    title: { type: String, value: '' },
  },
  lifetimes: {
    attached(this: Caller) {
      const host = dom(this);
      host.classList.add('pz-standin');
      const v = document.createElement('video');
      v.className = 'pz-native-video';
      v.controls = true;
      v.preload = 'none';
      v.playsInline = true;
      v.addEventListener('play', () => this.triggerEvent('play', {}));
      v.addEventListener('pause', () => this.triggerEvent('pause', {}));
      v.addEventListener('ended', () => this.triggerEvent('ended', {}));
      v.addEventListener('error', () => this.triggerEvent('error', { errMsg: 'MEDIA_ERR_SRC_NOT_SUPPORTED' }));
      const note = document.createElement('div');
      note.className = 'pz-standin-note';
      host.prepend(v, note);
      (this as AnyRecord).__video = v;
      (this as AnyRecord).__note = note;
      this.sync();
    },
  },
  methods: {
    sync(this: Caller) {
      const v = (this as AnyRecord).__video as HTMLVideoElement | undefined;
      const note = (this as AnyRecord).__note as HTMLElement | undefined;
      if (!v || !note) return;
      const src = resolveAssetUrl(str(this.data.src), ownerPath(this));
      if (src && v.getAttribute('src') !== src) v.src = src;
      const poster = resolveAssetUrl(str(this.data.poster), ownerPath(this));
      if (poster) v.poster = poster;
      v.style.objectFit = str(this.data.objectFit) === 'fill' ? 'fill' : str(this.data.objectFit) === 'cover' ? 'cover' : 'contain';
      note.textContent = `视频（预览中用浏览器播放器）：${str(this.data.src) || '无地址'}`;
    },
  },
};

// ---------------------------------------------------------------------------------------------
// map: a plain box with the centre and the markers (tap a marker for bindmarkertap)

interface Marker {
  id?: number;
  latitude: number;
  longitude: number;
  title?: string;
  callout?: { content?: string };
  label?: { content?: string };
}

const map: AnyRecord = {
  properties: {
    latitude: { type: Number, value: 39.92, observer: 'sync' },
    longitude: { type: Number, value: 116.46, observer: 'sync' },
    scale: { type: Number, value: 16, observer: 'sync' },
    markers: { type: Array, value: [], observer: 'sync' },
    polyline: { type: Array, value: [], observer: 'sync' },
    circles: { type: Array, value: [] },
    includePoints: { type: Array, value: [] },
    showLocation: { type: Boolean, value: false },
    enableZoom: { type: Boolean, value: true },
    enableScroll: { type: Boolean, value: true },
  },
  lifetimes: {
    attached(this: Caller) {
      const host = dom(this);
      host.classList.add('pz-standin');
      const box = document.createElement('div');
      box.className = 'pz-map';
      host.prepend(box);
      (this as AnyRecord).__box = box;
      box.addEventListener('click', (e) => {
        const row = (e.target as HTMLElement).closest('[data-marker-id]');
        if (!row) return;
        const markerId = Number(row.getAttribute('data-marker-id'));
        this.triggerEvent('markertap', { markerId });
        this.triggerEvent('callouttap', { markerId });
      });
      this.sync();
    },
  },
  methods: {
    sync(this: Caller) {
      const box = (this as AnyRecord).__box as HTMLElement | undefined;
      if (!box) return;
      const d = this.data;
      const markers = (Array.isArray(d.markers) ? d.markers : Object.values(d.markers ?? {})) as Marker[];
      const fmt = (n: unknown) => (typeof n === 'number' ? n.toFixed(5) : str(n));
      box.innerHTML = '';
      const head = document.createElement('div');
      head.className = 'pz-map-head';
      head.textContent = '地图（预览替身，WeChat 中为原生地图）';
      const center = document.createElement('div');
      center.className = 'pz-map-center';
      center.textContent = `中心：纬度 ${fmt(d.latitude)}，经度 ${fmt(d.longitude)} · 缩放 ${str(d.scale)}`;
      box.append(head, center);
      const list = document.createElement('ul');
      list.className = 'pz-map-markers';
      markers.forEach((m, i) => {
        const li = document.createElement('li');
        li.setAttribute('data-marker-id', String(m.id ?? i));
        li.setAttribute('role', 'button');
        const name = m.title || (m.callout && m.callout.content) || (m.label && m.label.content) || `标记 ${i + 1}`;
        li.textContent = `◉ ${name}（${fmt(m.latitude)}, ${fmt(m.longitude)}）`;
        list.appendChild(li);
      });
      if (markers.length === 0) {
        const li = document.createElement('li');
        li.textContent = '没有标记点';
        list.appendChild(li);
      }
      box.appendChild(list);
      const lines = Array.isArray(d.polyline) ? d.polyline.length : 0;
      if (lines > 0) {
        const p = document.createElement('div');
        p.className = 'pz-map-center';
        p.textContent = `路线 ${lines} 条`;
        box.appendChild(p);
      }
    },
  },
};

// ---------------------------------------------------------------------------------------------
// canvas: not drawn; says so

const canvas: AnyRecord = {
  properties: {
    type: { type: String, value: '' },
    canvasId: { type: String, value: '' },
  },
  lifetimes: {
    attached(this: Caller) {
      const host = dom(this);
      host.classList.add('pz-standin');
      const note = document.createElement('div');
      note.className = 'pz-standin-note';
      note.textContent = `画布 canvas${this.data.canvasId ? `（${this.data.canvasId}）` : ''}：预览中不绘制`;
      host.prepend(note);
    },
  },
};

// ---------------------------------------------------------------------------------------------
// rich-text

interface RichNode {
  type?: string;
  name?: string;
  text?: string;
  attrs?: Record<string, string>;
  children?: RichNode[];
}

function richNodes(nodes: RichNode[], parent: Node): void {
  for (const n of nodes) {
    if (n.type === 'text') {
      parent.appendChild(document.createTextNode(str(n.text)));
      continue;
    }
    const name = str(n.name).toLowerCase();
    if (!name || /^(script|iframe|object|embed|style|link)$/.test(name)) continue;
    const el = document.createElement(name);
    for (const [k, v] of Object.entries(n.attrs ?? {})) if (!/^on/i.test(k)) el.setAttribute(k, String(v));
    richNodes(n.children ?? [], el);
    parent.appendChild(el);
  }
}

const richText: AnyRecord = {
  properties: {
    nodes: { type: null, value: [], observer: 'sync' },
    space: { type: String, value: '' },
  },
  lifetimes: {
    attached(this: Caller) {
      this.sync();
    },
  },
  methods: {
    sync(this: Caller) {
      const host = dom(this);
      if (!host) return;
      let box = host.querySelector(':scope > .pz-rich') as HTMLElement | null;
      if (!box) {
        box = document.createElement('span');
        box.className = 'pz-rich';
        host.prepend(box);
      }
      box.innerHTML = '';
      const nodes = this.data.nodes;
      if (typeof nodes === 'string') {
        const doc = new DOMParser().parseFromString(nodes, 'text/html');
        doc.querySelectorAll('script,iframe,object,embed,style,link').forEach((n) => n.remove());
        doc.body.querySelectorAll('*').forEach((el) => Array.from(el.attributes).forEach((a) => /^on/i.test(a.name) && el.removeAttribute(a.name)));
        box.append(...Array.from(doc.body.childNodes));
      } else if (Array.isArray(nodes)) richNodes(nodes as RichNode[], box);
    },
  },
};

// ---------------------------------------------------------------------------------------------
// navigator

function navigatorDef(navigate: (openType: string, url: string, delta: number) => void): AnyRecord {
  return {
    properties: {
      url: { type: String, value: '' },
      openType: { type: String, value: 'navigate' },
      delta: { type: Number, value: 1 },
      target: { type: String, value: 'self' },
      hoverClass: { type: String, value: 'navigator-hover' },
    },
    lifetimes: {
      attached(this: Caller) {
        this._exparserNode.addListener('tap', () => navigate(str(this.data.openType), str(this.data.url), Number(this.data.delta) || 1));
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// button: its size/type/plain/disabled reach the DOM as attributes, as WeChat's button styles select on them

const button: AnyRecord = {
  properties: {
    size: { type: String, value: 'default', observer: 'reflect' },
    type: { type: String, value: 'default', observer: 'reflect' },
    plain: { type: Boolean, value: false, observer: 'reflect' },
    disabled: { type: Boolean, value: false, observer: 'reflect' },
    loading: { type: Boolean, value: false },
    formType: { type: String, value: '' },
    openType: { type: String, value: '' },
    hoverClass: { type: String, value: 'button-hover' },
    lang: { type: String, value: 'en' },
  },
  lifetimes: {
    attached(this: Caller) {
      this.reflect();
    },
  },
  methods: {
    reflect(this: Caller) {
      const host = dom(this);
      if (!host) return;
      host.setAttribute('size', str(this.data.size) || 'default');
      host.setAttribute('type', str(this.data.type) || 'default');
      host.toggleAttribute('plain', !!this.data.plain);
      host.toggleAttribute('disabled', !!this.data.disabled);
    },
  },
};

// ---------------------------------------------------------------------------------------------

function register(name: string, def: AnyRecord = {}): void {
  jComponent.register({
    id: name,
    tagName: `wx-${name}`,
    template: '<slot/>',
    ...def,
    options: { classPrefix: '', multipleSlots: false, ...(def.options ?? {}) },
  });
}

export function registerBuiltins(navigate: (openType: string, url: string, delta: number) => void): void {
  const rich: Record<string, AnyRecord> = {
    input: field('input'),
    textarea: field('textarea'),
    image,
    'scroll-view': scrollView,
    swiper,
    video,
    map,
    canvas,
    'rich-text': richText,
    navigator: navigatorDef(navigate),
    button,
  };
  for (const name of OFFICIAL) register(name, rich[name] ?? {});
}
