/**
 * Mini program plugins in app.json: WechatSI (微信同声传译, read-aloud) is declared for the records
 * subpackage only, so the main package does not carry it; WeChat lets a plugin be declared by one
 * subpackage at most, and a subpackage's plugin answers `requirePlugin` only to code inside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const MINIPROGRAM = join(__dirname, '..', '..', 'miniprogram');

type PluginDecl = { version: string; provider: string };
interface AppJson {
  plugins?: Record<string, PluginDecl>;
  subpackages: Array<{ root: string; plugins?: Record<string, PluginDecl> }>;
}

const app = JSON.parse(readFileSync(join(MINIPROGRAM, 'app.json'), 'utf8')) as AppJson;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.name === 'miniprogram_npm' || d.name === 'node_modules') return [];
    const path = join(dir, d.name);
    return d.isDirectory() ? sources(path) : /\.(ts|js)$/.test(d.name) ? [path] : [];
  });
}

describe('plugins in app.json', () => {
  it('WechatSI is declared by the records subpackage only, with its provider and a fixed version', () => {
    expect(app.plugins).toBeUndefined();
    const declaring = app.subpackages.filter((s) => s.plugins && s.plugins.WechatSI);
    expect(declaring.map((s) => s.root)).toEqual(['records']);
    expect(declaring[0].plugins!.WechatSI).toEqual({ version: '0.3.5', provider: 'wx069ba97219f66d99' });
  });

  it('no plugin is declared by two subpackages', () => {
    const providers = app.subpackages.flatMap((s) => Object.values(s.plugins ?? {}).map((p) => p.provider));
    expect(new Set(providers).size).toBe(providers.length);
  });

  it('requirePlugin is called only from inside the subpackage that declares the plugin', () => {
    const calls = sources(MINIPROGRAM).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/requirePlugin\(\s*'([^']+)'/g)].map((m) => ({ file: relative(MINIPROGRAM, file), name: m[1] })),
    );
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      const owner = app.subpackages.find((s) => s.plugins && s.plugins[call.name]);
      expect({ ...call, declaredBy: owner ? owner.root : null }).toEqual({ ...call, declaredBy: call.file.split('/')[0] });
    }
  });
});
