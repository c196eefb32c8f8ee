/**
 * What `npm run deploy` sets up in a CloudBase environment, derived from the code: the functions
 * and their settings from each `cloudfunctions/<fn>/config.json`, the collections and indexes from
 * backend/collections.ts, the rules `npm run build` writes to database/. Names of environment
 * variables only: their values come from the deploying machine at apply time (scripts/deploy/apply.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collections, type CollectionSpec } from '../../backend/collections';

export const RUNTIME = 'Nodejs18.15';

export interface TimerTrigger {
  name: string;
  type: 'timer';
  config: string;
}

export interface FunctionPlan {
  name: string;
  runtime: string;
  timeout: number;
  memory: number;
  triggers: TimerTrigger[];
  envVariables: string[];
  openapi: string[];
}

export interface IndexKey {
  name: string;
  direction: '1';
}

export interface IndexPlan {
  name: string;
  unique: boolean;
  keys: IndexKey[];
}

export interface Rule {
  read: boolean;
  write: boolean;
}

export interface CollectionPlan {
  name: string;
  indexes: IndexPlan[];
  rule: Rule;
}

export interface DeployPlan {
  functions: FunctionPlan[];
  collections: CollectionPlan[];
  storageRule: Rule;
}

/** Clients read and write nothing directly: every read and write goes through a cloud function. */
const CLOSED: Rule = { read: false, write: false };

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${what}: not an object`);
  return value as Record<string, unknown>;
}

function strings(value: unknown, what: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new Error(`${what}: not a list of strings`);
  return value;
}

/** A required setting: a function without it would run on the platform's default (a 3 s timeout). */
function positive(value: unknown, what: string): number {
  if (value === undefined) throw new Error(`${what}: missing`);
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) throw new Error(`${what}: not a positive integer`);
  return value;
}

function triggersOf(value: unknown, what: string): TimerTrigger[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`${what}: not a list`);
  return value.map((t, i) => {
    const r = record(t, `${what}[${i}]`);
    if (r.type !== 'timer' || typeof r.name !== 'string' || typeof r.config !== 'string')
      throw new Error(`${what}[${i}]: a timer needs name, type "timer" and config`);
    return { name: r.name, type: 'timer', config: r.config };
  });
}

export function functionPlan(name: string, configJson: string): FunctionPlan {
  const what = `cloudfunctions/${name}/config.json`;
  const config = record(JSON.parse(configJson), what);
  const permissions = config.permissions === undefined ? {} : record(config.permissions, `${what} permissions`);
  return {
    name,
    runtime: RUNTIME,
    timeout: positive(config.timeout, `${what} timeout`),
    memory: positive(config.memorySize, `${what} memorySize`),
    triggers: triggersOf(config.triggers, `${what} triggers`),
    envVariables: strings(config.envVariables, `${what} envVariables`),
    openapi: strings(permissions.openapi, `${what} permissions.openapi`),
  };
}

/** The cloud database's index name for these keys, as it names them itself: `field_1_other_1`. */
export function indexName(keys: string[]): string {
  return keys.map((k) => `${k}_1`).join('_');
}

export function collectionPlan(name: string, spec: CollectionSpec): CollectionPlan {
  const index = (keys: string[], unique: boolean): IndexPlan => ({ name: indexName(keys), unique, keys: keys.map((k) => ({ name: k, direction: '1' })) });
  return {
    name,
    indexes: [...(spec.unique ?? []).map((k) => index(k, true)), ...(spec.indexes ?? []).map((k) => index(k, false))],
    rule: CLOSED,
  };
}

/** The cloud function folders: those with an index.ts. */
export function functionNames(functionsDir: string): string[] {
  return readdirSync(functionsDir)
    .filter((n) => existsSync(join(functionsDir, n, 'index.ts')))
    .sort();
}

export function deployPlan(root: string): DeployPlan {
  const functionsDir = join(root, 'cloudfunctions');
  return {
    functions: functionNames(functionsDir).map((n) => functionPlan(n, readFileSync(join(functionsDir, n, 'config.json'), 'utf8'))),
    collections: Object.entries(collections).map(([n, spec]) => collectionPlan(n, spec)),
    storageRule: CLOSED,
  };
}
