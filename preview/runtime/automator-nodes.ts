/**
 * The nodes an automator client holds (preview/runtime/automator.ts): exparser elements under ids
 * it can send back, found by selector inside a page's or a component's own shadow tree (as in
 * WeChat, a selector does not reach into another component), and written out as WXML.
 */
import exparser from 'miniprogram-exparser';

// biome-ignore lint/suspicious/noExplicitAny: exparser and j-component are untyped; their objects cross here
type AnyRecord = Record<string, any>;

export interface ElementRef {
  elementId: string;
  tagName: string;
  /** Set for the app's and Vant's own components: the client makes them CustomElements. */
  nodeId?: string;
}

const byId = new Map<string, AnyRecord>();
const ids = new WeakMap<AnyRecord, string>();
let seq = 0;

/** The tag as written in WXML: `van-button`, `view`, `input` (the DOM's `wx-` prefix dropped). */
export function tagOf(node: AnyRecord): string {
  const dom = node.$$ as HTMLElement | undefined;
  const name = dom ? dom.localName : String(node.is ?? '');
  return name.startsWith('wx-') ? name.slice(3) : name;
}

export function isCustom(node: AnyRecord): boolean {
  return node.__pzMeta !== undefined;
}

export function refOf(node: AnyRecord): ElementRef {
  let id = ids.get(node);
  if (!id) {
    id = `e${++seq}`;
    ids.set(node, id);
    byId.set(id, node);
  }
  return isCustom(node) ? { elementId: id, tagName: tagOf(node), nodeId: id } : { elementId: id, tagName: tagOf(node) };
}

export function nodeOf(elementId: unknown): AnyRecord {
  const node = typeof elementId === 'string' ? byId.get(elementId) : undefined;
  if (!node) throw new Error(`element ${String(elementId)} not found`);
  return node;
}

/** Where a selector looks from a node: its shadow tree when it is a component, else its subtree. */
function scope(node: AnyRecord): AnyRecord {
  return node instanceof exparser.Component && node.shadowRoot instanceof exparser.Element ? node.shadowRoot : node;
}

export function queryOne(node: AnyRecord, selector: string): AnyRecord | null {
  return scope(node).querySelector(selector) ?? null;
}

export function queryAll(node: AnyRecord, selector: string): AnyRecord[] {
  return Array.from(scope(node).querySelectorAll(selector) as ArrayLike<AnyRecord>);
}

/** The class names as written in WXML: the host's scoped copies (`<prefix>--name`) left out. */
export function classOf(node: AnyRecord): string {
  const names = String(node.class ?? '').split(/\s+/).filter(Boolean);
  const written = new Set(names);
  const scoped = (n: string) => {
    const m = /^[A-Za-z0-9]+--(.+)$/.exec(n);
    return m !== null && written.has(m[1]);
  };
  return names.filter((n) => !scoped(n)).join(' ');
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function children(node: AnyRecord): AnyRecord[] {
  const own = scope(node);
  return Array.from((own.childNodes ?? []) as ArrayLike<AnyRecord>);
}

function innerWxml(node: AnyRecord): string {
  return children(node)
    .map((c) => (c instanceof exparser.Element ? outerWxml(c) : escapeText(String(c.textContent ?? ''))))
    .join('');
}

export function outerWxml(node: AnyRecord): string {
  if (node instanceof exparser.VirtualNode) return innerWxml(node);
  const tag = tagOf(node);
  const attrs = [node.id ? ` id="${node.id}"` : '', classOf(node) ? ` class="${classOf(node)}"` : ''].join('');
  return `<${tag}${attrs}>${innerWxml(node)}</${tag}>`;
}

export { innerWxml };
