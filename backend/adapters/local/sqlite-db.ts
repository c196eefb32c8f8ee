/**
 * The embedded local store: each collection is a SQLite table of JSON documents, with expression
 * indexes for the queries and unique indexes for the unique keys of `collections.ts`.
 * better-sqlite3 is synchronous, so each method runs whole before any other request's code:
 * a conditional update is a select and write inside one SQLite transaction.
 */
import Database from 'better-sqlite3';
import type { CollectionSpec } from '../../collections';
import { applyPatch } from '../../patch';
import type { Db, Doc, Patch, Query, TxDb, Where } from '../../ports';
import { DuplicateKeyError } from '../../ports';
import { fieldExpr, querySql, whereSql, type SqlParam } from './sqlite-where';
import { runOptimisticTransaction } from './sqlite-transaction';

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export class SqliteDb implements Db {
  readonly sqlite: Database.Database;
  private readonly ready = new Set<string>();
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    file: string,
    private readonly specs: Record<string, CollectionSpec>,
  ) {
    this.sqlite = new Database(file);
    this.sqlite.pragma('journal_mode = WAL');
    this.sqlite.pragma('synchronous = NORMAL');
    this.sqlite.pragma('busy_timeout = 5000');
  }

  close(): void {
    this.sqlite.close();
  }

  /** A prepared statement, prepared once per SQL text. */
  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Creates the table and its indexes the first time a collection is used. */
  table(collection: string): string {
    if (this.ready.has(collection)) return collection;
    if (!NAME.test(collection)) throw new Error(`invalid collection name: ${collection}`);
    const spec = this.specs[collection];
    if (!spec) throw new Error(`unknown collection: ${collection}`);
    const statements = [`CREATE TABLE IF NOT EXISTS "${collection}" (_id TEXT PRIMARY KEY, doc TEXT NOT NULL)`];
    (spec.unique ?? []).forEach((fields, i) => {
      statements.push(`CREATE UNIQUE INDEX IF NOT EXISTS "${collection}_u${i}" ON "${collection}" (${fields.map(fieldExpr).join(', ')})`);
    });
    (spec.indexes ?? []).forEach((fields, i) => {
      statements.push(`CREATE INDEX IF NOT EXISTS "${collection}_i${i}" ON "${collection}" (${fields.map(fieldExpr).join(', ')})`);
    });
    this.sqlite.transaction(() => statements.forEach((sql) => this.sqlite.exec(sql)))();
    this.ready.add(collection);
    return collection;
  }

  readRaw(collection: string, id: string): string | null {
    const row = this.stmt(`SELECT doc FROM "${this.table(collection)}" WHERE _id = ?`).get(id) as { doc: string } | undefined;
    return row ? row.doc : null;
  }

  insertRaw(collection: string, doc: Doc): void {
    try {
      this.stmt(`INSERT INTO "${this.table(collection)}" (_id, doc) VALUES (?, ?)`).run(doc._id, JSON.stringify(doc));
    } catch (e) {
      throw asDuplicate(e, collection, doc._id);
    }
  }

  writeRaw(collection: string, doc: Doc): void {
    try {
      this.stmt(`INSERT INTO "${this.table(collection)}" (_id, doc) VALUES (?, ?) ON CONFLICT(_id) DO UPDATE SET doc = excluded.doc`).run(
        doc._id,
        JSON.stringify(doc),
      );
    } catch (e) {
      throw asDuplicate(e, collection, doc._id);
    }
  }

  deleteRaw(collection: string, id: string): void {
    this.stmt(`DELETE FROM "${this.table(collection)}" WHERE _id = ?`).run(id);
  }

  async get<T extends Doc>(collection: string, id: string): Promise<T | null> {
    const raw = this.readRaw(collection, id);
    return raw === null ? null : (JSON.parse(raw) as T);
  }

  async find<T extends Doc>(collection: string, query: Query = {}): Promise<T[]> {
    const params: SqlParam[] = [];
    const sql = querySql(this.table(collection), query, params);
    const rows = this.stmt(sql).all(...params) as Array<{ doc: string }>;
    return rows.map((r) => JSON.parse(r.doc) as T);
  }

  async count(collection: string, where?: Where): Promise<number> {
    const params: SqlParam[] = [];
    const sql = `SELECT COUNT(*) AS n FROM "${this.table(collection)}"` + whereSql(where, params);
    return (this.stmt(sql).get(...params) as { n: number }).n;
  }

  async insert<T extends Doc>(collection: string, doc: T): Promise<void> {
    this.insertRaw(collection, doc);
  }

  /** Inserts many documents in one SQLite transaction (seeding and bulk publishing). */
  insertMany<T extends Doc>(collection: string, docs: T[]): void {
    this.sqlite.transaction(() => docs.forEach((d) => this.insertRaw(collection, d)))();
  }

  async update(collection: string, where: Where, patch: Patch): Promise<number> {
    const params: SqlParam[] = [];
    const table = this.table(collection);
    const select = this.stmt(`SELECT doc FROM "${table}"` + whereSql(where, params));
    const write = this.stmt(`UPDATE "${table}" SET doc = ? WHERE _id = ?`);
    return this.sqlite.transaction(() => {
      const rows = select.all(...params) as Array<{ doc: string }>;
      for (const row of rows) {
        const next = applyPatch(JSON.parse(row.doc) as Doc, patch);
        try {
          write.run(JSON.stringify(next), next._id);
        } catch (e) {
          throw asDuplicate(e, collection, next._id);
        }
      }
      return rows.length;
    })();
  }

  async remove(collection: string, where: Where): Promise<number> {
    const params: SqlParam[] = [];
    const sql = `DELETE FROM "${this.table(collection)}"` + whereSql(where, params);
    return this.stmt(sql).run(...params).changes;
  }

  async transaction<R>(work: (tx: TxDb) => Promise<R>): Promise<R> {
    return runOptimisticTransaction(this, work);
  }
}

/** SQLite's constraint errors become DuplicateKeyError (checked by code: the error may come from another realm). */
function asDuplicate(e: unknown, collection: string, id: string): unknown {
  const code = typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return new DuplicateKeyError(collection, id);
  }
  return e;
}
