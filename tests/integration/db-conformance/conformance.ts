/**
 * One behaviour, two stores: every Db adapter must pass this suite. sqlite.test.ts runs it on the
 * local store, cloud.test.ts on the cloud adapter over the wx-server-sdk stub. Collections are
 * the real ones from backend/collections.ts: hospitals, departments, doctors and auditLog have no
 * unique keys (free-form test documents), staff is unique on (openid, hospitalId), outbox on key.
 *
 * Left out on purpose, because the stores differ there (see backend/adapters/cloud/cloud-db.ts):
 * documents missing the fields of a unique key, and `update` counts for writes that change nothing.
 */
import type { Db, Doc, Where } from '../../../backend/ports';
import { DuplicateKeyError, MAX_PAGE } from '../../../backend/ports';

interface Person extends Doc {
  name: string;
  age: number;
  joined: string;
  active: boolean;
  tag?: string | null;
  address: { city: string; floor: number };
  visits?: number;
  status?: string;
}

const PEOPLE: Person[] = [
  { _id: 'p1', name: 'amy', age: 30, joined: '2026-01-05', active: true, tag: 'a', address: { city: 'zz', floor: 3 } },
  { _id: 'p2', name: 'bob', age: 25, joined: '2026-02-10', active: false, tag: null, address: { city: 'xy', floor: 1 } },
  { _id: 'p3', name: 'cat', age: 35, joined: '2026-03-15', active: true, address: { city: 'zz', floor: 7 } },
  { _id: 'p4', name: 'dan', age: 30, joined: '2026-01-20', active: false, tag: 'b', address: { city: 'bj', floor: 2 } },
  { _id: 'p5', name: 'eve', age: 41.5, joined: '2025-12-31', active: true, tag: 'a', address: { city: 'xy', floor: 12 } },
];

const ids = (docs: Doc[]) => docs.map((d) => d._id);
const sortedIds = (docs: Doc[]) => ids(docs).sort();

async function insertAll<T extends Doc>(db: Db, collection: string, docs: T[]): Promise<void> {
  for (const doc of docs) await db.insert(collection, doc);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

export function runDbConformance(name: string, makeDb: () => Promise<Db>): void {
  describe(`Db conformance: ${name}`, () => {
    let db: Db;

    beforeEach(async () => {
      db = await makeDb();
    });

    describe('get and insert', () => {
      it('answers null for a missing document', async () => {
        expect(await db.get('hospitals', 'nope')).toBeNull();
      });

      it('returns an inserted document as it was given, nested values and nulls included', async () => {
        const doc = { _id: 'h1', name: '中心医院', sort: 2, open: true, note: null, tags: ['a', 'b'], geo: { lat: 34.7, lng: 113.6 } };
        await db.insert('hospitals', doc);
        expect(await db.get('hospitals', 'h1')).toEqual(doc);
      });

      it('refuses a taken _id with DuplicateKeyError and keeps the first document', async () => {
        await db.insert('hospitals', { _id: 'h1', name: 'first' });
        const e = await rejection(db.insert('hospitals', { _id: 'h1', name: 'second' }));
        expect(e).toBeInstanceOf(DuplicateKeyError);
        expect(e).toMatchObject({ collection: 'hospitals', key: 'h1' });
        expect(await db.get('hospitals', 'h1')).toEqual({ _id: 'h1', name: 'first' });
      });

      it('refuses a taken unique key with DuplicateKeyError and writes nothing', async () => {
        await db.insert('staff', { _id: 's1', openid: 'o1', hospitalId: 'h1', role: 'editor' });
        const e = await rejection(db.insert('staff', { _id: 's2', openid: 'o1', hospitalId: 'h1', role: 'admin' }));
        expect(e).toBeInstanceOf(DuplicateKeyError);
        expect(await db.get('staff', 's2')).toBeNull();
        await db.insert('staff', { _id: 's3', openid: 'o1', hospitalId: 'h2', role: 'editor' });
        await db.insert('staff', { _id: 's4', openid: 'o2', hospitalId: 'h1', role: 'editor' });
        expect(await db.count('staff')).toBe(3);
      });

      it('refuses a second outbox message with the same key', async () => {
        await db.insert('outbox', { _id: 'm1', key: 'remind:a1', status: 'queued' });
        expect(await rejection(db.insert('outbox', { _id: 'm2', key: 'remind:a1', status: 'queued' }))).toBeInstanceOf(DuplicateKeyError);
        expect(await db.count('outbox')).toBe(1);
      });
    });

    describe('find', () => {
      beforeEach(async () => {
        await insertAll(db, 'hospitals', PEOPLE);
      });

      const find = (where: Where) => db.find<Person>('hospitals', { where }).then(sortedIds);

      it('matches equality on strings, numbers, booleans and _id', async () => {
        expect(await find({ name: 'bob' })).toEqual(['p2']);
        expect(await find({ age: 30 })).toEqual(['p1', 'p4']);
        expect(await find({ age: 41.5 })).toEqual(['p5']);
        expect(await find({ age: '30' })).toEqual([]);
        expect(await find({ active: true })).toEqual(['p1', 'p3', 'p5']);
        expect(await find({ active: false })).toEqual(['p2', 'p4']);
        expect(await find({ _id: 'p2' })).toEqual(['p2']);
      });

      it('matches null against null and a missing field', async () => {
        expect(await find({ tag: null })).toEqual(['p2', 'p3']);
      });

      it('matches in, including an empty list and null in the list', async () => {
        expect(await find({ name: { in: ['amy', 'eve', 'zed'] } })).toEqual(['p1', 'p5']);
        expect(await find({ _id: { in: ['p1', 'p3', 'nope'] } })).toEqual(['p1', 'p3']);
        expect(await find({ age: { in: [] } })).toEqual([]);
        expect(await find({ tag: { in: [null, 'b'] } })).toEqual(['p2', 'p3', 'p4']);
      });

      it('matches ranges on numbers', async () => {
        expect(await find({ age: { gt: 30 } })).toEqual(['p3', 'p5']);
        expect(await find({ age: { gte: 30 } })).toEqual(['p1', 'p3', 'p4', 'p5']);
        expect(await find({ age: { lt: 30 } })).toEqual(['p2']);
        expect(await find({ age: { lte: 30 } })).toEqual(['p1', 'p2', 'p4']);
        expect(await find({ age: { gte: 25, lt: 35 } })).toEqual(['p1', 'p2', 'p4']);
        expect(await find({ age: { gt: 41 } })).toEqual(['p5']);
      });

      it('matches ranges on strings (clinic days)', async () => {
        expect(await find({ joined: { gte: '2026-01-01', lt: '2026-02-01' } })).toEqual(['p1', 'p4']);
        expect(await find({ joined: { gt: '2026-03' } })).toEqual(['p3']);
        expect(await find({ joined: { lte: '2025-12-31' } })).toEqual(['p5']);
      });

      it('matches neq, which includes documents where the field is null or missing', async () => {
        expect(await find({ tag: { neq: 'a' } })).toEqual(['p2', 'p3', 'p4']);
        expect(await find({ active: { neq: true } })).toEqual(['p2', 'p4']);
        expect(await find({ tag: { neq: null } })).toEqual(['p1', 'p4', 'p5']);
      });

      it('reaches into object fields with dotted keys', async () => {
        expect(await find({ 'address.city': 'zz' })).toEqual(['p1', 'p3']);
        expect(await find({ 'address.floor': { gte: 3 } })).toEqual(['p1', 'p3', 'p5']);
      });

      it('joins several conditions with AND', async () => {
        expect(await find({ active: true, 'address.city': 'zz', age: { gt: 30 } })).toEqual(['p3']);
        expect(await find({ active: true, name: 'bob' })).toEqual([]);
      });

      it('compares a range only with values of its own type', async () => {
        await insertAll(db, 'doctors', [
          { _id: 'v1', v: 5 },
          { _id: 'v2', v: 'abc' },
          { _id: 'v3', v: 15 },
          { _id: 'v4', v: 'xyz' },
          { _id: 'v5', v: null },
        ]);
        const range = (where: Where) => db.find('doctors', { where }).then(sortedIds);
        expect(await range({ v: { gt: 1 } })).toEqual(['v1', 'v3']);
        expect(await range({ v: { lt: 'zzz' } })).toEqual(['v2', 'v4']);
        expect(await range({ v: { gte: 0, lte: 10 } })).toEqual(['v1']);
      });

      it('counts with and without a condition', async () => {
        expect(await db.count('hospitals')).toBe(5);
        expect(await db.count('hospitals', {})).toBe(5);
        expect(await db.count('hospitals', { active: true, age: { gte: 35 } })).toBe(2);
        expect(await db.count('hospitals', { name: 'zed' })).toBe(0);
        expect(await db.count('departments')).toBe(0);
      });
    });

    describe('orderBy', () => {
      beforeEach(async () => {
        await insertAll(db, 'hospitals', PEOPLE);
      });

      it('sorts ascending and descending, keeping every tie', async () => {
        const asc = await db.find<Person>('hospitals', { orderBy: [['age', 'asc']] });
        expect(asc.map((p) => p.age)).toEqual([25, 30, 30, 35, 41.5]);
        expect(ids(asc.slice(1, 3)).sort()).toEqual(['p1', 'p4']);
        const desc = await db.find<Person>('hospitals', { orderBy: [['age', 'desc']] });
        expect(desc.map((p) => p.age)).toEqual([41.5, 35, 30, 30, 25]);
        expect(ids(desc.slice(2, 4)).sort()).toEqual(['p1', 'p4']);
      });

      it('breaks ties with the next key', async () => {
        const people = await db.find<Person>('hospitals', {
          orderBy: [
            ['age', 'asc'],
            ['name', 'desc'],
          ],
        });
        expect(ids(people)).toEqual(['p2', 'p4', 'p1', 'p3', 'p5']);
      });

      it('sorts strings and dotted fields', async () => {
        expect(ids(await db.find('hospitals', { orderBy: [['joined', 'asc']] }))).toEqual(['p5', 'p1', 'p4', 'p2', 'p3']);
        expect(ids(await db.find('hospitals', { orderBy: [['address.floor', 'desc']] }))).toEqual(['p5', 'p3', 'p1', 'p4', 'p2']);
      });

      it('puts null and missing values first ascending and last descending', async () => {
        const asc = await db.find<Person>('hospitals', {
          orderBy: [
            ['tag', 'asc'],
            ['name', 'asc'],
          ],
        });
        expect(asc.map((p) => p.tag ?? null)).toEqual([null, null, 'a', 'a', 'b']);
        expect(ids(asc)).toEqual(['p2', 'p3', 'p1', 'p5', 'p4']);
        const desc = await db.find<Person>('hospitals', {
          orderBy: [
            ['tag', 'desc'],
            ['name', 'asc'],
          ],
        });
        expect(desc.map((p) => p.tag ?? null)).toEqual(['b', 'a', 'a', null, null]);
      });

      it('sorts within a condition', async () => {
        const active = await db.find<Person>('hospitals', { where: { active: true }, orderBy: [['age', 'desc']] });
        expect(ids(active)).toEqual(['p5', 'p3', 'p1']);
      });
    });

    describe('skip and limit', () => {
      const N = 120;

      beforeEach(async () => {
        const docs = Array.from({ length: N }, (_, i) => ({ _id: `n${String(i).padStart(3, '0')}`, i, even: i % 2 === 0 }));
        await insertAll(db, 'auditLog', docs);
      });

      it('returns at most 100 documents, asked or not', async () => {
        expect(MAX_PAGE).toBe(100);
        expect(await db.find('auditLog')).toHaveLength(100);
        expect(await db.find('auditLog', { limit: 150 })).toHaveLength(100);
        expect(await db.find('auditLog', { limit: 7 })).toHaveLength(7);
        expect(await db.count('auditLog')).toBe(N);
      });

      it('pages through a sorted result', async () => {
        const page = (skip: number, limit: number) =>
          db.find<{ _id: string; i: number }>('auditLog', { orderBy: [['i', 'asc']], skip, limit }).then((d) => d.map((x) => x.i));
        expect(await page(10, 5)).toEqual([10, 11, 12, 13, 14]);
        expect(await page(100, 100)).toEqual(Array.from({ length: 20 }, (_, k) => 100 + k));
        expect(await page(N, 10)).toEqual([]);
        const last = await db.find<{ _id: string; i: number }>('auditLog', { orderBy: [['i', 'desc']], limit: 3 });
        expect(last.map((x) => x.i)).toEqual([119, 118, 117]);
      });

      it('pages after the condition', async () => {
        const evens = await db.find<{ _id: string; i: number }>('auditLog', { where: { even: true }, orderBy: [['i', 'asc']], skip: 50, limit: 100 });
        expect(evens.map((x) => x.i)).toEqual(Array.from({ length: 10 }, (_, k) => 100 + 2 * k));
      });
    });

    describe('update', () => {
      beforeEach(async () => {
        await insertAll(db, 'hospitals', PEOPLE);
      });

      it('sets and increments every matching document and returns how many', async () => {
        expect(await db.update('hospitals', { active: true }, { set: { status: 'checked' }, inc: { visits: 2 } })).toBe(3);
        const active = await db.find<Person>('hospitals', { where: { active: true } });
        expect(active.map((p) => [p.status, p.visits])).toEqual([
          ['checked', 2],
          ['checked', 2],
          ['checked', 2],
        ]);
        expect((await db.get<Person>('hospitals', 'p2'))?.status).toBeUndefined();
        expect(await db.update('hospitals', { name: 'zed' }, { set: { status: 'x' } })).toBe(0);
      });

      it('replaces an object field set whole, and reaches inside with a dotted key', async () => {
        await db.update('hospitals', { _id: 'p1' }, { set: { address: { city: 'sh' } } });
        expect((await db.get<Person>('hospitals', 'p1'))?.address).toEqual({ city: 'sh' });
        await db.update('hospitals', { _id: 'p3' }, { set: { 'address.floor': 9 } });
        expect((await db.get<Person>('hospitals', 'p3'))?.address).toEqual({ city: 'zz', floor: 9 });
      });

      it('claims a state once: the second claim finds nothing', async () => {
        await db.insert('departments', { _id: 'o1', status: 'pending' });
        expect(await db.update('departments', { _id: 'o1', status: 'pending' }, { set: { status: 'paid' } })).toBe(1);
        expect(await db.update('departments', { _id: 'o1', status: 'pending' }, { set: { status: 'paid' } })).toBe(0);
        expect(await db.get('departments', 'o1')).toEqual({ _id: 'o1', status: 'paid' });
      });

      it('lets exactly one of two racing seat takers have the last seat', async () => {
        await db.insert('departments', { _id: 'slot', remaining: 1 });
        const take = () => db.update('departments', { _id: 'slot', remaining: { gt: 0 } }, { inc: { remaining: -1 } });
        const results = await Promise.all([take(), take()]);
        expect(results.sort()).toEqual([0, 1]);
        expect(await db.get('departments', 'slot')).toEqual({ _id: 'slot', remaining: 0 });
      });

      it('never oversells under many concurrent takers', async () => {
        await db.insert('departments', { _id: 'slot', remaining: 3 });
        const take = () => db.update('departments', { _id: 'slot', remaining: { gt: 0 } }, { inc: { remaining: -1 } });
        const results = await Promise.all(Array.from({ length: 12 }, take));
        expect(results.filter((n) => n === 1)).toHaveLength(3);
        expect(await db.get('departments', 'slot')).toEqual({ _id: 'slot', remaining: 0 });
      });

      it('increments atomically under 50 concurrent updates', async () => {
        await db.insert('departments', { _id: 'c', n: 0 });
        await Promise.all(Array.from({ length: 50 }, () => db.update('departments', { _id: 'c' }, { inc: { n: 1 } })));
        expect(await db.get('departments', 'c')).toEqual({ _id: 'c', n: 50 });
      });

      it('refuses an update onto a taken unique key and leaves the document', async () => {
        await db.insert('staff', { _id: 's1', openid: 'o1', hospitalId: 'h1' });
        await db.insert('staff', { _id: 's2', openid: 'o2', hospitalId: 'h1' });
        expect(await rejection(db.update('staff', { _id: 's2' }, { set: { openid: 'o1' } }))).toBeInstanceOf(DuplicateKeyError);
        expect(await db.get('staff', 's2')).toEqual({ _id: 's2', openid: 'o2', hospitalId: 'h1' });
      });

      it('refuses to change _id', async () => {
        await expect(db.update('hospitals', { _id: 'p1' }, { set: { _id: 'p9' } })).rejects.toThrow();
        expect(await db.get('hospitals', 'p9')).toBeNull();
      });
    });

    describe('remove', () => {
      it('removes the matching documents and returns how many', async () => {
        await insertAll(db, 'hospitals', PEOPLE);
        expect(await db.remove('hospitals', { active: false })).toBe(2);
        expect(await db.get('hospitals', 'p2')).toBeNull();
        expect(sortedIds(await db.find('hospitals'))).toEqual(['p1', 'p3', 'p5']);
        expect(await db.remove('hospitals', { active: false })).toBe(0);
        expect(await db.remove('hospitals', { _id: 'p1' })).toBe(1);
        expect(await db.count('hospitals')).toBe(2);
      });
    });

    describe('transaction', () => {
      beforeEach(async () => {
        await db.insert('departments', { _id: 'd1', name: 'cardio', n: 0, extra: true });
      });

      it('commits all its writes and returns what the work returned', async () => {
        const result = await db.transaction(async (tx) => {
          const d = await tx.get<{ _id: string; n: number }>('departments', 'd1');
          await tx.updateById('departments', 'd1', { inc: { n: 5 }, set: { name: 'cardiology' } });
          await tx.insert('auditLog', { _id: 'a1', action: 'rename', before: d?.n });
          return 'done';
        });
        expect(result).toBe('done');
        expect(await db.get('departments', 'd1')).toEqual({ _id: 'd1', name: 'cardiology', n: 5, extra: true });
        expect(await db.get('auditLog', 'a1')).toEqual({ _id: 'a1', action: 'rename', before: 0 });
      });

      it('sets a whole document, creating it when absent, and removes by id', async () => {
        await db.transaction(async (tx) => {
          await tx.set('departments', { _id: 'd1', name: 'new' });
          await tx.set('departments', { _id: 'd2', name: 'second' });
        });
        expect(await db.get('departments', 'd1')).toEqual({ _id: 'd1', name: 'new' });
        expect(await db.get('departments', 'd2')).toEqual({ _id: 'd2', name: 'second' });
        await db.transaction((tx) => tx.removeById('departments', 'd1'));
        expect(await db.get('departments', 'd1')).toBeNull();
      });

      it('reads its own writes and answers null for a missing document', async () => {
        const seen = await db.transaction(async (tx) => {
          const missing = await tx.get('departments', 'nope');
          await tx.insert('departments', { _id: 'd3', n: 1 });
          const inserted = await tx.get('departments', 'd3');
          await tx.updateById('departments', 'd3', { inc: { n: 1 } });
          const updated = await tx.get('departments', 'd3');
          await tx.removeById('departments', 'd1');
          const removed = await tx.get('departments', 'd1');
          return { missing, inserted, updated, removed };
        });
        expect(seen).toEqual({ missing: null, inserted: { _id: 'd3', n: 1 }, updated: { _id: 'd3', n: 2 }, removed: null });
      });

      it('writes nothing when the work throws', async () => {
        const e = await rejection(
          db.transaction(async (tx) => {
            await tx.insert('auditLog', { _id: 'a2', action: 'x' });
            await tx.updateById('departments', 'd1', { set: { name: 'changed' } });
            throw new Error('boom');
          }),
        );
        expect(e).toEqual(new Error('boom'));
        expect(await db.get('auditLog', 'a2')).toBeNull();
        expect(await db.get('departments', 'd1')).toEqual({ _id: 'd1', name: 'cardio', n: 0, extra: true });
      });

      it('refuses an existing _id with DuplicateKeyError and writes nothing', async () => {
        const e = await rejection(
          db.transaction(async (tx) => {
            await tx.insert('auditLog', { _id: 'a3', action: 'x' });
            await tx.insert('departments', { _id: 'd1', name: 'again' });
          }),
        );
        expect(e).toBeInstanceOf(DuplicateKeyError);
        expect(await db.get('auditLog', 'a3')).toBeNull();
        expect(await db.get('departments', 'd1')).toEqual({ _id: 'd1', name: 'cardio', n: 0, extra: true });
      });

      it('refuses a taken unique key with DuplicateKeyError and writes nothing', async () => {
        await db.insert('staff', { _id: 's1', openid: 'o1', hospitalId: 'h1' });
        const e = await rejection(
          db.transaction(async (tx) => {
            await tx.insert('auditLog', { _id: 'a4', action: 'grant' });
            await tx.insert('staff', { _id: 's2', openid: 'o1', hospitalId: 'h1' });
          }),
        );
        expect(e).toBeInstanceOf(DuplicateKeyError);
        expect(await db.get('auditLog', 'a4')).toBeNull();
        expect(await db.get('staff', 's2')).toBeNull();
      });

      it('fails updateById of a missing document and writes nothing', async () => {
        await expect(
          db.transaction(async (tx) => {
            await tx.insert('auditLog', { _id: 'a5', action: 'x' });
            await tx.updateById('departments', 'nope', { inc: { n: 1 } });
          }),
        ).rejects.toThrow();
        expect(await db.get('auditLog', 'a5')).toBeNull();
        expect(await db.get('departments', 'nope')).toBeNull();
      });

      it('ends with the exact total after 20 concurrent read-then-write transactions', async () => {
        const bump = () =>
          db.transaction(async (tx) => {
            const d = await tx.get<{ _id: string; n: number }>('departments', 'd1');
            if (!d) throw new Error('d1 is missing');
            await tx.updateById('departments', 'd1', { set: { n: d.n + 1 } });
          });
        await Promise.all(Array.from({ length: 20 }, bump));
        expect(await db.get('departments', 'd1')).toEqual({ _id: 'd1', name: 'cardio', n: 20, extra: true });
      });
    });
  });
}
