/**
 * The contracts (miniprogram/shared/contract/) hold zod schemas for the server; the mini program
 * takes only their types. Nothing under miniprogram/ outside the contracts requires zod or a
 * contract at run time, no contract file is among what ships, and the packer skips their folder.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { moduleSpecifiers } from '../../scripts/bench/references';
import { measurePackages } from '../../scripts/bench/package-size';
import { resolveModule } from '../../scripts/bench/resolve';
import { scriptForScanning } from '../../scripts/bench/shipped-source';

const ROOT = join(__dirname, '..', '..');
const MINIPROGRAM = join(ROOT, 'miniprogram');
const CONTRACTS = 'shared/contract/';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'miniprogram_npm' || name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const fromRoot = (file: string): string => relative(MINIPROGRAM, file).split(sep).join('/');

it('no file of the mini program outside the contracts requires zod or a contract at run time', () => {
  const offenders: string[] = [];
  const files = sources(MINIPROGRAM).filter((f) => !fromRoot(f).startsWith(CONTRACTS));
  expect(files.length).toBeGreaterThan(200);
  for (const file of files) {
    for (const spec of moduleSpecifiers(scriptForScanning(file))) {
      const target = spec.startsWith('.') ? resolveModule(MINIPROGRAM, file, spec) : null;
      if (spec === 'zod' || spec.startsWith('zod/') || (target !== null && fromRoot(target).startsWith(CONTRACTS)))
        offenders.push(`${fromRoot(file)} → ${spec}`);
    }
  }
  expect(offenders).toEqual([]);
});

it('no contract file and no zod ships, and the packer ignores the contracts folder', () => {
  const sizes = measurePackages(MINIPROGRAM);
  const shipped = [sizes.main, ...sizes.subpackages].flatMap((p) => p.files.map((f) => f.path));
  expect(shipped.filter((p) => p.startsWith(CONTRACTS) || p.includes('zod'))).toEqual([]);
  const project = JSON.parse(readFileSync(join(ROOT, 'project.config.json'), 'utf8')) as { packOptions: { ignore: Array<{ type: string; value: string }> } };
  expect(project.packOptions.ignore).toContainEqual({ type: 'folder', value: 'shared/contract' });
});
