/**
 * Packs the mini program's runtime packages into miniprogram/miniprogram_npm with miniprogram-ci
 * (what DevTools' "Build npm" does), so DevTools and the page tests need no manual step.
 * The packages are installed once, at the root; miniprogram-ci reads them from a staging folder
 * that holds miniprogram/package.json and copies of those packages (it does not follow links).
 * Then each Vant component goes to the package that uses it (scripts/npm-placement.ts,
 * docs/package-size.md): only subpackages' components move to `<subpackage root>/miniprogram_npm`.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { packNpmManually } from 'miniprogram-ci';
import { placeVant, type VantPlacement } from './npm-placement';

const root = join(__dirname, '..');

/**
 * Files the app requires by a path inside a package. WeChat's npm build packs only each package's
 * main entry; a require of 'pkg/sub' finds miniprogram_npm/pkg/sub.js when it is there. dayjs's
 * plugins are single self-contained files, so they are copied beside its entry.
 */
const SUBPATH_FILES = ['dayjs/plugin/utc.js'];

export async function packNpm(): Promise<VantPlacement> {
  const stage = mkdtempSync(join(tmpdir(), 'peizhen-npm-'));
  try {
    copyFileSync(join(root, 'miniprogram', 'package.json'), join(stage, 'package.json'));
    const manifest = JSON.parse(readFileSync(join(root, 'miniprogram', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of Object.keys(manifest.dependencies)) {
      cpSync(join(root, 'node_modules', name), join(stage, 'node_modules', name), { recursive: true, dereference: true });
    }
    const out = join(root, 'miniprogram');
    rmSync(join(out, 'miniprogram_npm'), { recursive: true, force: true });
    const result = await packNpmManually({ packageJsonPath: join(stage, 'package.json'), miniprogramNpmDistDir: out });
    for (const file of SUBPATH_FILES) {
      mkdirSync(dirname(join(out, 'miniprogram_npm', file)), { recursive: true });
      copyFileSync(join(root, 'node_modules', file), join(out, 'miniprogram_npm', file));
    }
    if (!existsSync(join(out, 'miniprogram_npm', '@vant', 'weapp', 'button', 'index.js'))) {
      throw new Error(`packNpm produced no @vant/weapp: ${JSON.stringify(result)}`);
    }
    return placeVant(out);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] === __filename) {
  packNpm().then(
    (placed) => {
      const subs = Object.entries(placed.subpackages).map(([root, names]) => `  ${root}/miniprogram_npm: ${names.join(', ')}`);
      console.log(['miniprogram_npm packed; Vant in the main package:', `  ${placed.root.join(', ')}`, ...subs].join('\n'));
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
