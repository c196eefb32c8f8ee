/** The package-size benchmark: the per-package table, the largest main-package files, warnings. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cloudFunctionLines } from './cloud-function-size';
import { kb, table } from './format';
import { measurePackages, type PackageSize, type PackageSizes } from './package-size';

export const PACKAGE_LIMIT_KB = 2048;
export const MAIN_GOAL_KB = 600;
/** What the main package may weigh (no worse than ~330 KB, docs/package-size.md); tests/unit/package-size.test.ts holds it. */
export const MAIN_BUDGET_KB = 330;

function status(bytes: number, limitKb: number): string {
  return bytes / 1024 < limitKb ? 'OK' : 'OVER';
}

function packageRow(pkg: PackageSize, goal: string): string[] {
  return [pkg.name, String(pkg.files.length), kb(pkg.bytes), `${PACKAGE_LIMIT_KB} ${status(pkg.bytes, PACKAGE_LIMIT_KB)}`, goal];
}

export function packageSizeLines(sizes: PackageSizes): string[] {
  const { main, subpackages } = sizes;
  const fileCount = [main, ...subpackages].reduce((n, p) => n + p.files.length, 0);
  const rows = [
    ['package', 'files', 'KB', 'limit KB', 'goal'],
    packageRow(
      main,
      `< ${MAIN_GOAL_KB} KB ${status(main.bytes, MAIN_GOAL_KB)}, budget ≤ ${MAIN_BUDGET_KB} KB ${main.bytes / 1024 <= MAIN_BUDGET_KB ? 'OK' : 'OVER'}`,
    ),
    ...subpackages.map((s) => packageRow(s, '')),
    ['total', String(fileCount), kb(sizes.totalBytes), '', ''],
  ];
  const ownNpm = subpackages
    .map((s) => ({ name: s.name, bytes: s.files.filter((f) => f.path.startsWith(`${s.root}/miniprogram_npm/`)).reduce((n, f) => n + f.bytes, 0) }))
    .filter((s) => s.bytes > 0);
  const largest = [...main.files].sort((a, b) => b.bytes - a.bytes).slice(0, 10);
  const lines = [
    'Packages as shipped (lazyCodeLoading: requiredComponents, unused files filtered, .ts as stripped JS):',
    ...table(rows, [1, 2]).map((l) => `  ${l}`),
    `Subpackages' own miniprogram_npm (Vant only they use, scripts/npm-placement.ts): ${ownNpm.map((s) => `${s.name} ${kb(s.bytes)} KB`).join(', ') || 'none'}`,
    'Largest files of the main package:',
    ...table(
      largest.map((f) => [kb(f.bytes), 'KB', f.path]),
      [0],
    ).map((l) => `  ${l}`),
  ];
  if (sizes.missingPages.length > 0) lines.push(`Pages in app.json without files: ${sizes.missingPages.join(', ')}`);
  if (sizes.unresolved.length > 0) lines.push('Unresolved references:', ...sizes.unresolved.map((u) => `  ${u}`));
  return lines;
}

export function packageSizeBench(repoRoot: string): string[] {
  const miniprogramRoot = join(repoRoot, 'miniprogram');
  const warning = existsSync(join(miniprogramRoot, 'miniprogram_npm'))
    ? []
    : ['miniprogram/miniprogram_npm is missing: run `npm run build:npm` first; npm components are not counted.'];
  return [...warning, ...packageSizeLines(measurePackages(miniprogramRoot)), '', ...cloudFunctionLines(join(repoRoot, 'cloudfunctions'))];
}
