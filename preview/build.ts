/**
 * Builds the browser preview of the mini program into preview/dist (served at /preview/ by the
 * emulator). What ships to WeChat is what renders here:
 * - WXML: compiled by the official compiler (wcc, miniprogram-compiler `wxmlToJs`) → dist/gwx.js
 * - WXSS: compiled by the official compiler (wcsc, `wxssToJs`) → dist/wxss.js; the runtime inserts each
 *   file with its component's class prefix and turns rpx into px for a 375 px wide screen
 * - TypeScript/JS of every page and component (Vant from miniprogram/miniprogram_npm), bundled with the
 *   host runtime (j-component + miniprogram-exparser, wx APIs, router, stand-ins) → dist/runtime.js
 *
 * `tsx preview/build.ts` (also run by `npm start` and the browser tests). About a second.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { wxmlToJs, wxssToJs } from 'miniprogram-compiler';
import { isPluginPath, resolveComponent as resolveUsing, resolveModule } from '../scripts/bench/resolve';
import { patchPlugin } from './patches';
import { PREVIEW_DIST } from './paths';

export const ROOT = join(__dirname, '..');
export const MINIPROGRAM = join(ROOT, 'miniprogram');
export { PREVIEW_DIST };

/** What the runtime knows about one page or component. */
export interface ComponentMeta {
  /** Path from the miniprogram root without extension, e.g. `pages/home/index`. */
  path: string;
  /** j-component / exparser id. */
  id: string;
  /** Class prefix of its WXSS and template (`c12` → `c12--name`). */
  prefix: string;
  /** usingComponents: tag → component path. */
  using: Record<string, string>;
  page: boolean;
  hasWxss: boolean;
  /** componentPlaceholder and other JSON fields the runtime reads (pages: the window settings). */
  config: Record<string, unknown>;
}

export interface AppManifest {
  app: {
    pages: string[];
    tabBar?: {
      color?: string;
      selectedColor?: string;
      backgroundColor?: string;
      borderStyle?: string;
      list: Array<{ pagePath: string; text: string; iconPath?: string; selectedIconPath?: string }>;
    };
    window: Record<string, unknown>;
    style?: string;
  };
  components: Record<string, ComponentMeta>;
  /** Remote font files of the app's WXSS → the copy served with the preview (e.g. Vant's icon font). */
  fonts: Record<string, string>;
  builtAt: string;
}

interface AppJson {
  pages: string[];
  subpackages?: Array<{ root: string; pages: string[] }>;
  subPackages?: Array<{ root: string; pages: string[] }>;
  window?: Record<string, unknown>;
  tabBar?: AppManifest['app']['tabBar'];
  usingComponents?: Record<string, string>;
  style?: string;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Every page of app.json, subpackages included, as paths from the miniprogram root. */
export function appPages(app: AppJson = readJson<AppJson>(join(MINIPROGRAM, 'app.json'))): string[] {
  const subs = app.subpackages ?? app.subPackages ?? [];
  return [...app.pages, ...subs.flatMap((s) => s.pages.map((p) => posix.join(s.root, p)))];
}

/** The official compilers answer through stdout; the whole app is far past their 1 MB default. */
const COMPILER_BUFFER = 256 * 1024 * 1024;

const fromMiniprogram = (file: string): string => relative(MINIPROGRAM, file).split(sep).join('/');

/**
 * Resolves a usingComponents value as WeChat does: absolute, relative, or an npm package in the
 * nearest miniprogram_npm from the using file's folder up to the root (a subpackage's own Vant
 * components, scripts/npm-placement.ts); the same lookup as the package-size bench.
 */
function resolveComponent(from: string, value: string): string | null {
  if (isPluginPath(value)) return null;
  const found = resolveUsing(MINIPROGRAM, join(MINIPROGRAM, `${from}.json`), value);
  return found && existsSync(`${found}.json`) ? fromMiniprogram(found) : null;
}

function scriptOf(path: string): string | null {
  for (const ext of ['.ts', '.js']) if (existsSync(join(MINIPROGRAM, path + ext))) return join(MINIPROGRAM, path + ext);
  return null;
}

/** Walks from the pages through usingComponents; ids and prefixes are assigned in a stable order. */
export function collectComponents(): { app: AppJson; components: Record<string, ComponentMeta>; missing: string[] } {
  const app = readJson<AppJson>(join(MINIPROGRAM, 'app.json'));
  const pages = appPages(app);
  const components: Record<string, ComponentMeta> = {};
  const missing: string[] = [];
  const order: string[] = [];
  const queue: Array<{ path: string; page: boolean }> = pages.map((p) => ({ path: p, page: true }));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const { path, page } = queue.shift() as { path: string; page: boolean };
    if (seen.has(path)) continue;
    seen.add(path);
    const jsonFile = join(MINIPROGRAM, `${path}.json`);
    if (!existsSync(jsonFile) || !existsSync(join(MINIPROGRAM, `${path}.wxml`)) || !scriptOf(path)) {
      missing.push(path);
      continue;
    }
    const json = readJson<Record<string, unknown> & { usingComponents?: Record<string, string> }>(jsonFile);
    const using: Record<string, string> = {};
    const declared = { ...(app.usingComponents ?? {}), ...(json.usingComponents ?? {}) };
    for (const [tag, value] of Object.entries(declared)) {
      const target = resolveComponent(path, value);
      if (!target) {
        missing.push(`${path} → ${tag}: ${value}`);
        continue;
      }
      using[tag] = target;
      queue.push({ path: target, page: false });
    }
    const { usingComponents: _ignored, ...config } = json;
    void _ignored;
    components[path] = {
      path,
      id: '',
      prefix: '',
      using,
      page,
      hasWxss: existsSync(join(MINIPROGRAM, `${path}.wxss`)),
      config,
    };
    order.push(path);
  }
  order.sort().forEach((path, i) => {
    const meta = components[path];
    meta.id = `pz${i.toString(36)}`;
    meta.prefix = meta.page ? `p${i.toString(36)}` : `c${i.toString(36)}`;
  });
  return { app, components, missing };
}

function listFiles(dir: string, ext: string, base = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, ext, base));
    else if (entry.name.endsWith(ext)) out.push(relative(base, full).split('\\').join('/'));
  }
  return out.sort();
}

/** The module table the runtime loads pages and components from (each evaluated on first use). */
function appModuleSource(manifest: AppManifest): string {
  const lines = Object.values(manifest.components).map((c) => {
    const file = scriptOf(c.path) as string;
    return `  ${JSON.stringify(c.path)}: () => require(${JSON.stringify(file)}),`;
  });
  const appScript = scriptOf('app');
  return [
    `export const manifest = ${JSON.stringify(manifest)};`,
    `export const appModule = ${appScript ? `() => require(${JSON.stringify(appScript)})` : 'null'};`,
    'export const modules = {',
    ...lines,
    '};',
  ].join('\n');
}

/** Bare imports of the app resolve to the nearest miniprogram_npm, as in WeChat (one copy of mobx for all pages). */
function miniprogramNpmPlugin(): Plugin {
  return {
    name: 'miniprogram-npm',
    setup(b) {
      b.onResolve({ filter: /^pz:app$/ }, () => ({ path: 'pz:app', namespace: 'pz-app' }));
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (!args.importer.startsWith(MINIPROGRAM)) return undefined;
        const found = resolveModule(MINIPROGRAM, args.importer, args.path);
        return found && fromMiniprogram(found).split('/').includes('miniprogram_npm') ? { path: found } : undefined;
      });
    },
  };
}

/** Copies the Vant icon font when @vant/icons holds the build Vant Weapp's WXSS names. */
function vantIconFont(stage: string, manifest: AppManifest): string | null {
  const wxss = join(MINIPROGRAM, 'miniprogram_npm', '@vant', 'weapp', 'icon', 'index.wxss');
  if (!existsSync(wxss)) return null;
  const remote = /\/\/at\.alicdn\.com\/t\/c\/(font_[0-9]+_[a-z0-9]+)\.woff2/.exec(readFileSync(wxss, 'utf8'));
  if (!remote) return null;
  let source: string;
  try {
    source = readFileSync(join(ROOT, 'node_modules', '@vant', 'icons', 'src', 'encode-woff2.less'), 'utf8');
  } catch {
    return `Vant icons load from at.alicdn.com (install @vant/icons to serve them locally)`;
  }
  if (!source.includes(remote[1])) return `@vant/icons does not hold ${remote[1]}: Vant icons load from at.alicdn.com`;
  const data = /data:font\/woff2;charset=utf-8;base64,([A-Za-z0-9+/=]+)/.exec(source);
  if (!data) return 'no woff2 in @vant/icons';
  mkdirSync(join(stage, 'fonts'), { recursive: true });
  writeFileSync(join(stage, 'fonts', `${remote[1]}.woff2`), Buffer.from(data[1], 'base64'));
  manifest.fonts[remote[1]] = `fonts/${remote[1]}.woff2`;
  return null;
}

export interface BuildResult {
  dir: string;
  ms: number;
  pages: number;
  components: number;
  missing: string[];
  bytes: Record<string, number>;
}

/**
 * Builds into a fresh folder and swaps it in, so a server (or a parallel test) never sees half a build.
 */
export async function buildPreview(options: { outDir?: string; quiet?: boolean } = {}): Promise<BuildResult> {
  const started = Date.now();
  const outDir = options.outDir ?? PREVIEW_DIST;
  if (!existsSync(join(MINIPROGRAM, 'miniprogram_npm', '@vant', 'weapp', 'button', 'index.js'))) {
    const { packNpm } = await import('../scripts/pack-npm');
    await packNpm();
  }
  const { app, components, missing } = collectComponents();
  const manifest: AppManifest = {
    app: { pages: appPages(app), tabBar: app.tabBar, window: app.window ?? {}, style: app.style },
    components,
    fonts: {},
    builtAt: new Date().toISOString(),
  };

  const stage = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(stage, { recursive: true });
  try {
    // WXML → $gwx (official compiler).
    const wxml = wxmlToJs(MINIPROGRAM, { maxBuffer: COMPILER_BUFFER });
    writeFileSync(join(stage, 'gwx.js'), `window.__pzGwx = (function () {\n${wxml}\n})();\n`);

    // WXSS → setCssToHead table (official compiler); paths with "./" so :host selectors name the component.
    const wxssList = listFiles(MINIPROGRAM, '.wxss').map((f) => `./${f}`);
    const wxss = wxssToJs(MINIPROGRAM, { wxssList, maxBuffer: COMPILER_BUFFER });
    writeFileSync(join(stage, 'wxss.js'), `window.__pzWxss = (function () {\n${wxss}\n})();\n`);

    // Vant's icon font is fetched from at.alicdn.com in WeChat; the preview serves the same font
    // (the same iconfont build, embedded in @vant/icons) so it works offline.
    const fontNote = vantIconFont(stage, manifest);
    if (fontNote && !options.quiet) console.log(`preview: ${fontNote}`);

    // Runtime + app code.
    await build({
      entryPoints: [join(__dirname, 'runtime', 'main.ts')],
      outfile: join(stage, 'runtime.js'),
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      sourcemap: 'linked',
      charset: 'utf8',
      logLevel: options.quiet ? 'silent' : 'warning',
      define: { global: 'globalThis', 'process.env.NODE_ENV': '"development"' },
      plugins: [
        miniprogramNpmPlugin(),
        patchPlugin(),
        {
          name: 'pz-app',
          setup(b) {
            b.onLoad({ filter: /.*/, namespace: 'pz-app' }, () => ({ contents: appModuleSource(manifest), loader: 'js', resolveDir: MINIPROGRAM }));
          },
        },
      ],
    });

    // Static host files and the app's own images (what <image src="/…"> points at).
    cpSync(join(__dirname, 'static'), stage, { recursive: true });
    const assets = join(stage, 'app');
    for (const file of listFiles(MINIPROGRAM, '')) {
      if (!/\.(png|jpe?g|gif|svg|webp|mp4|mp3)$/i.test(file) || file.split('/').includes('miniprogram_npm')) continue;
      mkdirSync(dirname(join(assets, file)), { recursive: true });
      cpSync(join(MINIPROGRAM, file), join(assets, file));
    }
    writeFileSync(join(stage, 'manifest.json'), JSON.stringify({ builtAt: manifest.builtAt, pages: manifest.app.pages, missing }, null, 2));

    const old = `${outDir}.old-${process.pid}-${Date.now()}`;
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(stage, outDir);
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(stage, { recursive: true, force: true });
    throw e;
  }

  const bytes: Record<string, number> = {};
  for (const f of ['runtime.js', 'gwx.js', 'wxss.js']) bytes[f] = statSync(join(outDir, f)).size;
  const result: BuildResult = {
    dir: outDir,
    ms: Date.now() - started,
    pages: manifest.app.pages.length,
    components: Object.keys(components).length,
    missing,
    bytes,
  };
  if (!options.quiet) {
    const kb = (n: number) => `${Math.round(n / 1024)} KB`;
    console.log(
      `preview built in ${result.ms} ms: ${result.pages} pages, ${result.components} pages and components ` +
        `(runtime ${kb(bytes['runtime.js'])}, wxml ${kb(bytes['gwx.js'])}, wxss ${kb(bytes['wxss.js'])}) → ${relative(ROOT, outDir)}/`,
    );
    if (missing.length > 0) console.log(`preview: not yet complete, skipped: ${missing.join(', ')}`);
  }
  return result;
}

if (process.argv[1] === __filename) {
  buildPreview().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
