import type { Doc, Patch } from './ports';

/** Sets a value at a dotted path inside a plain object, creating objects on the way. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

function getPath(target: Record<string, unknown>, path: string): unknown {
  let node: unknown = target;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Applies a patch to a copy of the document, as the cloud database applies update data. */
export function applyPatch<T extends Doc>(doc: T, patch: Patch): T {
  const next = structuredClone(doc) as T & Record<string, unknown>;
  for (const [path, value] of Object.entries(patch.set ?? {})) {
    if (path === '_id') throw new Error('cannot change _id');
    setPath(next, path, structuredClone(value));
  }
  for (const [path, by] of Object.entries(patch.inc ?? {})) {
    const current = getPath(next, path);
    setPath(next, path, (typeof current === 'number' ? current : 0) + by);
  }
  return next;
}
