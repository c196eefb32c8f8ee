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

check('WXML', () => wxmlToJs(root));
check('WXSS', () => wxssToJs(root));
console.log('WXML and WXSS compiled');
