/**
 * Property-based fuzzing of every action's input (docs/access.md): starting from the valid input
 * of its matrix row (tests/integration/access/), fast-check replaces or adds a field with hostile
 * values — control and direction characters, 20,000 characters, wrong types, huge numbers, arrays
 * and objects, `__proto__` / `constructor` / `prototype` keys, deep nesting — and calls the action
 * as anonymous, patient A, patient B or the platform admin, after a JSON round trip (what the
 * transport carries). Every answer is ok or a known error code with a Chinese message, never
 * INTERNAL; a refused call adds no document anywhere; Object.prototype stays clean.
 *
 * `FUZZ_RUNS` (default 12) calls per action; `FUZZ_SEED` replays a run (the seed is printed).
 */
import fc from 'fast-check';
import { collections } from '../../backend/collections';
import { functions } from '../../backend/functions';
import { ErrorCode } from '../../miniprogram/shared/errors';
import { rowsByFunction } from './access/rows';
import { buildWorld, identities, type World } from './access/world';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const KNOWN = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL));
/**
 * Collections a refused call may write by design: the guards release their key (net zero) and
 * the wrong answers to a sensitive report are counted (docs/records.md).
 */
const COUNTED_ON_REFUSAL = new Set(['requestKeys', 'rateCounters', 'idTries']);

const hostileText = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0007b',
  '\u202e反转',
  '行\u2028分',
  '零\u200b宽',
  '三十'.repeat(10_000),
  '9'.repeat(20_000),
  "'; DROP TABLE patients; --",
  '{{constructor.constructor("return process")()}}',
  '${7*7}',
  '../../etc/passwd',
  '%E0%A4%A',
  '2026-11-37',
  'NaN',
  '-1',
  '🙂'.repeat(500),
);
const hugeNumber = fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER, 1e308, -1e308, -0, 0.5, -1, 2 ** 31);
const deep = fc.integer({ min: 50, max: 2_000 }).map((depth) => JSON.parse(`${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`) as unknown);
const protoObject = fc
  .constantFrom('{"__proto__":{"polluted":"yes"}}', '{"constructor":{"prototype":{"polluted":"yes"}}}', '{"prototype":{"polluted":"yes"}}')
  .map((t) => JSON.parse(t) as unknown);
const hostileValue = fc.oneof(
  hostileText,
  hugeNumber,
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
  deep,
  protoObject,
  fc.array(hostileText, { maxLength: 5 }),
);
const callers = fc.constantFrom<keyof typeof identities>('anonymous', 'patientA', 'patientB', 'platformAdmin');

let world: World;

async function totalDocs(): Promise<number> {
  let n = 0;
  for (const c of Object.keys(collections)) if (!COUNTED_ON_REFUSAL.has(c)) n += await world.sys.ports.db.count(c);
  return n;
}

/** The event as the transport carries it: an own `__proto__` key stays a key, as JSON.parse makes it. */
function event(action: string, base: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const text = JSON.stringify({ action, ...base }).slice(0, -1);
  return JSON.parse(`${text}${text.length > 1 ? ',' : ''}${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}}`) as Record<string, unknown>;
}

beforeAll(async () => {
  world = await buildWorld();
  process.stdout.write(`fuzz: seed ${SEED}, ${RUNS} calls per action\n`);
});

const started = Date.now();
let calls = 0;
afterAll(() => {
  process.stdout.write(
    `fuzz: ${calls} hostile calls over ${Object.values(functions).reduce((n, f) => n + Object.keys(f.actions).length, 0)} actions in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED})\n`,
  );
});

it.each(Object.keys(functions))('%s: hostile input never crashes an action nor writes from a refused call', async (fn) => {
  for (const action of Object.keys(functions[fn].actions)) {
    const row = rowsByFunction[fn]?.[action];
    if (!row) throw new Error(`${fn}.${action} has no row in tests/integration/access (docs/access.md)`);
    const base = await row.input(world);
    const keys = fc.constantFrom(...Object.keys(base), '__proto__', 'constructor', 'prototype', '_id', 'openid');
    await fc.assert(
      fc.asyncProperty(keys, hostileValue, callers, async (key, value, who) => {
        const before = await totalDocs();
        const res = await world.sys.call(fn, identities[who], event(action, base, key, value));
        calls++;
        expect(Reflect.get({}, 'polluted')).toBeUndefined();
        if (res.ok) return;
        const where = `${fn}.${action}, ${key} hostile, as ${who}`;
        expect(`${where}: ${res.error.code}`).toBe(`${where}: ${KNOWN.has(res.error.code) ? res.error.code : 'a known code other than INTERNAL'}`);
        expect(`${where}: ${res.error.message}`).toMatch(/[\u4e00-\u9fa5]/);
        expect(`${where}: ${(await totalDocs()) - before} documents added`).toBe(`${where}: 0 documents added`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }
});
