import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { transformSync } from 'esbuild';
import { measurePackages, type PackageSize } from '../../scripts/bench/package-size';
import { MAIN_BUDGET_KB } from '../../scripts/bench/package-size-report';
import { placeVant, planVantPlacement } from '../../scripts/npm-placement';

const UTIL_TS = 'export interface Point { x: number; y: number }\nexport const origin: Point = { x: 0, y: 0 };\n';

const fixture: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/a/index'], subpackages: [{ root: 'sub/', name: 'sub', pages: ['b/index'] }] }),
  'app.ts': "import { origin } from './util';\nApp({ origin });\n",
  'app.wxss': "@import './styles/base.wxss';\n",
  'styles/base.wxss': 'page { color: #333; }\n',
  'sitemap.json': '{"rules":[]}',
  'util.ts': UTIL_TS,
  'unused.ts': 'export const nobody = 1;\n',
  'pages/a/index.json': '{"usingComponents":{"card":"/components/card/index"}}',
  'pages/a/index.wxml': '<card />\n<!-- <include src="./ghost.wxml" /> -->\n',
  'pages/a/index.wxss': '',
  'pages/a/index.ts':
    "import { observable } from 'mobx-miniprogram';\nimport type { Point } from '../../util';\nconst p: Point | null = null;\nPage({ data: { p, o: observable({}) } });\n",
  'components/card/index.json': '{"component":true,"usingComponents":{"van-tag":"@vant/weapp/tag/index"}}',
  'components/card/index.wxml': '<wxs src="./fmt.wxs" module="fmt" />\n<van-tag>{{fmt.label()}}</van-tag>\n',
  'components/card/index.js': 'Component({});\n',
  'components/card/fmt.wxs': "var pad = require('./pad.wxs');\nmodule.exports = { label: function () { return pad.p('x'); } };\n",
  'components/card/pad.wxs': 'module.exports = { p: function (s) { return s; } };\n',
  'components/unused/index.json': '{"component":true}',
  'components/unused/index.wxml': '<view />\n',
  'components/unused/index.js': 'Component({});\n',
  'miniprogram_npm/@vant/weapp/tag/index.json': '{"component":true,"usingComponents":{"van-icon":"../icon/index"}}',
  'miniprogram_npm/@vant/weapp/tag/index.wxml': '<van-icon />\n',
  'miniprogram_npm/@vant/weapp/tag/index.wxss': "@import '../common/index.wxss';.van-tag{}",
  'miniprogram_npm/@vant/weapp/tag/index.js': 'var c = require("../common/component");\n(0, c.VantComponent)({});\n',
  'miniprogram_npm/@vant/weapp/icon/index.json': '{"component":true}',
  'miniprogram_npm/@vant/weapp/icon/index.wxml': '<view />\n',
  'miniprogram_npm/@vant/weapp/icon/index.js': 'Component({});\n',
  'miniprogram_npm/@vant/weapp/common/component.js': 'exports.VantComponent = function () {};\n',
  'miniprogram_npm/@vant/weapp/common/index.wxss': '.van-ellipsis{}',
  'miniprogram_npm/@vant/weapp/button/index.json': '{"component":true}',
  'miniprogram_npm/@vant/weapp/button/index.wxml': '<button />\n',
  'miniprogram_npm/@vant/weapp/button/index.js': 'Component({});\n',
  'miniprogram_npm/mobx-miniprogram/index.js': 'exports.observable = function (o) { return o; };\n',
  'sub/b/index.json': '{}',
  'sub/b/index.wxml': '<view />\n',
  'sub/b/index.ts': "import { origin } from '../../util';\nimport { helper } from './helper';\nPage({ data: { origin, h: helper } });\n",
  'sub/b/helper.ts': 'export const helper: string = "h";\n',
  'sub/b/orphan.ts': 'export const orphan = 1;\n',
};

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const paths = (pkg: PackageSize): string[] => pkg.files.map((f) => f.path);

describe('measurePackages on a fixture tree', () => {
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'peizhen-size-'));
    writeTree(root, fixture);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('counts exactly the files reachable from app.json, each once, in its package', () => {
    const sizes = measurePackages(root);
    expect(paths(sizes.main)).toEqual([
      'app.json',
      'app.ts',
      'app.wxss',
      'components/card/fmt.wxs',
      'components/card/index.js',
      'components/card/index.json',
      'components/card/index.wxml',
      'components/card/pad.wxs',
      'miniprogram_npm/@vant/weapp/common/component.js',
      'miniprogram_npm/@vant/weapp/common/index.wxss',
      'miniprogram_npm/@vant/weapp/icon/index.js',
      'miniprogram_npm/@vant/weapp/icon/index.json',
      'miniprogram_npm/@vant/weapp/icon/index.wxml',
      'miniprogram_npm/@vant/weapp/tag/index.js',
      'miniprogram_npm/@vant/weapp/tag/index.json',
      'miniprogram_npm/@vant/weapp/tag/index.wxml',
      'miniprogram_npm/@vant/weapp/tag/index.wxss',
      'miniprogram_npm/mobx-miniprogram/index.js',
      'pages/a/index.json',
      'pages/a/index.ts',
      'pages/a/index.wxml',
      'pages/a/index.wxss',
      'sitemap.json',
      'styles/base.wxss',
      'util.ts',
    ]);
    expect(sizes.subpackages.map((s) => [s.name, s.root])).toEqual([['sub', 'sub']]);
    expect(paths(sizes.subpackages[0]!)).toEqual(['sub/b/helper.ts', 'sub/b/index.json', 'sub/b/index.ts', 'sub/b/index.wxml']);
    expect(sizes.missingPages).toEqual([]);
    expect(sizes.unresolved).toEqual([]);
  });

  it('counts a .ts file as its type-stripped JavaScript and sums the bytes', () => {
    const sizes = measurePackages(root);
    const util = sizes.main.files.find((f) => f.path === 'util.ts');
    const stripped = Buffer.byteLength(transformSync(UTIL_TS, { loader: 'ts' }).code);
    expect(util?.bytes).toBe(stripped);
    expect(stripped).toBeLessThan(Buffer.byteLength(UTIL_TS));
    const wxml = sizes.main.files.find((f) => f.path === 'pages/a/index.wxml');
    expect(wxml?.bytes).toBe(Buffer.byteLength(fixture['pages/a/index.wxml'] ?? ''));
    const sum = (pkg: PackageSize): number => pkg.files.reduce((n, f) => n + f.bytes, 0);
    expect(sizes.main.bytes).toBe(sum(sizes.main));
    expect(sizes.totalBytes).toBe(sum(sizes.main) + sum(sizes.subpackages[0]!));
  });

  it('reports pages without files and references to nothing', () => {
    const broken = mkdtempSync(join(tmpdir(), 'peizhen-size-'));
    try {
      writeTree(broken, {
        'app.json': '{"pages":["pages/a/index","pages/gone/index"]}',
        'pages/a/index.json': '{"usingComponents":{"x":"./nowhere/index"}}',
        'pages/a/index.ts': "import { y } from './missing';\nPage({ y });\n",
      });
      const sizes = measurePackages(broken);
      expect(sizes.missingPages).toEqual(['pages/gone/index']);
      expect(sizes.unresolved.sort()).toEqual(['pages/a/index.json → ./nowhere/index', 'pages/a/index.ts → ./missing']);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

const vantFile = (name: string, json: string, js: string): Record<string, string> => ({
  [`miniprogram_npm/@vant/weapp/${name}/index.json`]: json,
  [`miniprogram_npm/@vant/weapp/${name}/index.wxml`]: '<view />\n',
  [`miniprogram_npm/@vant/weapp/${name}/index.js`]: js,
  [`miniprogram_npm/@vant/weapp/${name}/index.d.ts`]: 'export {};\n',
});
const NESTS_ICON = '{"component":true,"usingComponents":{"van-icon":"../icon/index"}}';
const USES_COMMON = 'require("../common/component");\n';
const page = (root: string, uses: string[]): Record<string, string> => ({
  [`${root}/index.json`]: JSON.stringify({ usingComponents: Object.fromEntries(uses.map((u) => [`van-${u}`, `@vant/weapp/${u}/index`])) }),
  [`${root}/index.wxml`]: '<view />\n',
  [`${root}/index.js`]: 'Page({});\n',
});

/** A packed Vant as miniprogram-ci leaves it (everything in the root) and pages of four packages. */
const placementFixture: Record<string, string> = {
  'app.json': JSON.stringify({
    pages: ['pages/a/index'],
    subpackages: ['s1', 's2', 's3'].map((root) => ({ root, pages: ['p/index'] })),
  }),
  ...page('pages/a', ['tag']),
  ...page('s1/p', ['rate', 'field']),
  ...page('s2/p', ['field', 'icon']),
  ...page('s3/p', ['field', 'checkbox']),
  ...vantFile('tag', NESTS_ICON, USES_COMMON),
  ...vantFile('rate', NESTS_ICON, USES_COMMON),
  ...vantFile('field', NESTS_ICON, USES_COMMON),
  ...vantFile('icon', '{"component":true}', 'Component({});\n'),
  ...vantFile('checkbox', '{"component":true}', 'Component({});\n'),
  ...vantFile('stepper', '{"component":true}', USES_COMMON),
  'miniprogram_npm/@vant/weapp/common/component.js': 'exports.VantComponent = function () {};\n',
  'miniprogram_npm/@vant/weapp/common/style/unused.wxss': '.x{}',
};

describe('placeVant: each Vant component in the package that uses it', () => {
  let root = '';
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'peizhen-place-'));
    writeTree(root, placementFixture);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const has = (path: string): boolean => existsSync(join(root, path));

  it('keeps in the root what main uses or three subpackages share, copies the rest into its subpackage', () => {
    expect(placeVant(root)).toEqual({ root: ['field', 'tag'], subpackages: { s1: ['rate'], s3: ['checkbox'] } });
    expect(has('miniprogram_npm/@vant/weapp/field/index.js')).toBe(true);
    expect(has('miniprogram_npm/@vant/weapp/icon/index.js')).toBe(true);
    for (const gone of ['rate', 'checkbox', 'stepper', 'common/style']) expect(has(`miniprogram_npm/@vant/weapp/${gone}`)).toBe(false);
    expect(has('miniprogram_npm/@vant/weapp/tag/index.d.ts')).toBe(false);
    for (const file of ['rate/index.js', 'rate/index.json', 'rate/index.wxml', 'icon/index.js', 'common/component.js']) {
      expect(has(`s1/miniprogram_npm/@vant/weapp/${file}`)).toBe(true);
    }
    expect(has('s1/miniprogram_npm/@vant/weapp/field')).toBe(false);
    expect(has('s2/miniprogram_npm')).toBe(false);
    expect(has('s3/miniprogram_npm/@vant/weapp/checkbox/index.js')).toBe(true);
  });

  it('counts the Vant a subpackage holds in that subpackage and resolves its pages there first', () => {
    placeVant(root);
    const sizes = measurePackages(root);
    expect(sizes.unresolved).toEqual([]);
    expect(paths(sizes.main).filter((p) => p.includes('/rate/') || p.includes('/checkbox/'))).toEqual([]);
    const s1 = sizes.subpackages.find((s) => s.root === 's1');
    expect(s1 && paths(s1)).toEqual(expect.arrayContaining(['s1/miniprogram_npm/@vant/weapp/rate/index.js', 's1/miniprogram_npm/@vant/weapp/icon/index.js']));
    expect(paths(sizes.main)).toEqual(expect.arrayContaining(['miniprogram_npm/@vant/weapp/field/index.js', 'miniprogram_npm/@vant/weapp/tag/index.js']));
  });

  it('reports a subpackage page whose component sits only in another subpackage as unresolved', () => {
    placeVant(root);
    writeTree(root, page('s2/p', ['field', 'rate']));
    expect(measurePackages(root).unresolved).toEqual(['s2/p/index.json → @vant/weapp/rate/index']);
  });

  it('places again from a fresh pack, dropping copies a subpackage no longer needs', () => {
    placeVant(root);
    writeTree(root, { ...placementFixture, ...page('s1/p', ['field']) });
    expect(placeVant(root).subpackages).toEqual({ s3: ['checkbox'] });
    expect(has('s1/miniprogram_npm')).toBe(false);
  });
});

const realRoot = join(__dirname, '..', '..', 'miniprogram');
const vantRoot = join(realRoot, 'miniprogram_npm', '@vant', 'weapp');

/** Vant component files of a package, as component names ('button' for …/@vant/weapp/button/index.js). */
function vantIn(pkg: PackageSize, npmRoot: string): string[] {
  const prefix = `${npmRoot}miniprogram_npm/@vant/weapp/`;
  return pkg.files.flatMap((f) => (f.path.startsWith(prefix) && f.path.endsWith('/index.json') ? [f.path.slice(prefix.length, -'/index.json'.length)] : []));
}

describe('measurePackages on the real mini program', () => {
  beforeAll(async () => {
    const plan = planVantPlacement(realRoot);
    const placed = existsSync(vantRoot) && Object.keys(plan.subpackages).every((r) => existsSync(join(realRoot, r, 'miniprogram_npm')));
    if (!placed) await (await import('../../scripts/pack-npm')).packNpm();
  }, 60_000);

  it('reports every subpackage of app.json and files under a subpackage root only there', () => {
    const app: unknown = JSON.parse(readFileSync(join(realRoot, 'app.json'), 'utf8'));
    const subs = typeof app === 'object' && app !== null && 'subpackages' in app && Array.isArray(app.subpackages) ? app.subpackages : [];
    const roots = subs.map((s: unknown) => (typeof s === 'object' && s !== null && 'root' in s ? String(s.root) : ''));
    const sizes = measurePackages(realRoot);
    expect(sizes.subpackages.map((s) => s.root)).toEqual(roots.map((r) => r.replace(/^\/+|\/+$/g, '')));
    for (const sub of sizes.subpackages) {
      expect(sub.files.every((f) => f.path.startsWith(`${sub.root}/`))).toBe(true);
      expect(sizes.main.files.some((f) => f.path.startsWith(`${sub.root}/`))).toBe(false);
    }
    expect(paths(sizes.main)).toEqual(expect.arrayContaining(['app.json', 'app.ts', 'app.wxss', 'sitemap.json']));
  });

  it('leaves the subpackage miniprogram_npm folders it writes to git-ignore', () => {
    const placed = Object.keys(planVantPlacement(realRoot).subpackages).map((r) => `miniprogram/${r}/miniprogram_npm/@vant/weapp`);
    expect(placed.length).toBeGreaterThan(0);
    const ignored = execFileSync('git', ['check-ignore', ...placed], { cwd: join(realRoot, '..'), encoding: 'utf8' });
    expect(ignored.trim().split('\n')).toEqual(placed);
  });

  it(`keeps the main package within ${MAIN_BUDGET_KB} KB, and every page's components resolve`, () => {
    const sizes = measurePackages(realRoot);
    expect(sizes.missingPages).toEqual([]);
    expect(sizes.unresolved).toEqual([]);
    expect(sizes.main.bytes / 1024).toBeLessThanOrEqual(MAIN_BUDGET_KB);
  });

  it('ships in the main package the Vant the root keeps, and in a subpackage its own from its own folder', () => {
    const plan = planVantPlacement(realRoot);
    const sizes = measurePackages(realRoot);
    const mainVant = vantIn(sizes.main, '');
    expect(mainVant).toEqual(expect.arrayContaining(plan.root));
    for (const sub of sizes.subpackages) {
      const own = plan.subpackages[sub.root] ?? [];
      expect(vantIn(sub, `${sub.root}/`)).toEqual(expect.arrayContaining(own));
      for (const name of own) expect(mainVant).not.toContain(name);
    }
  });
});
