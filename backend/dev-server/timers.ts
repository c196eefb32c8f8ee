/**
 * Runs each function's timer trigger on its cron, read from cloudfunctions/<name>/config.json,
 * as WeChat does: 7-field cron (seconds … year) in UTC+8.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cron } from 'croner';
import type { FunctionDef } from '../handlers/framework/define';
import { runTimer } from '../handlers/framework/dispatch';
import type { Ports } from '../ports';

interface Trigger {
  name: string;
  type: string;
  config: string;
}

/** WeChat's 7-field cron → croner's 6 fields; only a year field of `*` is supported. */
export function toCronerPattern(wechatCron: string): string {
  const parts = wechatCron.trim().split(/\s+/);
  if (parts.length !== 7) throw new Error(`expected 7 cron fields, got ${parts.length}: ${wechatCron}`);
  if (parts[6] !== '*') throw new Error(`only '*' is supported in the year field: ${wechatCron}`);
  return parts.slice(0, 6).join(' ');
}

export function readTriggers(functionsDir: string, name: string): Trigger[] {
  const file = join(functionsDir, name, 'config.json');
  if (!existsSync(file)) return [];
  const config = JSON.parse(readFileSync(file, 'utf8')) as { triggers?: Trigger[] };
  return (config.triggers ?? []).filter((t) => t.type === 'timer');
}

/** Starts every timer; returns a function that stops them. */
export function startTimers(functionsDir: string, functions: Record<string, FunctionDef>, ports: Ports): () => void {
  const jobs: Cron[] = [];
  for (const fn of Object.values(functions)) {
    if (!fn.timer) continue;
    for (const trigger of readTriggers(functionsDir, fn.name)) {
      jobs.push(
        new Cron(toCronerPattern(trigger.config), { timezone: 'Asia/Shanghai', protect: true }, async () => {
          await runTimer(fn, randomUUID(), ports);
        }),
      );
    }
  }
  return () => jobs.forEach((j) => j.stop());
}
