/**
 * Places each Vant component in the package that uses it. WeChat looks an npm path of
 * usingComponents up in the miniprogram_npm folder of the using file's folder, then of each folder
 * above it, up to the miniprogram root (scripts/bench/resolve.ts does the same lookup). Everything in
 * the root miniprogram_npm counts in the main package, so the root keeps only the components that
 * files outside every subpackage root use (main pages, shared components, app.json's global
 * components); a component only subpackages use is copied into `<subpackage root>/miniprogram_npm`
 * of each subpackage that uses it, with the Vant files it reaches (common/, mixins/, wxs/, the
 * components it nests), since Vant's own paths are relative and never look upwards.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { readAppConfig, stringRecord } from './bench/app-config';
import { reachableFrom } from './bench/dependency-graph';

const VANT = '@vant/weapp';
const VANT_SPEC = /^@vant\/weapp\/([^/]+)\//;
/**
 * A component that this many subpackages (or more) use stays in the root: one copy in the main
 * package costs less than one in each of them. Measured (docs/package-size.md): with 2 the main
 * package is 336.9 KB, with 3 301.9 KB (all packages 155 KB more than one root copy of everything),
 * with every component copied into each subpackage 247.9 KB (486 KB more).
 */
const SHARED_BY = 3;

export interface VantPlacement {
  /** Components kept in miniprogram/miniprogram_npm (the main package). */
  root: string[];
  /** Subpackage root → components copied into its own miniprogram_npm. */
  subpackages: Record<string, string[]>;
}

const posixRel = (from: string, to: string): string => relative(from, to).split(sep).join('/');

/** The app's own json files (pages, components, app.json), outside every miniprogram_npm. */
function appJsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'miniprogram_npm' || entry.name === 'node_modules' ? [] : appJsonFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

function usingValues(file: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  return typeof parsed === 'object' && parsed !== null && 'usingComponents' in parsed ? Object.values(stringRecord(parsed.usingComponents)) : [];
}

const vantComponentsOf = (file: string): string[] => usingValues(file).flatMap((spec) => VANT_SPEC.exec(spec)?.[1] ?? []);

/** The components and the Vant components they nest (`"van-icon": "../icon/index"`), as far as the folder holds them. */
function withNested(vantDir: string, names: string[]): Set<string> {
  const out = new Set<string>();
  const queue = [...names];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (out.has(name)) continue;
    out.add(name);
    queue.push(...nestedComponents(join(vantDir, name, 'index.json')));
  }
  return out;
}

function nestedComponents(file: string): string[] {
  return usingValues(file).flatMap((spec) => /^\.\.\/([^/]+)\/index$/.exec(spec)?.[1] ?? []);
}

/**
 * Which package's files use which Vant components, and where each one goes: the root keeps what
 * files outside the subpackages use and what SHARED_BY or more subpackages use; a subpackage gets
 * the rest of what it uses, unless a root component already nests it.
 */
export function planVantPlacement(miniprogramRoot: string): VantPlacement {
  const roots = readAppConfig(miniprogramRoot).subpackages.map((s) => s.root);
  const used = new Map<string, Set<string>>([['', new Set()], ...roots.map((r): [string, Set<string>] => [r, new Set()])]);
  for (const file of appJsonFiles(miniprogramRoot)) {
    const path = posixRel(miniprogramRoot, file);
    const owner = roots.find((r) => path.startsWith(`${r}/`)) ?? '';
    for (const name of vantComponentsOf(file)) used.get(owner)?.add(name);
  }
  const users = (name: string): number => roots.filter((r) => used.get(r)?.has(name)).length;
  const everywhere = [...used.values()].flatMap((names) => [...names]);
  const root = [...new Set(everywhere)].filter((name) => used.get('')?.has(name) || users(name) >= SHARED_BY).sort();
  const inRoot = withNested(join(miniprogramRoot, 'miniprogram_npm', VANT), root);
  const subpackages: Record<string, string[]> = {};
  for (const r of roots) {
    const own = [...(used.get(r) ?? [])].filter((name) => !inRoot.has(name)).sort();
    if (own.length > 0) subpackages[r] = own;
  }
  return { root, subpackages };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const sub = join(dir, entry.name);
    removeEmptyFolders(sub);
    if (readdirSync(sub).length === 0) rmSync(sub, { recursive: true });
  }
}

/** The Vant files the components reach, relative to the Vant folder. */
function vantClosure(miniprogramRoot: string, vantDir: string, components: string[]): string[] {
  const start = components.flatMap((name) => filesUnder(join(vantDir, name)).filter((f) => !f.endsWith('.d.ts')));
  const { files, unresolved } = reachableFrom(miniprogramRoot, start);
  if (unresolved.length > 0) throw new Error(`Vant files refer to missing files: ${unresolved.join(', ')}`);
  return [...files].map((f) => posixRel(vantDir, f)).sort();
}

/**
 * Moves the packed Vant (all of it in miniprogram/miniprogram_npm) to where `planVantPlacement`
 * says; returns the plan. Removes subpackage miniprogram_npm folders left by an earlier run first.
 */
export function placeVant(miniprogramRoot: string): VantPlacement {
  const plan = planVantPlacement(miniprogramRoot);
  for (const s of readAppConfig(miniprogramRoot).subpackages) rmSync(join(miniprogramRoot, s.root, 'miniprogram_npm'), { recursive: true, force: true });
  const vantDir = join(miniprogramRoot, 'miniprogram_npm', VANT);
  for (const [sub, components] of Object.entries(plan.subpackages)) {
    const target = join(miniprogramRoot, sub, 'miniprogram_npm', VANT);
    for (const file of vantClosure(miniprogramRoot, vantDir, components)) {
      mkdirSync(dirname(join(target, file)), { recursive: true });
      copyFileSync(join(vantDir, file), join(target, file));
    }
  }
  const keep = new Set(vantClosure(miniprogramRoot, vantDir, plan.root));
  for (const file of filesUnder(vantDir)) if (!keep.has(posixRel(vantDir, file))) rmSync(file);
  removeEmptyFolders(vantDir);
  return plan;
}
