/** What makes a fresh clone open in WeChat DevTools after `npm install` (scripts/postinstall.ts, project.config.json). */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureLocalConfig } from '../../scripts/local-config';

const root = join(__dirname, '..', '..');

describe('DevTools readiness', () => {
  it('writes the local settings from the example when missing, and leaves an existing one alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pz-local-'));
    cpSync(join(root, 'miniprogram', 'config.local.example.ts'), join(dir, 'config.local.example.ts'));
    expect(ensureLocalConfig(dir)).toBe(true);
    expect(readFileSync(join(dir, 'config.local.ts'), 'utf8')).toContain('localEmulator: true');
    writeFileSync(join(dir, 'config.local.ts'), 'mine');
    expect(ensureLocalConfig(dir)).toBe(false);
    expect(readFileSync(join(dir, 'config.local.ts'), 'utf8')).toBe('mine');
  });

  it('postinstall packs npm and bundles the functions, except in CI; the local settings file is git-ignored', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.postinstall).toBe('tsx scripts/postinstall.ts');
    const script = readFileSync(join(root, 'scripts', 'postinstall.ts'), 'utf8');
    expect(script).toMatch(/if \(process\.env\.CI\) return;/);
    expect(readFileSync(join(root, '.gitignore'), 'utf8').split('\n')).toContain('miniprogram/config.local.ts');
  });

  it('project.config.json minifies WXML and WXSS', () => {
    const config = JSON.parse(readFileSync(join(root, 'project.config.json'), 'utf8')) as { setting: Record<string, unknown> };
    expect(config.setting).toMatchObject({ minifyWXML: true, minifyWXSS: true, minified: true });
  });
});
