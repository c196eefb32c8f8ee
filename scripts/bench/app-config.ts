/**
 * The parts of miniprogram/app.json that decide what ships: pages, subpackages, global
 * components, the custom tab bar and the sitemap/theme files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SubpackageConfig {
  name: string;
  /** Folder under the miniprogram root, without leading or trailing slashes. */
  root: string;
  pages: string[];
}

export interface AppConfig {
  pages: string[];
  subpackages: SubpackageConfig[];
  usingComponents: Record<string, string>;
  customTabBar: boolean;
  sitemapLocation: string;
  themeLocation: string | null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) if (typeof v === 'string') out[key] = v;
  return out;
}

export function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

function subpackage(value: unknown): SubpackageConfig | null {
  if (!isRecord(value) || typeof value.root !== 'string') return null;
  const root = trimSlashes(value.root);
  const name = typeof value.name === 'string' ? value.name : root;
  return { name, root, pages: stringArray(value.pages) };
}

export function readAppConfig(miniprogramRoot: string): AppConfig {
  const raw: unknown = JSON.parse(readFileSync(join(miniprogramRoot, 'app.json'), 'utf8'));
  if (!isRecord(raw)) throw new Error('app.json is not an object');
  const subs = Array.isArray(raw.subpackages) ? raw.subpackages : Array.isArray(raw.subPackages) ? raw.subPackages : [];
  return {
    pages: stringArray(raw.pages),
    subpackages: subs.map(subpackage).filter((s): s is SubpackageConfig => s !== null),
    usingComponents: stringRecord(raw.usingComponents),
    customTabBar: isRecord(raw.tabBar) && raw.tabBar.custom === true,
    sitemapLocation: typeof raw.sitemapLocation === 'string' ? raw.sitemapLocation : 'sitemap.json',
    themeLocation: typeof raw.themeLocation === 'string' ? raw.themeLocation : null,
  };
}
