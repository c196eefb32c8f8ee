/**
 * The Db behaviours the handlers rely on (the ones tests/integration/db-conformance/conformance.ts
 * asserts in jest), as plain checks that run in a deployed function against the real database, in
 * the scratch collection `selftestScratch` (backend/collections.ts), on documents of this run only.
 */
import type { CheckResult } from '../../miniprogram/shared/dto/selftest';
import { DuplicateKeyError, type Db, type Doc } from '../ports';

export const SCRATCH = 'selftestScratch';

interface Row extends Doc {
  run: string;
  n: number;
  tag: string | null;
  place: { city: string };
}

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: ${a}, expected ${e}`);
}

async function rejection(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (e) {
    return e;
  }
  return null;
}

export type Check = (db: Db, run: string) => Promise<void>;

const rows = (run: string): Row[] =>
  [5, 3, 8, 1].map((n, i) => ({ _id: `${run}-r${i}`, run, n, tag: i % 2 === 0 ? 'even' : null, place: { city: i < 2 ? 'zz' : 'xy' } }));

export const dbChecks: Record<string, Check> = {
  'get answers null for a missing document': async (db, run) => {
    expectEqual(await db.get(SCRATCH, `${run}-missing`), null, 'get');
  },
  'insert then get answers the document': async (db, run) => {
    const [row] = rows(run);
    await db.insert(SCRATCH, row);
    expectEqual(await db.get(SCRATCH, row._id), row, 'get');
  },
  'insert of a taken _id is DuplicateKeyError': async (db, run) => {
    const [row] = rows(run);
    const e = await rejection(db.insert(SCRATCH, row));
    if (!(e instanceof DuplicateKeyError)) throw new Error(`insert twice: ${String(e)}`);
  },
  'find filters, sorts and limits; count agrees': async (db, run) => {
    for (const row of rows(run).slice(1)) await db.insert(SCRATCH, row);
    const found = await db.find<Row>(SCRATCH, { where: { run, n: { gte: 3 } }, orderBy: [['n', 'desc']], limit: 2 });
    expectEqual(
      found.map((r) => r.n),
      [8, 5],
      'find',
    );
    expectEqual(await db.count(SCRATCH, { run, 'place.city': 'zz' }), 2, 'count on a dotted field');
    expectEqual(await db.count(SCRATCH, { run, tag: null }), 2, 'count of null');
    expectEqual(await db.count(SCRATCH, { run, n: { in: [1, 8] } }), 2, 'count with in');
  },
  'update is conditional and increments atomically': async (db, run) => {
    expectEqual(await db.update(SCRATCH, { _id: `${run}-r0`, n: { gt: 100 } }, { inc: { n: 1 } }), 0, 'update whose condition fails');
    expectEqual(await db.update(SCRATCH, { _id: `${run}-r0`, n: 5 }, { inc: { n: 2 }, set: { 'place.city': 'bj' } }), 1, 'update');
    const row = await db.get<Row>(SCRATCH, `${run}-r0`);
    expectEqual([row?.n, row?.place.city], [7, 'bj'], 'after update');
  },
  'a transaction reads and writes its documents together': async (db, run) => {
    await db.transaction(async (tx) => {
      const row = await tx.get<Row>(SCRATCH, `${run}-r1`);
      await tx.updateById(SCRATCH, `${run}-r1`, { set: { n: (row?.n ?? 0) + 10 } });
      await tx.set(SCRATCH, { _id: `${run}-tx`, run, n: 0, tag: null, place: { city: 'tx' } });
    });
    expectEqual((await db.get<Row>(SCRATCH, `${run}-r1`))?.n, 13, 'after transaction');
    expectEqual((await db.get<Row>(SCRATCH, `${run}-tx`))?.place.city, 'tx', 'set in transaction');
  },
  'a transaction that throws writes nothing': async (db, run) => {
    const e = await rejection(
      db.transaction(async (tx) => {
        await tx.updateById(SCRATCH, `${run}-r2`, { set: { n: 999 } });
        throw new Error('abort');
      }),
    );
    if (!(e instanceof Error) || e.message !== 'abort') throw new Error(`transaction: ${String(e)}`);
    expectEqual((await db.get<Row>(SCRATCH, `${run}-r2`))?.n, 8, 'after abort');
  },
  'remove answers how many it removed': async (db, run) => {
    expectEqual(await db.remove(SCRATCH, { run, 'place.city': 'xy' }), 2, 'remove');
    expectEqual(await db.count(SCRATCH, { run }), 3, 'left');
  },
};

/** Runs each check in order (they build on each other), stopping at nothing: every result is reported. */
export async function runChecks(db: Db, run: string, checks: Record<string, Check>): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const [name, check] of Object.entries(checks)) {
    try {
      await check(db, run);
      results.push({ name, ok: true });
    } catch (e) {
      results.push({ name, ok: false, detail: e instanceof Error ? e.message : String(e) });
    }
  }
  return results;
}
