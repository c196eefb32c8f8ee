/**
 * The files WeChat ships with `lazyCodeLoading: "requiredComponents"` and unused-file filtering:
 * everything reachable from app.json, its root files and its pages.
 */
import { readFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { AppConfig } from './app-config';
import { componentPaths, moduleSpecifiers, wxmlSources, wxssImports } from './references';
import { componentFiles, isFile, isPluginPath, resolveAsset, resolveComponent, resolveModule } from './resolve';
import { markupForScanning, scriptForScanning } from './shipped-source';

export interface DependencyGraph {
  /** Reached files, relative to the miniprogram root with '/' separators, sorted. */
  files: string[];
  /** Pages listed in app.json that have no files. */
  missingPages: string[];
  /** References that resolve to no file, as "referring file → path". */
  unresolved: string[];
}

const PROJECT_FILES = ['project.config.json', 'project.private.config.json'];

function rootFiles(config: AppConfig): string[] {
  const names = ['app.json', 'app.wxss', config.sitemapLocation, ...PROJECT_FILES];
  if (config.themeLocation) names.push(config.themeLocation);
  return names;
}

export function pagePaths(config: AppConfig): string[] {
  return [...config.pages, ...config.subpackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];
}

type Resolved = { file: string | null; spec: string };

function jsonDependencies(root: string, file: string): Resolved[] | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  return componentPaths(json)
    .filter((spec) => !isPluginPath(spec))
    .flatMap((spec): Resolved[] => {
      const base = resolveComponent(root, file, spec);
      return base ? componentFiles(base).map((f) => ({ file: f, spec })) : [{ file: null, spec }];
    });
}

function dependencies(root: string, file: string): Resolved[] | null {
  switch (extname(file)) {
    case '.json':
      return jsonDependencies(root, file);
    case '.wxml':
      return wxmlSources(markupForScanning(file)).map(({ tag, src }) => ({
        file: resolveAsset(root, file, src, tag === 'wxs' ? '.wxs' : '.wxml'),
        spec: src,
      }));
    case '.wxss':
      return wxssImports(markupForScanning(file)).map((spec) => ({ file: resolveAsset(root, file, spec, '.wxss'), spec }));
    case '.wxs':
      return moduleSpecifiers(scriptForScanning(file)).map((spec) => ({ file: resolveAsset(root, file, spec, '.wxs'), spec }));
    case '.ts':
    case '.js':
      return moduleSpecifiers(scriptForScanning(file)).map((spec) => ({ file: resolveModule(root, file, spec), spec }));
    default:
      return [];
  }
}

/** Every file reachable from `start` (absolute paths), and the references that resolve to nothing. */
export function reachableFrom(miniprogramRoot: string, start: string[]): { files: Set<string>; unresolved: string[] } {
  const root = resolve(miniprogramRoot);
  const rel = (file: string): string => relative(root, file).split(sep).join('/');
  const reached = new Set<string>();
  const queue: string[] = [];
  const add = (file: string): void => {
    if (!reached.has(file)) {
      reached.add(file);
      queue.push(file);
    }
  };
  const unresolved: string[] = [];
  start.forEach(add);
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const deps = dependencies(root, file);
    if (deps === null) unresolved.push(`${rel(file)} → invalid JSON`);
    for (const dep of deps ?? []) {
      if (dep.file) add(dep.file);
      else unresolved.push(`${rel(file)} → ${dep.spec}`);
    }
  }
  return { files: reached, unresolved };
}

export function collectReachableFiles(miniprogramRoot: string, config: AppConfig): DependencyGraph {
  const root = resolve(miniprogramRoot);
  const rel = (file: string): string => relative(root, file).split(sep).join('/');
  const start: string[] = rootFiles(config)
    .map((name) => join(root, name))
    .filter(isFile);
  const missingPages: string[] = [];
  const appScript = [join(root, 'app.ts'), join(root, 'app.js')].find(isFile);
  if (appScript) start.push(appScript);
  if (config.customTabBar) start.push(...componentFiles(join(root, 'custom-tab-bar', 'index')));
  for (const page of pagePaths(config)) {
    const files = componentFiles(join(root, page));
    if (files.length === 0) missingPages.push(page);
    start.push(...files);
  }
  const { files, unresolved } = reachableFrom(root, start);
  return { files: Array.from(files, rel).sort(), missingPages, unresolved };
}
