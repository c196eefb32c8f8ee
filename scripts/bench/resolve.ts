/**
 * Path resolution as the mini program runtime does it: relative to the referring file, absolute
 * from the miniprogram root, and bare (npm) names through miniprogram_npm folders up the tree.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { isRecord } from './app-config';

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function packageMain(dir: string): string | null {
  const manifest = join(dir, 'package.json');
  if (!isFile(manifest)) return null;
  try {
    const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
    return isRecord(parsed) && typeof parsed.main === 'string' ? parsed.main : null;
  } catch {
    return null;
  }
}

function moduleFile(base: string): string | null {
  const asTs = base.endsWith('.js') ? [`${base.slice(0, -3)}.ts`] : [];
  const direct = [base, ...asTs, `${base}.ts`, `${base}.js`].find(isFile);
  if (direct) return direct;
  const main = packageMain(base);
  const fromMain = main ? moduleFile(join(base, main)) : null;
  return fromMain ?? [join(base, 'index.ts'), join(base, 'index.js')].find(isFile) ?? null;
}

/** miniprogram_npm folders from the file's folder up to the miniprogram root, nearest first. */
export function npmFolders(root: string, fromFile: string): string[] {
  const folders: string[] = [];
  for (let dir = dirname(fromFile); dir === root || dir.startsWith(root + sep); dir = dirname(dir)) {
    folders.push(join(dir, 'miniprogram_npm'));
    if (dir === root) break;
  }
  return folders;
}

function lookup(root: string, fromFile: string, spec: string, find: (base: string) => string | null): string | null {
  if (spec.startsWith('.')) return find(resolve(dirname(fromFile), spec));
  if (spec.startsWith('/')) return find(join(root, spec));
  for (const folder of npmFolders(root, fromFile)) {
    const found = find(join(folder, spec));
    if (found) return found;
  }
  return find(resolve(dirname(fromFile), spec));
}

/** A `require`/`import` specifier in a .js/.ts file. */
export function resolveModule(root: string, fromFile: string, spec: string): string | null {
  return lookup(root, fromFile, spec, moduleFile);
}

function componentAt(base: string): string | null {
  if (isFile(`${base}.json`) || isFile(`${base}.wxml`)) return base;
  const index = join(base, 'index');
  return isFile(`${index}.json`) || isFile(`${index}.wxml`) ? index : null;
}

export function isPluginPath(spec: string): boolean {
  return /^plugin(-private)?:\/\//.test(spec);
}

/** A `usingComponents` path: returns the component's path without extension. */
export function resolveComponent(root: string, fromJson: string, spec: string): string | null {
  return lookup(root, fromJson, spec, componentAt);
}

/** The files of a page or component: json, wxml, wxss and its script (.ts preferred). */
export function componentFiles(base: string): string[] {
  const files = ['.json', '.wxml', '.wxss'].map((ext) => base + ext).filter(isFile);
  const script = [`${base}.ts`, `${base}.js`].find(isFile);
  return script ? [...files, script] : files;
}

/** `<wxs src>`, `<import src>`, `<include src>`, `@import`, wxs `require`: exact path or with `ext`. */
export function resolveAsset(root: string, fromFile: string, src: string, ext: string): string | null {
  const path = src.startsWith('/') ? join(root, src) : resolve(dirname(fromFile), src);
  return [path, path + ext].find(isFile) ?? null;
}
