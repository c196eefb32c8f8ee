/**
 * Registers pages and components the way miniprogram-simulate's load/register does, but in the
 * browser and lazily (a page and the components it uses register on first navigation, like a
 * subpackage loading): the `Component`, `Behavior`, `Page` and `App` globals the app's own code
 * calls, with templates from the official compiler and WXSS with the component's class prefix.
 */
import exparser from 'miniprogram-exparser';
import { jComponent } from './jc';
import { appModule, manifest, modules } from 'pz:app';
import type { ComponentMeta } from '../build';
import { metrics } from './metrics';
import { applyWxss } from './styles';

const jUtils = require('j-component/src/tool/utils') as {
  cache(id: string): { exparserDef: unknown } | undefined;
  getTagName(id: string): string | undefined;
};

// biome-ignore lint/suspicious/noExplicitAny: exparser and j-component are untyped; their objects cross here
type AnyRecord = Record<string, any>;

interface Loading {
  meta: ComponentMeta;
  template: unknown;
  using: Record<string, string>;
  called: boolean;
}

declare global {
  interface Window {
    __pzGwx?: (path: string) => unknown;
  }
}

const components = manifest.components as Record<string, ComponentMeta>;
const byId = new Map<string, ComponentMeta>(Object.values(components).map((c) => [c.id, c]));
const state = new Map<string, 'loading' | 'done'>();
let loading: Loading | null = null;
let appInstance: AnyRecord = { globalData: {} };

export function componentMeta(path: string): ComponentMeta | undefined {
  return components[path];
}

export function metaById(id: string): ComponentMeta | undefined {
  return byId.get(id);
}

function resolvePath(from: string, key: string): string {
  if (key.startsWith('/')) return key.slice(1);
  const parts = from.split('/');
  parts.pop();
  for (const seg of key.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** Per component: marks its host node, measures setData, supplies what the base library adds. */
function hostBehavior(meta: ComponentMeta): string {
  return jComponent.behavior({
    lifetimes: {
      created(this: AnyRecord) {
        const node = this._exparserNode as AnyRecord;
        node.__pzMeta = meta;
        if (node.$$ && !meta.page) node.$$.setAttribute('is', meta.path);
        const setData = this.setData as (data: AnyRecord, cb?: () => void) => void;
        this.setData = (data: AnyRecord, cb?: () => void) => {
          metrics.recordSetData(meta, data);
          return setData.call(this, data, cb);
        };
        this.groupSetData = (cb: () => void) => cb();
        this.animate = (_selector: string, _keyframes: unknown, _duration: number, cb?: () => void) => cb && setTimeout(cb, 0);
        this.clearAnimation = (_selector: string, _opts?: unknown, cb?: () => void) => cb && setTimeout(cb, 0);
        this.getTabBar = () => null;
        this.getPageId = () => `pageId:${meta.id}`;
        this.setUpdatePerformanceListener = () => undefined;
        this.getOpenerEventChannel = () => ({ emit() {}, on() {}, once() {}, off() {} });
        this.getRelationNodes = this.getRelationNodes ?? (() => []);
      },
      attached(this: AnyRecord) {
        // j-component triggers `ready` only for what exists when a page mounts; in WeChat every
        // component gets it once laid out, including those a later setData creates.
        const node = this._exparserNode as AnyRecord;
        if (mounting > 0) return;
        setTimeout(() => {
          if (node.__pzReady) return;
          node.__pzReady = true;
          node.triggerLifeTime('ready');
        }, 0);
      },
    },
  });
}

let mounting = 0;

/** While a page mounts, the router triggers `ready` itself (children first). */
export function mountingPage<T>(run: () => T): T {
  mounting += 1;
  try {
    return run();
  } finally {
    mounting -= 1;
  }
}

function install(): void {
  const g = globalThis as AnyRecord;

  g.Component = (options: AnyRecord = {}) => {
    const current = loading;
    if (!current) throw new Error('Component() was called outside a page or component file');
    if (current.called) throw new Error(`Component() was called twice in ${current.meta.path}`);
    current.called = true;
    const { meta } = current;
    const definition: AnyRecord = {
      ...options,
      id: meta.id,
      path: meta.path,
      template: current.template,
      usingComponents: current.using,
      tagName: meta.page ? 'page' : Object.keys(usedAs).includes(meta.path) ? usedAs[meta.path] : meta.path.replace(/\W+/g, '-'),
    };
    definition.options = { ...(options.options ?? {}), classPrefix: meta.prefix };
    definition.behaviors = [hostBehavior(meta), ...(options.behaviors ?? [])];
    if (options.relations) {
      const relations: AnyRecord = {};
      for (const [key, value] of Object.entries(options.relations as AnyRecord)) {
        const target = components[resolvePath(meta.path, key)];
        if (target) {
          relations[target.id] = { ...value, target: target.id };
          pendingRelations.add(target.path);
        } else relations[key] = value;
      }
      definition.relations = relations;
    }
    jComponent.register(definition);
  };

  g.Behavior = (definition: AnyRecord) => jComponent.behavior(definition);

  g.Page = (options: AnyRecord = {}) => {
    const methods: AnyRecord = {};
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value;
    g.Component({ data: options.data ?? {}, behaviors: options.behaviors, options: options.options, methods: { ...methods } });
  };

  g.App = (options: AnyRecord = {}) => {
    appInstance = { globalData: {}, ...options };
  };
  g.getApp = () => appInstance;
}

/** The tag a component is first used under (its DOM element name). */
const usedAs: Record<string, string> = {};
for (const c of Object.values(components)) {
  for (const [tag, path] of Object.entries(c.using)) if (!(path in usedAs)) usedAs[path] = tag;
}

const pendingRelations = new Set<string>();

/** Registers a page or component and everything it uses; answers its id. */
export function ensureRegistered(path: string): string {
  const meta = components[path];
  if (!meta) throw new Error(`页面或组件不存在：${path}`);
  if (state.has(path)) return meta.id;
  state.set(path, 'loading');
  const using: Record<string, string> = {};
  for (const [tag, dep] of Object.entries(meta.using)) using[tag] = ensureRegistered(dep);
  if (meta.page) applyWxss('app', meta.prefix);
  if (meta.hasWxss) applyWxss(meta.path, meta.prefix);
  const gwx = window.__pzGwx;
  if (!gwx) throw new Error('gwx.js (compiled WXML) is not loaded');
  const template = gwx(`${meta.path}.wxml`);
  const previous = loading;
  const current: Loading = { meta, template, using, called: false };
  loading = current;
  try {
    (modules as Record<string, () => unknown>)[path]();
  } finally {
    loading = previous;
  }
  if (!current.called) throw new Error(`${path} did not call Component() or Page()`);
  state.set(path, 'done');
  for (const target of [...pendingRelations]) {
    pendingRelations.delete(target);
    ensureRegistered(target);
  }
  return meta.id;
}

/** The exparser definition to create a page from. */
export function exparserDefinition(id: string): unknown {
  const cached = jUtils.cache(id);
  if (!cached) throw new Error(`not registered: ${id}`);
  return cached.exparserDef;
}

let started = false;

/** Installs the constructors and runs app.ts (App({...})). */
export function startApp(): AnyRecord {
  if (started) return appInstance;
  started = true;
  install();
  if (appModule) appModule();
  return appInstance;
}

export function launchApp(options: AnyRecord): void {
  const onLaunch = appInstance.onLaunch as ((o: AnyRecord) => void) | undefined;
  if (onLaunch) onLaunch.call(appInstance, options);
  const onShow = appInstance.onShow as ((o: AnyRecord) => void) | undefined;
  if (onShow) onShow.call(appInstance, options);
}

export { exparser };
