/**
 * The one-way rule of docs/architecture.md, checked on the imports of every backend file: handlers
 * and domain reach the outside world only through the ports (backend/ports.ts), never an adapter or
 * the cloud SDK; domain code never imports a handler.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

function offenders(layer: string, forbidden: RegExp): string[] {
  return filesUnder(join(root, 'backend', layer)).flatMap((file) =>
    importsOf(file)
      .filter((spec) => forbidden.test(spec))
      .map((spec) => `${relative(root, file)} → ${spec}`),
  );
}

test('handlers import no adapter and not the cloud SDK', () => {
  expect(offenders('handlers', /(^|\/)adapters\/|^wx-server-sdk$/)).toEqual([]);
});

test('domain code imports no adapter, no handler and not the cloud SDK', () => {
  expect(offenders('domain', /(^|\/)adapters\/|(^|\/)handlers\/|^wx-server-sdk$/)).toEqual([]);
});
