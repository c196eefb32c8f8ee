/**
 * `npm run build`: bundles each cloud function (esbuild, CommonJS, wx-server-sdk left to the
 * function's own package.json), writes the database indexes to create in the console, and packs
 * the mini program's npm packages.
 */
import { cpSync, mkdirSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { collections } from '../backend/collections';
import { packNpm } from './pack-npm';

const root = join(__dirname, '..');
const functionsDir = join(root, 'cloudfunctions');

/**
 * Files a function reads at run time beside its index.js (esbuild bundles JavaScript only): the
 * invoice PDF font and its licence, read from `fonts/` next to the module that renders invoices.
 */
const functionAssets: Record<string, Array<{ from: string; to: string; keep: RegExp }>> = {
  invoices: [{ from: 'backend/adapters/pdf/fonts', to: 'fonts', keep: /\.(ttf|txt)$/ }],
};

/**
 * Modules bundled into a file of their own beside index.js, which requires them on first use
 * (backend/adapters/pdf/lazy.ts): the invoice renderer with pdf-lib and fontkit, so that the
 * `invoices` function loads without parsing them.
 */
const splitModules: Record<string, Array<{ entry: string; file: string; request: RegExp }>> = {
  invoices: [{ entry: 'backend/adapters/pdf/invoice-pdf.ts', file: 'invoice-pdf.js', request: /^\.\/invoice-pdf$/ }],
  consult: [{ entry: 'backend/domain/online/consult-red-flags.ts', file: 'consult-red-flags.js', request: /^\.\.\/\.\.\/domain\/online\/consult-red-flags$/ }],
};

/**
 * The invoice renderer is an adapter every function's ports carry (backend/adapters/pdf/lazy.ts), but
 * only the `invoices` function renders invoices and ships the file: the others leave the request out.
 */
const invoiceRenderer = splitModules.invoices?.[0];

function keepSplit(name: string): Plugin {
  const splits = [...(splitModules[name] ?? []), ...(invoiceRenderer && name !== 'invoices' ? [invoiceRenderer] : [])];
  return {
    name: 'keep-split-modules',
    setup(b) {
      for (const split of splits) b.onResolve({ filter: split.request }, () => ({ path: `./${split.file}`, external: true }));
    },
  };
}

/**
 * zod re-exports every one of its ~50 message locales (`z.locales`) from its entry, and esbuild keeps
 * them all: 259 KB of each bundle that nothing here uses (messages are Chinese, written in
 * backend/handlers/framework/validation.ts; zod's own default, English, is imported by its schemas
 * directly). The namespace is left empty.
 */
const noZodLocales: Plugin = {
  name: 'no-zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'no-zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-zod-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node16',
  format: 'cjs',
  external: ['wx-server-sdk'],
  minify: true,
  /** Chinese text as UTF-8, not \uXXXX escapes: a third of the bytes (triage's learned reader is mostly Chinese). */
  charset: 'utf8',
  keepNames: true,
  logLevel: 'warning',
};

/** Bundles each cloud function into `<outDir>/<name>/index.js` (by default beside its index.ts), with its assets. */
export async function bundleFunctions(outDir = functionsDir): Promise<Array<{ name: string; bytes: number }>> {
  const names = readdirSync(functionsDir).filter((n) => existsSync(join(functionsDir, n, 'index.ts')));
  const sizes: Array<{ name: string; bytes: number }> = [];
  for (const name of names) {
    const result = await build({
      ...common,
      entryPoints: [join(functionsDir, name, 'index.ts')],
      outfile: join(outDir, name, 'index.js'),
      metafile: true,
      plugins: [keepSplit(name), noZodLocales],
    });
    for (const split of splitModules[name] ?? [])
      await build({ ...common, entryPoints: [join(root, split.entry)], outfile: join(outDir, name, split.file), plugins: [noZodLocales] });
    for (const asset of functionAssets[name] ?? []) {
      const from = join(root, asset.from);
      cpSync(from, join(outDir, name, asset.to), { recursive: true, filter: (src) => src === from || asset.keep.test(src) });
    }
    const out = Object.values(result.metafile.outputs)[0];
    sizes.push({ name, bytes: out ? out.bytes : 0 });
  }
  return sizes;
}

const RULES_NOTE =
  "Paste each rule into the collection's 数据权限 → 自定义安全规则. Clients read and write nothing directly: every read and write goes through a cloud function, which applies the rules of backend/domain and the caller's roles.";

const STORAGE_NOTE =
  'Paste into 云存储 → 权限设置 → 自定义安全规则. Clients read and write no file directly: a cloud function stores every file and answers a temporary URL after checking the caller (docs/files.md).';

/** The collections' indexes, their security rules and the storage rule, to create in the cloud console. */
export function writeDatabaseFiles(): void {
  const dir = join(root, 'database');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'indexes.json'), JSON.stringify(collections, null, 2) + '\n');
  const rules = Object.fromEntries(Object.keys(collections).map((c) => [c, { read: false, write: false }]));
  writeFileSync(join(dir, 'security-rules.json'), JSON.stringify({ description: RULES_NOTE, rules }, null, 2) + '\n');
  writeFileSync(join(dir, 'storage-rules.json'), JSON.stringify({ description: STORAGE_NOTE, read: false, write: false }, null, 2) + '\n');
}

async function main(): Promise<void> {
  const sizes = await bundleFunctions();
  sizes.forEach((s) => console.log(`cloudfunctions/${s.name}/index.js  ${(s.bytes / 1024).toFixed(1)} KB`));
  writeDatabaseFiles();
  await packNpm();
  console.log('miniprogram_npm packed; database/indexes.json, security-rules.json and storage-rules.json written');
}

if (process.argv[1] === __filename) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
