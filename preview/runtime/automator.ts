/**
 * The page side of the automator protocol (the emulator's side is preview/automator/): answers
 * App.*, Page.* and Element.* methods against the router's pages and the exparser nodes the preview
 * renders. A tap answers the point to press; the host presses it with a real mouse, so the tap
 * travels as a finger's would (preview/runtime/events.ts).
 */
import exparser from 'miniprogram-exparser';
import { classOf, innerWxml, isCustom, nodeOf, outerWxml, queryAll, queryOne, refOf } from './automator-nodes';
import { onError } from './errors';
import { metrics } from './metrics';
import type { PageEntry, Router } from './router';

// biome-ignore lint/suspicious/noExplicitAny: exparser and j-component are untyped; their objects cross here
type AnyRecord = Record<string, any>;

export type Reply = { result: unknown } | { error: string } | { press: { x: number; y: number } };

type Emit = (method: string, params: unknown) => void;

const IDLE_MS = 5000;

function settle(): Promise<void> {
  return Promise.race([metrics.waitIdle(), new Promise<void>((r) => setTimeout(r, IDLE_MS))]);
}

function pageInfo(entry: PageEntry): AnyRecord {
  return { pageId: entry.webviewId, path: entry.route, query: { ...entry.query } };
}

/** `a.b[0].c` of an object. */
function atPath(data: unknown, path: unknown): unknown {
  if (typeof path !== 'string' || path === '') return data;
  let here: unknown = data;
  for (const key of path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as AnyRecord)[key];
  }
  return here;
}

/** JSON round trip: what crosses to the client is data, not live objects. */
function plain(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

function fnFrom(declaration: unknown): (...args: unknown[]) => unknown {
  if (typeof declaration !== 'string') throw new Error('functionDeclaration must be a string');
  const fn: unknown = new Function(`return (${declaration})`)();
  if (typeof fn !== 'function') throw new Error('functionDeclaration is not a function');
  return fn as (...args: unknown[]) => unknown;
}

/** Calls a `wx` method as the client does: success answers its result, fail the protocol's error. */
async function callWx(wx: AnyRecord, method: string, args: unknown[]): Promise<unknown> {
  const fn = wx[method];
  if (typeof fn !== 'function') throw new Error(`wx.${method} not exists`);
  if (method.endsWith('Sync')) return fn.apply(wx, args);
  const first = (args[0] ?? {}) as AnyRecord;
  return new Promise((resolve, reject) => {
    const r = fn.call(wx, { ...first, success: resolve, fail: (e: AnyRecord) => reject(new Error(String(e?.errMsg ?? e))) }, ...args.slice(1));
    if (r && typeof (r as Promise<unknown>).then === 'function')
      (r as Promise<unknown>).then(resolve, (e: AnyRecord) => reject(new Error(String(e?.errMsg ?? e))));
  });
}

/** A mock of a `wx` method: a fixed result (through success, or returned for *Sync) or a function. */
function mockOf(method: string, params: AnyRecord, origin: unknown): (...args: unknown[]) => unknown {
  if (params.functionDeclaration !== undefined) {
    const fn = fnFrom(params.functionDeclaration);
    const extra = Array.isArray(params.args) ? params.args : [];
    return function (this: unknown, ...args: unknown[]) {
      return fn.call({ origin }, ...args, ...extra);
    };
  }
  const result = params.result;
  if (method.endsWith('Sync')) return () => result;
  return (...args: unknown[]) => {
    const options = args[0] as AnyRecord | undefined;
    if (options && (options.success || options.complete)) {
      options.success?.(result);
      options.complete?.(result);
      return undefined;
    }
    return Promise.resolve(result);
  };
}

function domOf(node: AnyRecord): HTMLElement {
  const dom = node.$$ as HTMLElement | undefined;
  if (!dom) throw new Error('the element has no view');
  return dom;
}

/** The node itself, or (a component's host without a box of its own) its first descendant with one. */
function boxOf(dom: HTMLElement): HTMLElement {
  const area = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width * r.height;
  };
  if (area(dom) > 0) return dom;
  return (Array.from(dom.querySelectorAll('*')).find((el) => area(el) > 0) as HTMLElement | undefined) ?? dom;
}

function fieldOf(node: AnyRecord): HTMLInputElement | HTMLTextAreaElement {
  const field = domOf(node).querySelector('input, textarea');
  if (!field) throw new Error(`${refOf(node).tagName} has no field to type into`);
  return field as HTMLInputElement | HTMLTextAreaElement;
}

function propertiesOf(node: AnyRecord, names: string[]): unknown[] {
  return names.map((name) => {
    if (name === '__propPublic') return plain(Object.fromEntries(Object.keys(node.__propPublic ?? {}).map((k) => [k, true])));
    if (name === 'value' && (node.__propPublic ?? {}).value !== undefined) {
      const field = domOf(node).querySelector('input, textarea') as HTMLInputElement | null;
      if (field) return field.value;
    }
    return plain(node.data ? node.data[name] : node[name]);
  });
}

function attributesOf(node: AnyRecord, names: string[]): unknown[] {
  return names.map((name) => {
    if (name === 'class') return classOf(node);
    if (name === 'id') return node.id ?? '';
    return domOf(node).getAttribute(name);
  });
}

export function createAutomator(router: Router, wx: AnyRecord, emit: Emit): (method: string, params: AnyRecord) => Promise<Reply> {
  const mocks = new Map<string, unknown>();
  onError((e) => emit('App.exceptionThrown', { exceptionDetails: { text: e.message, where: e.where } }));

  const pageById = (pageId: unknown): PageEntry => {
    const entry = router.stack.find((e) => e.webviewId === pageId) ?? (pageId === undefined ? router.current : undefined);
    if (!entry) throw new Error(`page ${String(pageId)} is not in the page stack`);
    return entry;
  };
  const caller = (node: AnyRecord): AnyRecord => exparser.Element.getMethodCaller(node) as AnyRecord;
  const callMethod = async (target: AnyRecord, method: unknown, args: unknown): Promise<unknown> => {
    const fn = typeof method === 'string' ? target[method] : undefined;
    if (typeof fn !== 'function') throw new Error(`method ${String(method)} not exists`);
    const result = await fn.apply(target, Array.isArray(args) ? args : []);
    await settle();
    return plain(result);
  };

  const methods: Record<string, (p: AnyRecord) => Promise<unknown> | unknown> = {
    'Tool.getInfo': () => ({ SDKVersion: 'dev' }),
    'App.exit': () => ({}),
    'App.enableLog': () => ({}),
    'App.getCurrentPage': () => {
      const entry = router.current;
      if (!entry) throw new Error('no page is open');
      return pageInfo(entry);
    },
    'App.getPageStack': () => ({ pageStack: router.stack.map(pageInfo) }),
    'App.callWxMethod': async (p) => {
      const result = await callWx(wx, String(p.method), Array.isArray(p.args) ? p.args : []);
      await settle();
      return { result: plain(result) };
    },
    'App.mockWxMethod': (p) => {
      const method = String(p.method);
      if (!mocks.has(method)) mocks.set(method, wx[method]);
      if (p.result === undefined && p.functionDeclaration === undefined) {
        wx[method] = mocks.get(method);
        mocks.delete(method);
      } else wx[method] = mockOf(method, p, mocks.get(method));
      return {};
    },
    'App.callFunction': async (p) => {
      const result = await fnFrom(p.functionDeclaration)(...(Array.isArray(p.args) ? p.args : []));
      await settle();
      return { result: plain(result) };
    },
    'App.addBinding': (p) => {
      const name = String(p.name);
      (globalThis as AnyRecord)[name] = (...args: unknown[]) => emit('App.bindingCalled', { name, args: plain(args) });
      return {};
    },
    'Page.getElement': (p) => {
      const node = queryOne(pageById(p.pageId).node.shadowRoot, String(p.selector));
      if (!node) throw new Error(`element "${String(p.selector)}" not found`);
      return refOf(node);
    },
    'Page.getElements': (p) => ({ elements: queryAll(pageById(p.pageId).node.shadowRoot, String(p.selector)).map(refOf) }),
    'Page.getData': (p) => ({ data: plain(atPath(pageById(p.pageId).node.data, p.path)) }),
    'Page.setData': async (p) => {
      pageById(p.pageId).caller.setData(p.data);
      await settle();
      return {};
    },
    'Page.callMethod': async (p) => ({ result: await callMethod(pageById(p.pageId).caller, p.method, p.args) }),
    'Page.getWindowProperties': (p) => ({
      properties: (Array.isArray(p.names) ? p.names : []).map((n: string) =>
        plain(atPath(pageById(p.pageId).scroller, n.replace(/^document\.(documentElement|body)\./, ''))),
      ),
    }),
    'Element.getElement': (p) => {
      const node = queryOne(nodeOf(p.elementId), String(p.selector));
      if (!node) throw new Error(`element "${String(p.selector)}" not found`);
      return refOf(node);
    },
    'Element.getElements': (p) => ({ elements: queryAll(nodeOf(p.elementId), String(p.selector)).map(refOf) }),
    'Element.getWXML': (p) => {
      const node = nodeOf(p.elementId);
      return { wxml: p.type === 'outer' ? outerWxml(node) : innerWxml(node) };
    },
    'Element.getDOMProperties': (p) => ({ properties: (p.names as string[]).map((n) => plain((domOf(nodeOf(p.elementId)) as unknown as AnyRecord)[n])) }),
    'Element.getProperties': (p) => ({ properties: propertiesOf(nodeOf(p.elementId), p.names as string[]) }),
    'Element.getAttributes': (p) => ({ attributes: attributesOf(nodeOf(p.elementId), p.names as string[]) }),
    'Element.getStyles': (p) => {
      const style = getComputedStyle(domOf(nodeOf(p.elementId)));
      return { styles: (p.names as string[]).map((n) => style.getPropertyValue(n)) };
    },
    'Element.getOffset': (p) => {
      const r = domOf(nodeOf(p.elementId)).getBoundingClientRect();
      return { left: r.left, top: r.top };
    },
    'Element.getData': (p) => {
      const node = nodeOf(p.elementId);
      if (!isCustom(node)) throw new Error('getData is for custom components');
      return { data: plain(atPath(node.data, p.path)) };
    },
    'Element.setData': async (p) => {
      caller(nodeOf(p.elementId)).setData(p.data);
      await settle();
      return {};
    },
    'Element.callMethod': async (p) => ({ result: await callMethod(caller(nodeOf(p.elementId)), p.method, p.args) }),
    'Element.triggerEvent': async (p) => {
      exparser.Event.dispatchEvent(nodeOf(p.elementId), exparser.Event.create(String(p.type), p.detail ?? {}, { bubbles: false, composed: false }));
      await settle();
      return {};
    },
    'Element.callFunction': async (p) => {
      const node = nodeOf(p.elementId);
      if (p.functionName !== 'input.input' && p.functionName !== 'textarea.input') throw new Error(`${String(p.functionName)} is not supported by the preview`);
      const field = fieldOf(node);
      field.focus();
      field.value = String((p.args as unknown[])[0] ?? '');
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.blur();
      await settle();
      return { result: null };
    },
  };

  return async (method, params) => {
    if (method === 'Element.tap') {
      const dom = boxOf(domOf(nodeOf(params.elementId)));
      dom.scrollIntoView({ block: 'center', inline: 'center' });
      const r = dom.getBoundingClientRect();
      return { press: { x: r.left + r.width / 2, y: r.top + r.height / 2 } };
    }
    const handler = Object.prototype.hasOwnProperty.call(methods, method) ? methods[method] : undefined;
    if (!handler) return { error: `${method} unimplemented` };
    try {
      return { result: (await handler(params)) ?? {} };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  };
}

export { settle };
