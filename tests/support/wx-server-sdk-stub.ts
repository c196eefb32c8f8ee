/**
 * An in-memory fake of the wx-server-sdk subset typed in backend/adapters/cloud/sdk-types.ts, for
 * tests of the cloud adapters. It is written from the SDK's documented behaviour and its source
 * (wx-server-sdk 4.x wrapping @cloudbase/database over MongoDB), independently of the SQLite store.
 *
 * What it models:
 * - Collections are Maps of documents; every operation waits one macrotask and then runs whole,
 *   so concurrent calls interleave between operations, never inside one (`_.inc` is atomic, a
 *   conditional `where().update()` checks and writes in one step).
 * - Queries: equality (null also matches a missing field, an array field matches an element),
 *   `_.in/_.neq/_.gt/_.gte/_.lt/_.lte/_.and` and `.and()` chaining; comparisons only match values
 *   of the bound's type (number or string); dotted paths and nested plain objects reach into
 *   object fields; orderBy sorts missing/null < numbers < strings < objects < arrays < booleans;
 *   get() returns at most 100 without limit() and at most 1000 with it.
 * - Update data: a plain object is merged into the stored object (flattened to dotted paths),
 *   `_.set(v)` replaces, `_.inc(n)` adds; `stats.updated` counts documents that changed.
 * - Unique indexes from a CollectionSpec map (backend/collections.ts). As in MongoDB, a missing
 *   field indexes as null: two documents missing the same unique fields collide.
 * - With `collections` given, any other collection name fails like a missing collection (-502005).
 * - Transactions run one at a time; a transaction sees its own writes, applies them at the end,
 *   discards them when the work throws, and runs the work again (up to `retryTimes`, default 3)
 *   when a document it touched was written outside it meanwhile.
 *
 * Error shapes assumed (the SDK's toSDKError: an Error whose `message` equals `errMsg`):
 * - missing document with throwOnNotFound (the default): errCode -1,
 *   `document.get:fail document with _id <id> does not exist`;
 * - duplicate `_id` or unique key: errCode -502001, `<api>:fail -502001 DATABASE_REQUEST_FAILED.
 *   [FailedOperation] E11000 duplicate key error collection: <env>.<collection> index: <index>
 *   dup key: { … }`;
 * - conflict after the retries: the database's own error, `code: 'DATABASE_TRANSACTION_CONFLICT'`;
 * - invalid parameters: errCode -501007 INVALID_PARAM.
 */
import { createCloudPayStub, type CloudPayStub } from './cloud-pay-stub';
import { randomBytes } from 'node:crypto';
import type {
  CloudSdk,
  DatabaseOptions,
  EnvId,
  QueryCommand,
  SdkAddResult,
  SdkCollection,
  SdkCommand,
  SdkDatabase,
  SdkDocData,
  SdkDocument,
  SdkQuery,
  SdkTransaction,
  SdkTransactionCollection,
  SdkWhere,
  MediaCheckAsyncOptions,
  MediaCheckAsyncResult,
  MsgSecCheckOptions,
  MsgSecCheckResult,
  SubscribeMessageSendOptions,
  SubscribeMessageSendResult,
  TempFileURL,
  UpdateCommand,
  WXContext,
} from '../../backend/adapters/cloud/sdk-types';

type Data = Record<string, unknown>;

/** An error as wx-server-sdk rejects with. */
export class StubSdkError extends Error {
  constructor(
    readonly errCode: number,
    readonly errMsg: string,
  ) {
    super(errMsg);
  }
}

/** The database's own error object, as runTransaction passes it through. */
export class StubDatabaseError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const missingDocument = (id: string) => new StubSdkError(-1, `document.get:fail document with _id ${id} does not exist`);
const invalidParam = (api: string, text: string) => new StubSdkError(-501007, `${api}:fail -501007 INVALID_PARAM. ${text}`);

// ---------------------------------------------------------------- commands

class StubQueryCommand implements QueryCommand {
  constructor(
    readonly operator: 'in' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'and',
    readonly operands: readonly unknown[],
  ) {}

  and(...conditions: QueryCommand[]): QueryCommand {
    return new StubQueryCommand('and', [this, ...conditions]);
  }

  test(value: unknown): boolean {
    const [operand] = this.operands;
    switch (this.operator) {
      case 'in':
        return Array.isArray(operand) && operand.some((v) => equalsCondition(value, v));
      case 'neq':
        return !equalsCondition(value, operand);
      case 'gt':
        return compareSameType(value, operand, (c) => c > 0);
      case 'gte':
        return compareSameType(value, operand, (c) => c >= 0);
      case 'lt':
        return compareSameType(value, operand, (c) => c < 0);
      case 'lte':
        return compareSameType(value, operand, (c) => c <= 0);
      case 'and':
        return this.operands.every((c) => c instanceof StubQueryCommand && c.test(value));
    }
  }
}

class StubUpdateCommand implements UpdateCommand {
  constructor(
    readonly operator: 'inc' | 'set',
    readonly operands: readonly unknown[],
  ) {}
}

const command: SdkCommand = {
  in: (values) => new StubQueryCommand('in', [[...values]]),
  gt: (value) => new StubQueryCommand('gt', [value]),
  gte: (value) => new StubQueryCommand('gte', [value]),
  lt: (value) => new StubQueryCommand('lt', [value]),
  lte: (value) => new StubQueryCommand('lte', [value]),
  neq: (value) => new StubQueryCommand('neq', [value]),
  and: (...conditions) => new StubQueryCommand('and', conditions),
  inc: (by) => new StubUpdateCommand('inc', [by]),
  set: (value) => new StubUpdateCommand('set', [value]),
};

// ---------------------------------------------------------------- values and paths

/** A plain object from any realm (structuredClone under jest returns the outer realm's objects). */
function isPlainObject(value: unknown): value is Data {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function getPath(doc: unknown, path: string): unknown {
  let node = doc;
  for (const key of path.split('.')) {
    if (!isPlainObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

function setPath(doc: Data, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = doc;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (!isPlainObject(next)) node[key] = {};
    node = node[key] as Data;
  }
  node[keys[keys.length - 1]] = value;
}

/** Equality as a query means it: null matches a missing field; an array field matches an element. */
function equalsCondition(actual: unknown, expected: unknown): boolean {
  if (expected === null) return actual === null || actual === undefined;
  if (Array.isArray(actual) && !Array.isArray(expected)) return actual.some((a) => a === expected);
  if (typeof expected === 'object') return JSON.stringify(actual) === JSON.stringify(expected);
  return actual === expected;
}

function compareSameType(actual: unknown, bound: unknown, accept: (comparison: number) => boolean): boolean {
  if (typeof actual === 'number' && typeof bound === 'number') return accept(actual - bound);
  if (typeof actual === 'string' && typeof bound === 'string') return accept(actual < bound ? -1 : actual > bound ? 1 : 0);
  return false;
}

/** MongoDB's order of types: missing/null (equal), numbers, strings, objects, arrays, booleans. */
function typeRank(value: unknown): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number') return 1;
  if (typeof value === 'string') return 2;
  if (Array.isArray(value)) return 4;
  if (typeof value === 'boolean') return 5;
  return 3;
}

function compareValues(a: unknown, b: unknown): number {
  const rank = typeRank(a) - typeRank(b);
  if (rank !== 0 || typeRank(a) === 0) return rank;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const [x, y] = [JSON.stringify(a) ?? '', JSON.stringify(b) ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
}

function matches(doc: Data, where: SdkWhere, prefix = ''): boolean {
  return Object.entries(where).every(([key, condition]) => {
    const path = prefix + key;
    if (condition instanceof StubQueryCommand) return condition.test(getPath(doc, path));
    if (isPlainObject(condition)) return matches(doc, condition as SdkWhere, `${path}.`);
    return equalsCondition(getPath(doc, path), condition);
  });
}

/** Applies update data to a copy: plain objects merge, `_.set` replaces, `_.inc` adds. */
function applyUpdate(api: string, doc: Data, data: Data): Data {
  const next = structuredClone(doc);
  const apply = (path: string, value: unknown): void => {
    if (path === '_id') throw invalidParam(api, '不能更新_id的值');
    if (value instanceof StubUpdateCommand) {
      const [operand] = value.operands;
      if (value.operator === 'set') return setPath(next, path, structuredClone(operand));
      const current = getPath(next, path) ?? 0;
      if (typeof current !== 'number') {
        throw new StubSdkError(-502001, `${api}:fail -502001 DATABASE_REQUEST_FAILED. Cannot apply $inc to a value of non-numeric type`);
      }
      return setPath(next, path, current + Number(operand));
    }
    if (isPlainObject(value) && Object.keys(value).length > 0) {
      for (const [key, inner] of Object.entries(value)) apply(`${path}.${key}`, inner);
      return;
    }
    setPath(next, path, structuredClone(value));
  };
  for (const [path, value] of Object.entries(data)) apply(path, value);
  return next;
}

function checkData(api: string, data: object): Data {
  if (!isPlainObject(data) || Object.keys(data).length === 0) throw invalidParam(api, 'options.data 必须为非空对象');
  return data;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const newDocId = () => randomBytes(16).toString('hex');

// ---------------------------------------------------------------- the store

interface Stored {
  data: Data;
  version: number;
}

/** What an operation sees: the committed store, or a transaction's view of it. */
interface View {
  read(collection: string, id: string): Data | null;
  all(collection: string): Iterable<Data>;
}

export interface UniqueSpec {
  unique?: string[][];
}

class Store implements View {
  private readonly data = new Map<string, Map<string, Stored>>();
  private version = 0;
  /** Transactions run one after another. */
  transactions: Promise<unknown> = Promise.resolve();

  constructor(
    readonly env: string,
    private readonly specs: Record<string, UniqueSpec> | undefined,
  ) {}

  docs(collection: string): Map<string, Stored> {
    if (this.specs && !Object.prototype.hasOwnProperty.call(this.specs, collection)) {
      throw new StubSdkError(-502005, `collection.get:fail -502005 DATABASE_COLLECTION_NOT_EXIST. [ResourceNotFound] Db or Table not exist: ${collection}`);
    }
    let docs = this.data.get(collection);
    if (!docs) this.data.set(collection, (docs = new Map()));
    return docs;
  }

  read(collection: string, id: string): Data | null {
    return this.docs(collection).get(id)?.data ?? null;
  }

  *all(collection: string): Iterable<Data> {
    for (const stored of this.docs(collection).values()) yield stored.data;
  }

  versionOf(collection: string, id: string): number {
    return this.docs(collection).get(id)?.version ?? 0;
  }

  write(collection: string, id: string, data: Data | null): void {
    if (data === null) this.docs(collection).delete(id);
    else this.docs(collection).set(id, { data, version: ++this.version });
  }

  /** The duplicate-key error `doc` would raise in `view`, if any (its own `_id` excluded). */
  duplicate(api: string, view: View, collection: string, doc: Data): StubSdkError | null {
    for (const fields of this.specs?.[collection]?.unique ?? []) {
      const key = fields.map((f) => getPath(doc, f) ?? null);
      for (const other of view.all(collection)) {
        if (other._id === doc._id) continue;
        if (fields.every((f, i) => JSON.stringify(getPath(other, f) ?? null) === JSON.stringify(key[i]))) {
          const index = fields.map((f) => `${f}_1`).join('_');
          const dup = fields.map((f, i) => `${f}: ${JSON.stringify(key[i])}`).join(', ');
          return this.duplicateError(api, collection, index, `{ ${dup} }`);
        }
      }
    }
    return null;
  }

  duplicateError(api: string, collection: string, index: string, key: string): StubSdkError {
    return new StubSdkError(
      -502001,
      `${api}:fail -502001 DATABASE_REQUEST_FAILED. [FailedOperation] E11000 duplicate key error collection: ${this.env}.${collection} index: ${index} dup key: ${key}`,
    );
  }
}

// ---------------------------------------------------------------- queries and documents

interface QueryState {
  where: SdkWhere;
  order: Array<[string, 'asc' | 'desc']>;
  skip: number;
  limit: number | undefined;
}

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

class StubQuery implements SdkQuery {
  constructor(
    protected readonly store: Store,
    protected readonly name: string,
    private readonly state: QueryState = { where: {}, order: [], skip: 0, limit: undefined },
  ) {}

  private with(change: Partial<QueryState>): StubQuery {
    return new StubQuery(this.store, this.name, { ...this.state, ...change });
  }

  where(condition: SdkWhere): SdkQuery {
    if (!isPlainObject(condition)) throw invalidParam('collection.where', 'query 参数必须为对象');
    return this.with({ where: condition });
  }

  orderBy(field: string, order: 'asc' | 'desc'): SdkQuery {
    if (order !== 'asc' && order !== 'desc') throw invalidParam('collection.orderBy', `invalid order ${String(order)}`);
    return this.with({ order: [...this.state.order, [field, order]] });
  }

  skip(offset: number): SdkQuery {
    if (!Number.isInteger(offset) || offset < 0) throw invalidParam('collection.skip', 'offset 必须为非负整数');
    return this.with({ skip: offset });
  }

  limit(max: number): SdkQuery {
    if (!Number.isInteger(max) || max < 0) throw invalidParam('collection.limit', 'limit 必须为非负整数');
    return this.with({ limit: max });
  }

  private matching(): Data[] {
    return [...this.store.all(this.name)].filter((doc) => matches(doc, this.state.where));
  }

  async get(): Promise<{ data: SdkDocData[] }> {
    await tick();
    const rows = this.matching();
    const order = this.state.order;
    // Array.prototype.sort is stable: ties keep insertion order.
    rows.sort((a, b) => {
      for (const [field, direction] of order) {
        const c = compareValues(getPath(a, field), getPath(b, field));
        if (c !== 0) return direction === 'asc' ? c : -c;
      }
      return 0;
    });
    const limit = Math.min(this.state.limit || DEFAULT_LIMIT, MAX_LIMIT);
    return { data: structuredClone(rows.slice(this.state.skip, this.state.skip + limit)) };
  }

  async count(): Promise<{ total: number }> {
    await tick();
    return { total: this.matching().length };
  }

  async update(options: { data: Data }): Promise<{ stats: { updated: number } }> {
    await tick();
    const api = 'collection.update';
    const data = checkData(api, options.data);
    const changes = this.matching().map((doc) => ({ doc, next: applyUpdate(api, doc, data) }));
    const after = new Map(changes.map(({ next }) => [String(next._id), next]));
    const changed = (collection: string, id: string) => (collection === this.name ? after.get(id) : undefined);
    const view: View = {
      read: (collection, id) => changed(collection, id) ?? this.store.read(collection, id),
      all: (collection) => [...this.store.all(collection)].map((d) => changed(collection, String(d._id)) ?? d),
    };
    for (const { next } of changes) {
      const duplicate = this.store.duplicate(api, view, this.name, next);
      if (duplicate) throw duplicate;
    }
    let updated = 0;
    for (const { doc, next } of changes) {
      if (JSON.stringify(doc) === JSON.stringify(next)) continue;
      this.store.write(this.name, String(next._id), next);
      updated++;
    }
    return { stats: { updated } };
  }

  async remove(): Promise<{ stats: { removed: number } }> {
    await tick();
    const rows = this.matching();
    for (const doc of rows) this.store.write(this.name, String(doc._id), null);
    return { stats: { removed: rows.length } };
  }
}

/** Inserts `data` into `view` (the store itself, or a transaction) and returns the new id. */
function insert(store: Store, view: View, name: string, input: object, write: (id: string, data: Data) => void): SdkAddResult {
  const api = 'collection.add';
  const data = structuredClone(checkData(api, input));
  if (data._id === undefined) data._id = newDocId();
  const id = data._id;
  if (typeof id !== 'string' && typeof id !== 'number') throw invalidParam(api, '_id 必须为字符串或数字');
  if (view.read(name, String(id))) throw store.duplicateError(api, name, '_id_', `{ _id: ${JSON.stringify(id)} }`);
  const duplicate = store.duplicate(api, view, name, data);
  if (duplicate) throw duplicate;
  write(String(id), data);
  return { _id: String(id) };
}

class StubDocument implements SdkDocument {
  constructor(
    private readonly store: Store,
    private readonly name: string,
    private readonly id: string,
    private readonly throwOnNotFound: boolean,
  ) {}

  async get(): Promise<{ data: SdkDocData | null }> {
    await tick();
    const data = this.store.read(this.name, this.id);
    if (!data && this.throwOnNotFound) throw missingDocument(this.id);
    return { data: data ? structuredClone(data) : null };
  }

  async set(options: { data: object }): Promise<{ stats: { updated: number; created: number } }> {
    await tick();
    const api = 'document.set';
    const data = checkData(api, options.data);
    if ('_id' in data) throw invalidParam(api, '不能更新_id的值');
    const next = { _id: this.id, ...structuredClone(data) };
    const duplicate = this.store.duplicate(api, this.store, this.name, next);
    if (duplicate) throw duplicate;
    const existed = this.store.read(this.name, this.id) !== null;
    this.store.write(this.name, this.id, next);
    return { stats: { updated: existed ? 1 : 0, created: existed ? 0 : 1 } };
  }

  async update(options: { data: Data }): Promise<{ stats: { updated: number } }> {
    return new StubQuery(this.store, this.name).where({ _id: this.id }).update(options);
  }

  async remove(): Promise<{ stats: { removed: number } }> {
    return new StubQuery(this.store, this.name).where({ _id: this.id }).remove();
  }
}

class StubCollection extends StubQuery implements SdkCollection {
  constructor(
    store: Store,
    name: string,
    private readonly throwOnNotFound: boolean,
  ) {
    super(store, name);
  }

  doc(id: string): SdkDocument {
    return new StubDocument(this.store, this.name, id, this.throwOnNotFound);
  }

  async add(options: { data: object }): Promise<SdkAddResult> {
    await tick();
    return insert(this.store, this.store, this.name, options.data, (id, data) => this.store.write(this.name, id, data));
  }
}

// ---------------------------------------------------------------- transactions

class StubTransaction implements SdkTransaction, View {
  /** Version of each touched document when first touched (0: absent). */
  private readonly seen = new Map<string, { collection: string; id: string; version: number }>();
  private readonly writes = new Map<string, { collection: string; id: string; data: Data | null }>();

  constructor(
    private readonly store: Store,
    private readonly throwOnNotFound: boolean,
  ) {}

  private key(collection: string, id: string): string {
    return `${collection}\u0000${id}`;
  }

  read(collection: string, id: string): Data | null {
    const key = this.key(collection, id);
    if (!this.seen.has(key)) this.seen.set(key, { collection, id, version: this.store.versionOf(collection, id) });
    const pending = this.writes.get(key);
    return pending ? pending.data : this.store.read(collection, id);
  }

  *all(collection: string): Iterable<Data> {
    for (const doc of this.store.all(collection)) {
      const pending = this.writes.get(this.key(collection, String(doc._id)));
      if (!pending) yield doc;
    }
    for (const { collection: c, data } of this.writes.values()) if (c === collection && data) yield data;
  }

  write(collection: string, id: string, data: Data | null): void {
    this.read(collection, id);
    this.writes.set(this.key(collection, id), { collection, id, data });
  }

  collection(name: string): SdkTransactionCollection {
    return {
      doc: (id) => this.doc(name, id),
      add: async (options) => {
        await tick();
        return insert(this.store, this, name, options.data, (id, data) => this.write(name, id, data));
      },
    };
  }

  private doc(name: string, id: string): SdkDocument {
    return {
      get: async () => {
        await tick();
        const data = this.read(name, id);
        if (!data && this.throwOnNotFound) throw missingDocument(id);
        return { data: data ? structuredClone(data) : null };
      },
      set: async (options) => {
        await tick();
        const api = 'document.set';
        const data = checkData(api, options.data);
        if ('_id' in data) throw invalidParam(api, '不能更新_id的值');
        const next = { _id: id, ...structuredClone(data) };
        const duplicate = this.store.duplicate(api, this, name, next);
        if (duplicate) throw duplicate;
        const existed = this.read(name, id) !== null;
        this.write(name, id, next);
        return { stats: { updated: existed ? 1 : 0, created: existed ? 0 : 1 } };
      },
      update: async (options) => {
        await tick();
        const api = 'document.update';
        const current = this.read(name, id);
        const data = checkData(api, options.data);
        if (!current) return { stats: { updated: 0 } };
        const next = applyUpdate(api, current, data);
        const duplicate = this.store.duplicate(api, this, name, next);
        if (duplicate) throw duplicate;
        this.write(name, id, next);
        return { stats: { updated: JSON.stringify(current) === JSON.stringify(next) ? 0 : 1 } };
      },
      remove: async () => {
        await tick();
        const existed = this.read(name, id) !== null;
        this.write(name, id, null);
        return { stats: { removed: existed ? 1 : 0 } };
      },
    };
  }

  /** Applies the writes unless a touched document changed outside; false means a conflict. */
  commit(): boolean {
    for (const { collection, id, version } of this.seen.values()) {
      if (this.store.versionOf(collection, id) !== version) return false;
    }
    for (const { collection, data } of this.writes.values()) {
      if (data && this.store.duplicate('transaction.commit', this, collection, data)) return false;
    }
    for (const { collection, id, data } of this.writes.values()) this.store.write(collection, id, data);
    return true;
  }
}

class StubDatabase implements SdkDatabase {
  readonly command = command;

  constructor(
    private readonly store: Store,
    private readonly throwOnNotFound: boolean,
  ) {}

  collection(name: string): SdkCollection {
    return new StubCollection(this.store, name, this.throwOnNotFound);
  }

  runTransaction<R>(work: (transaction: SdkTransaction) => Promise<R>, retryTimes = 3): Promise<R> {
    const attempts = async (): Promise<R> => {
      for (let attempt = 1; ; attempt++) {
        const transaction = new StubTransaction(this.store, this.throwOnNotFound);
        const result = await work(transaction);
        if (transaction.commit()) return result;
        if (attempt >= retryTimes) {
          throw new StubDatabaseError(
            'DATABASE_TRANSACTION_CONFLICT',
            '[ResourceUnavailable.TransactionConflict] Transaction is conflicted, maybe another transaction is modifying the same document.',
          );
        }
      }
    };
    const run = this.store.transactions.then(attempts);
    this.store.transactions = run.catch(() => undefined);
    return run;
  }
}

// ---------------------------------------------------------------- the module

export interface StubOptions {
  /** The collections that exist and their unique keys: pass `collections` from backend/collections.ts. */
  collections?: Record<string, UniqueSpec>;
  envId?: string;
  openid?: string;
  appid?: string;
}

export interface UploadedFile {
  cloudPath: string;
  content: Buffer;
}

export interface WxServerSdkStub extends CloudSdk {
  /** How many times init was called, and with what env. */
  readonly initCalls: Array<{ env?: EnvId }>;
  /** Every subscribeMessage.send call, in order. */
  readonly sentMessages: SubscribeMessageSendOptions[];
  /** Uploaded files by fileID. */
  readonly files: Map<string, UploadedFile>;
  /** The caller's OPENID as getWXContext reports it; undefined as for a timer trigger. */
  setOpenid(openid: string | undefined): void;
  readonly cloudPay: CloudPayStub;
  /** Every security.msgSecCheck and security.mediaCheckAsync call, in order. */
  readonly securityCalls: Array<MsgSecCheckOptions | MediaCheckAsyncOptions>;
}

/** Text the stub's msgSecCheck finds risky (label 20001, 时政), as WeChat would some text. */
export const STUB_RISKY_TEXT = '违规样例文本';

export function createWxServerSdkStub(options: StubOptions = {}): WxServerSdkStub {
  const envId = options.envId ?? 'peizhen-test-1a2b3c';
  const store = new Store(envId, options.collections);
  const initCalls: Array<{ env?: EnvId }> = [];
  const sentMessages: SubscribeMessageSendOptions[] = [];
  const files = new Map<string, UploadedFile>();
  let openid = options.openid;
  const cloudPay = createCloudPayStub();
  const securityCalls: Array<MsgSecCheckOptions | MediaCheckAsyncOptions> = [];
  const requireInit = () => {
    if (initCalls.length === 0) {
      throw new StubSdkError(-1, "Cloud API isn't enabled, please call init first\n请先调用 init 完成初始化后再调用其他云 API。");
    }
  };

  return {
    DYNAMIC_CURRENT_ENV: Symbol.for('SYMBOL_CURRENT_ENV'),
    initCalls,
    sentMessages,
    securityCalls,
    files,
    setOpenid(next) {
      openid = next;
    },
    init(config = {}) {
      initCalls.push(config);
    },
    getWXContext(): WXContext {
      return { ...(openid === undefined ? {} : { OPENID: openid, SOURCE: 'wx_client' }), APPID: options.appid ?? 'wx0000000000000000', ENV: envId };
    },
    database(config: DatabaseOptions = {}): SdkDatabase {
      requireInit();
      return new StubDatabase(store, config.throwOnNotFound ?? true);
    },
    async uploadFile({ cloudPath, fileContent }) {
      requireInit();
      await tick();
      if (!fileContent) throw invalidParam('uploadFile', 'Type of fileContent must be fs.ReadStream instead of undefined');
      const fileID = `cloud://${envId}.stub-bucket/${cloudPath}`;
      files.set(fileID, { cloudPath, content: Buffer.from(fileContent) });
      return { fileID };
    },
    async getTempFileURL({ fileList }) {
      requireInit();
      await tick();
      const answer: TempFileURL[] = fileList.map((entry) => {
        const { fileID, maxAge } = typeof entry === 'string' ? { fileID: entry, maxAge: 7200 } : entry;
        const file = files.get(fileID);
        return file
          ? { fileID, tempFileURL: `https://${envId}.tcb.qcloud.la/${file.cloudPath}?sign=stub&maxAge=${maxAge}`, status: 0, errMsg: 'ok', maxAge }
          : { fileID, tempFileURL: '', status: -503003, errMsg: 'STORAGE_FILE_NONEXIST' };
      });
      return { fileList: answer };
    },
    async deleteFile({ fileList }) {
      requireInit();
      await tick();
      return {
        fileList: fileList.map((fileID) =>
          files.delete(fileID) ? { fileID, status: 0, errMsg: 'ok' } : { fileID, status: -503003, errMsg: 'STORAGE_FILE_NONEXIST' },
        ),
      };
    },
    cloudPay,
    openapi: {
      subscribeMessage: {
        async send(message): Promise<SubscribeMessageSendResult> {
          requireInit();
          await tick();
          sentMessages.push(structuredClone(message));
          return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' };
        },
      },
      security: {
        async msgSecCheck(options): Promise<MsgSecCheckResult> {
          requireInit();
          await tick();
          securityCalls.push(structuredClone(options));
          const risky = options.content.includes(STUB_RISKY_TEXT);
          return {
            errCode: 0,
            errMsg: 'openapi.security.msgSecCheck:ok',
            result: risky ? { suggest: 'risky', label: 20001 } : { suggest: 'pass', label: 100 },
            traceId: randomBytes(8).toString('hex'),
          };
        },
        async mediaCheckAsync(options): Promise<MediaCheckAsyncResult> {
          requireInit();
          await tick();
          securityCalls.push(structuredClone(options));
          return { errCode: 0, errMsg: 'openapi.security.mediaCheckAsync:ok', traceId: randomBytes(8).toString('hex') };
        },
      },
    },
  };
}
