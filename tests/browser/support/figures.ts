/**
 * Figures the journeys measure (largest setData …), merged into .preview-shots/figures.json so a
 * run leaves them next to the screenshots; `npm run bench` measures its own.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHOTS } from './harness';

/** Where figures go: .preview-shots/figures.json, or PEIZHEN_FIGURES (the bench reads its own). */
export function figuresFile(): string {
  return process.env.PEIZHEN_FIGURES ?? join(SHOTS, 'figures.json');
}

export function recordFigure(name: string, value: unknown): void {
  mkdirSync(SHOTS, { recursive: true });
  const file = figuresFile();
  let all: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      all = {};
    }
  }
  all[name] = { value, at: new Date().toISOString() };
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}
