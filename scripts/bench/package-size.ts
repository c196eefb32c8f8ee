/**
 * Main package and subpackage sizes as WeChat ships them: only files reachable from app.json,
 * each `.ts` counted as its type-stripped JavaScript. Files under a subpackage root count in that
 * subpackage; every other reached file counts once in the main package.
 */
import { join, resolve } from 'node:path';
import { readAppConfig } from './app-config';
import { collectReachableFiles } from './dependency-graph';
import { shippedBytes } from './shipped-source';

export interface MeasuredFile {
  /** Relative to the miniprogram root, '/' separators; `.ts` files keep their source name. */
  path: string;
  bytes: number;
}

export interface PackageSize {
  name: string;
  /** Subpackage root ('' for the main package). */
  root: string;
  /** Sorted by path. */
  files: MeasuredFile[];
  bytes: number;
}

export interface PackageSizes {
  main: PackageSize;
  subpackages: PackageSize[];
  totalBytes: number;
  missingPages: string[];
  unresolved: string[];
}

function emptyPackage(name: string, root: string): PackageSize {
  return { name, root, files: [], bytes: 0 };
}

export function measurePackages(miniprogramRoot: string): PackageSizes {
  const root = resolve(miniprogramRoot);
  const config = readAppConfig(root);
  const graph = collectReachableFiles(root, config);
  const main = emptyPackage('main', '');
  const subpackages = config.subpackages.map((s) => emptyPackage(s.name, s.root));
  for (const path of graph.files) {
    const pkg = subpackages.find((s) => path.startsWith(`${s.root}/`)) ?? main;
    const bytes = shippedBytes(join(root, path));
    pkg.files.push({ path, bytes });
    pkg.bytes += bytes;
  }
  const totalBytes = [main, ...subpackages].reduce((sum, p) => sum + p.bytes, 0);
  return { main, subpackages, totalBytes, missingPages: graph.missingPages, unresolved: graph.unresolved };
}
