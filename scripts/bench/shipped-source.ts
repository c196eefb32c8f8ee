/**
 * What a source file weighs once shipped, and its text with comments removed for reference
 * scanning. `.ts` ships as its JavaScript with types stripped (esbuild, loader 'ts', no minify),
 * which is how DevTools' TypeScript compiler plugin compiles it.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { transformSync } from 'esbuild';

export function strippedTypeScript(source: string, sourcefile: string): string {
  return transformSync(source, { loader: 'ts', sourcefile }).code;
}

export function shippedBytes(file: string): number {
  if (extname(file) !== '.ts') return readFileSync(file).length;
  return Buffer.byteLength(strippedTypeScript(readFileSync(file, 'utf8'), file));
}

/** Script text without comments (esbuild also drops type-only imports from `.ts`). */
export function scriptForScanning(file: string): string {
  const source = readFileSync(file, 'utf8');
  const loader = extname(file) === '.ts' ? 'ts' : 'js';
  try {
    return transformSync(source, { loader, sourcefile: file, minifyWhitespace: true, legalComments: 'none' }).code;
  } catch {
    return source;
  }
}

export function markupForScanning(file: string): string {
  const source = readFileSync(file, 'utf8');
  return extname(file) === '.wxml' ? source.replace(/<!--[\s\S]*?-->/g, '') : source.replace(/\/\*[\s\S]*?\*\//g, '');
}
