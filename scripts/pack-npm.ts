/**
 * Packs the mini program's runtime packages into miniprogram/miniprogram_npm with miniprogram-ci
 * (what DevTools' "Build npm" does), so DevTools and the page tests need no manual step.
 * The packages are installed once, at the root; miniprogram-ci reads them from a staging folder
 * that holds miniprogram/package.json and copies of those packages (it does not follow links).
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packNpmManually } from 'miniprogram-ci';

const root = join(__dirname, '..');

export async function packNpm(): Promise<void> {
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
    if (!existsSync(join(out, 'miniprogram_npm', '@vant', 'weapp', 'button', 'index.js'))) {
      throw new Error(`packNpm produced no @vant/weapp: ${JSON.stringify(result)}`);
    }
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] === __filename) {
  packNpm().then(
    () => console.log('miniprogram_npm packed'),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
