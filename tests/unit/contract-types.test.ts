/**
 * tests/types/contract.ts compiles, and each of its `@ts-expect-error` lines is an error for the
 * reason it names: with the directives removed, tsc reports exactly those lines, with those codes.
 * So a contract's result type binds the client, and a handler's `run` and action list bind to the contract.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const DIR = join(ROOT, 'tests', 'types');
const DIRECTIVE = /^\s*\/\/ @ts-expect-error (TS\d+) /;

function compile(file: string): string[] {
  const config = join(DIR, `tsconfig.check-${process.pid}.json`);
  const compilerOptions = { lib: ['es2022', 'dom'], types: ['node', 'miniprogram-api-typings'] };
  writeFileSync(config, JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions, files: [file, '../../typings/cloud.d.ts'] }));
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config, '--pretty', 'false'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    return [];
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? '')
      .split('\n')
      .filter((l) => l.includes('error TS'));
  }
}

it('the fixture compiles, and without its directives fails exactly on the lines they mark', () => {
  expect(compile('contract.ts')).toEqual([]);
  const lines = readFileSync(join(DIR, 'contract.ts'), 'utf8').split('\n');
  const expected = lines.flatMap((line, i) => {
    const m = DIRECTIVE.exec(line);
    return m ? [`${i + 2} ${m[1]}`] : [];
  });
  expect(expected.length).toBeGreaterThanOrEqual(8);
  const stripped = join(DIR, `stripped-${process.pid}.ts`);
  writeFileSync(stripped, lines.map((line) => (DIRECTIVE.test(line) ? '' : line)).join('\n'));
  try {
    const errors = compile(`stripped-${process.pid}.ts`);
    const found = errors.map((l) => /\((\d+),\d+\): error (TS\d+)/.exec(l)).flatMap((m) => (m ? [`${m[1]} ${m[2]}`] : []));
    expect(found.sort()).toEqual(expected.sort());
  } finally {
    rmSync(stripped, { force: true });
    rmSync(join(DIR, `tsconfig.check-${process.pid}.json`), { force: true });
  }
}, 120_000);
