/**
 * Writes `miniprogram/config.local.ts` (this machine's settings, git-ignored) from
 * `miniprogram/config.local.example.ts` when it is missing; an existing one is left alone.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export function ensureLocalConfig(dir = join(__dirname, '..', 'miniprogram')): boolean {
  const target = join(dir, 'config.local.ts');
  if (existsSync(target)) return false;
  copyFileSync(join(dir, 'config.local.example.ts'), target);
  return true;
}

if (process.argv[1] === __filename && ensureLocalConfig()) console.log('miniprogram/config.local.ts written from config.local.example.ts');
