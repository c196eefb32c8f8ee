/**
 * The nodes an automator client holds (preview/runtime/automator.ts): exparser elements under ids
 * it can send back, found by selector inside a page's or a component's own shadow tree (as in
 * WeChat, a selector does not reach into another component), and written out as WXML.
 */
import exparser from 'miniprogram-exparser';
import { manifest } from 'pz:app';
import type { ComponentMeta } from '../build';

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

/**
 * Where a selector looks from a node: the shadow tree of a page or a custom component, else the
 * node's own children (a built-in's shadow tree only holds its slot).
 */
function scope(node: AnyRecord): AnyRecord {
  return isCustom(node) && node.shadowRoot instanceof exparser.Element ? node.shadowRoot : node;
}

interface Compound {
  tag: string;
  id: string;
  classes: string[];
}

/** `tag#id.a.b` descendant `…`: the selectors a journey writes; null for anything richer. */
function parseSelector(selector: string): Compound[] | null {
  const parts = selector.trim().split(/\s+/);
  const out: Compound[] = [];
  for (const part of parts) {
    const m = /^([A-Za-z][\w-]*)?((?:[#.][\w-]+)*)$/.exec(part);
    if (!m || part === '') return null;
    const compound: Compound = { tag: m[1] ?? '', id: '', classes: [] };
    for (const piece of m[2].match(/[#.][\w-]+/g) ?? []) {
      if (piece[0] === '#') compound.id = piece.slice(1);
      else compound.classes.push(piece.slice(1));
    }
    out.push(compound);
  }
  return out;
}

function matches(node: AnyRecord, c: Compound): boolean {
  if (c.tag && tagOf(node) !== c.tag) return false;
  if (c.id && node.id !== c.id) return false;
  if (c.classes.length === 0) return true;
  const names = new Set(writtenClasses(node));
  return c.classes.every((n) => names.has(n));
}

/** Elements of one shadow tree in document order (slotted children included, other components' trees not). */
function walk(root: AnyRecord, visit: (node: AnyRecord, ancestors: AnyRecord[]) => void, ancestors: AnyRecord[] = []): void {
  for (const child of Array.from((root.childNodes ?? []) as ArrayLike<AnyRecord>)) {
    if (!(child instanceof exparser.Element)) continue;
    if (!(child instanceof exparser.VirtualNode)) visit(child, ancestors);
    walk(child, visit, child instanceof exparser.VirtualNode ? ancestors : [...ancestors, child]);
  }
}

export function queryAll(node: AnyRecord, selector: string): AnyRecord[] {
  const compounds = parseSelector(selector);
  if (!compounds) return Array.from(scope(node).querySelectorAll(selector) as ArrayLike<AnyRecord>);
  const last = compounds[compounds.length - 1];
  const found: AnyRecord[] = [];
  walk(scope(node), (n, ancestors) => {
    if (!matches(n, last)) return;
    let i = compounds.length - 2;
    for (let a = ancestors.length - 1; a >= 0 && i >= 0; a--) if (matches(ancestors[a], compounds[i])) i--;
    if (i < 0) found.push(n);
  });
  return found;
}

export function queryOne(node: AnyRecord, selector: string): AnyRecord | null {
  return queryAll(node, selector)[0] ?? null;
}

/** The class names as written in WXML: the host's scoped copies (`<prefix>--name`) left out. */
/**
 * The class names as written in WXML. The host scopes each name with its component's prefix
 * (`p1e--pz-page`, preview/runtime/styles.ts), sometimes next to the name itself; both give the name.
 */
const prefixes = new Set(Object.values(manifest.components as Record<string, ComponentMeta>).map((c) => c.prefix));

function writtenClasses(node: AnyRecord): string[] {
  const dom = node.$$ as HTMLElement | undefined;
  const raw = (dom ? dom.className : String(node.class ?? '')).split(/\s+/).filter(Boolean);
  return [
    ...new Set(
      raw.map((n) => {
        const m = /^([A-Za-z0-9]+)--(.+)$/.exec(n);
        return m && prefixes.has(m[1]) ? m[2] : n;
      }),
    ),
  ];
}

export function classOf(node: AnyRecord): string {
  return writtenClasses(node).join(' ');
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
