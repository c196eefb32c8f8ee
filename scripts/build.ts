/**
 * `npm run build`: bundles each cloud function (esbuild, CommonJS, wx-server-sdk left to the
 * function's own package.json), writes the database indexes to create in the console, and packs
 * the mini program's npm packages.
 */
import { mkdirSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { collections } from '../backend/collections';
import { packNpm } from './pack-npm';

const root = join(__dirname, '..');
const functionsDir = join(root, 'cloudfunctions');

export async function bundleFunctions(): Promise<Array<{ name: string; bytes: number }>> {
  const names = readdirSync(functionsDir).filter((n) => existsSync(join(functionsDir, n, 'index.ts')));
  const sizes: Array<{ name: string; bytes: number }> = [];
  for (const name of names) {
    const result = await build({
      entryPoints: [join(functionsDir, name, 'index.ts')],
      outfile: join(functionsDir, name, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: ['wx-server-sdk'],
      minify: false,
      metafile: true,
      logLevel: 'warning',
    });
    const out = Object.values(result.metafile.outputs)[0];
    sizes.push({ name, bytes: out ? out.bytes : 0 });
  }
  return sizes;
}

function writeIndexes(): void {
  mkdirSync(join(root, 'database'), { recursive: true });
  writeFileSync(join(root, 'database', 'indexes.json'), JSON.stringify(collections, null, 2) + '\n');
}

async function main(): Promise<void> {
  const sizes = await bundleFunctions();
  sizes.forEach((s) => console.log(`cloudfunctions/${s.name}/index.js  ${(s.bytes / 1024).toFixed(1)} KB`));
  writeIndexes();
  await packNpm();
  console.log('miniprogram_npm packed; database/indexes.json written');
}

if (process.argv[1] === __filename) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
