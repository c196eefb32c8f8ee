/** Sizes of the bundled cloud functions (cloudfunctions/<name>/index.js, written by `npm run build`). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { kb, table } from './format';

export function cloudFunctionLines(functionsDir: string): string[] {
  const names = existsSync(functionsDir)
    ? readdirSync(functionsDir).filter((n) => existsSync(join(functionsDir, n, 'index.ts')) || existsSync(join(functionsDir, n, 'index.js')))
    : [];
  const built = names.filter((n) => existsSync(join(functionsDir, n, 'index.js')));
  if (built.length === 0) return ['Cloud functions: no bundled cloudfunctions/*/index.js — run `npm run build` to bundle them.'];
  const rows = names.map((n) => {
    const file = join(functionsDir, n, 'index.js');
    return existsSync(file) ? [`cloudfunctions/${n}/index.js`, kb(statSync(file).size), 'KB'] : [`cloudfunctions/${n}`, 'not built', ''];
  });
  return ['Cloud functions (bundled):', ...table(rows, [1]).map((l) => `  ${l}`)];
}
