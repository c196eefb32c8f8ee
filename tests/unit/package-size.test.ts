import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { transformSync } from 'esbuild';
import { measurePackages, type PackageSize } from '../../scripts/bench/package-size';

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

const realRoot = join(__dirname, '..', '..', 'miniprogram');
const vantRoot = join(realRoot, 'miniprogram_npm', '@vant', 'weapp');

function appJsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'miniprogram_npm' || name === 'node_modules' ? [] : appJsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

function usingComponentValues(file: string): string[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || !('usingComponents' in parsed)) return [];
  const using = parsed.usingComponents;
  return typeof using === 'object' && using !== null ? Object.values(using).filter((v): v is string => typeof v === 'string') : [];
}

/** Vant components the app's own json files use, closed over Vant's internal `../x/index` uses. */
function vantComponentsInUse(): Set<string> {
  const used = new Set<string>();
  const queue = appJsonFiles(realRoot)
    .flatMap(usingComponentValues)
    .flatMap((v) => /^@vant\/weapp\/([^/]+)\/index$/.exec(v)?.[1] ?? []);
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (used.has(name)) continue;
    used.add(name);
    const json = join(vantRoot, name, 'index.json');
    if (existsSync(json)) queue.push(...usingComponentValues(json).flatMap((v) => /^\.\.\/([^/]+)\/index$/.exec(v)?.[1] ?? []));
  }
  return used;
}

describe('measurePackages on the real mini program', () => {
  beforeAll(async () => {
    if (!existsSync(vantRoot)) await (await import('../../scripts/pack-npm')).packNpm();
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

  it('ships Vant button files only if some page or component uses van-button', () => {
    const sizes = measurePackages(realRoot);
    const buttonFiles = paths(sizes.main).filter((p) => p.startsWith('miniprogram_npm/@vant/weapp/button/'));
    const inUse = vantComponentsInUse();
    const usesButton = inUse.has('button');
    expect(buttonFiles.length > 0).toBe(usesButton);
    if (usesButton) expect(buttonFiles).toContain('miniprogram_npm/@vant/weapp/button/index.js');
    const actionSheet = paths(sizes.main).some((p) => p.startsWith('miniprogram_npm/@vant/weapp/action-sheet/'));
    expect(actionSheet).toBe(inUse.has('action-sheet'));
  });
});
