/**
 * Compiles every WXML file of the mini program with the official compiler (wcc, as DevTools
 * does) and every WXSS file with wcsc; exits non-zero on the first error.
 */
import { join } from 'node:path';
import { wxmlToJs, wxssToJs } from 'miniprogram-compiler';

const root = join(__dirname, '..', 'miniprogram');

function check(kind: string, compile: () => string): void {
  try {
    const code = compile();
    new Function(code);
  } catch (e) {
    console.error(`${kind} compile failed:\n${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}

/** The whole app's compiled output comes back through stdout, far past the compiler's 1 MB default. */
const maxBuffer = 256 * 1024 * 1024;
check('WXML', () => wxmlToJs(root, { maxBuffer }));
check('WXSS', () => wxssToJs(root, { maxBuffer }));
console.log('WXML and WXSS compiled');
