/**
 * The part of wx-server-sdk 4.x the cloud adapters use, typed structurally. The package is not a
 * dependency of the repository root: the cloud entry loads it with `require('wx-server-sdk')`
 * (see load-sdk.ts) and tests pass the in-memory fake from tests/support/wx-server-sdk-stub.ts.
 */

/** `cloud.DYNAMIC_CURRENT_ENV` is a symbol in the cloud and undefined in local debugging. */
export type EnvId = string | symbol | undefined;

export interface WXContext {
  OPENID?: string;
  /** What triggered the call: wx_client for a mini program user, wx_devtools, scf … */
  SOURCE?: string;
  APPID?: string;
  UNIONID?: string;
  ENV?: string;
}

/** A scalar as the database stores it. */
export type SdkScalar = string | number | boolean | null;

/** What `_.gt(1)`, `_.in([...])` … return; `.and` chains another condition on the same field. */
export interface QueryCommand {
  readonly operator: string;
  and(...conditions: QueryCommand[]): QueryCommand;
}

/** What `_.inc(n)` and `_.set(value)` return inside update data. */
export interface UpdateCommand {
  readonly operator: string;
}

/** `db.command`, conventionally named `_`. */
export interface SdkCommand {
  in(values: readonly SdkScalar[]): QueryCommand;
  gt(value: number | string): QueryCommand;
  gte(value: number | string): QueryCommand;
  lt(value: number | string): QueryCommand;
  lte(value: number | string): QueryCommand;
  neq(value: SdkScalar): QueryCommand;
  and(...conditions: QueryCommand[]): QueryCommand;
  inc(by: number): UpdateCommand;
  /** Sets a field to exactly this value; a plain object in update data is merged instead. */
  set(value: unknown): UpdateCommand;
}

/** A `where` argument: per field (dotted paths allowed) a value for equality or a command. */
export interface SdkWhere {
  [field: string]: SdkScalar | QueryCommand | SdkWhere;
}

/** A stored document as the SDK returns it: it includes `_id`. */
export type SdkDocData = Record<string, unknown>;

export interface SdkQuery {
  where(condition: SdkWhere): SdkQuery;
  orderBy(field: string, order: 'asc' | 'desc'): SdkQuery;
  skip(offset: number): SdkQuery;
  limit(max: number): SdkQuery;
  get(): Promise<{ data: SdkDocData[] }>;
  count(): Promise<{ total: number }>;
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface SdkDocument {
  /** `data` is null for a missing document only with `throwOnNotFound: false`; otherwise it throws. */
  get(): Promise<{ data: SdkDocData | null }>;
  /** Replaces the document (creating it when absent); `data` must not contain `_id`. */
  set(options: { data: object }): Promise<{ stats: { updated: number; created: number } }>;
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface SdkAddResult {
  _id: string;
}

export interface SdkCollection extends SdkQuery {
  doc(id: string): SdkDocument;
  add(options: { data: object }): Promise<SdkAddResult>;
}

/** Inside `runTransaction` only single-document operations are allowed. */
export interface SdkTransactionCollection {
  doc(id: string): SdkDocument;
  add(options: { data: object }): Promise<SdkAddResult>;
}

export interface SdkTransaction {
  collection(name: string): SdkTransactionCollection;
}

export interface SdkDatabase {
  readonly command: SdkCommand;
  collection(name: string): SdkCollection;
  /** Runs `work` in a transaction, retrying it on a write conflict up to `retryTimes` (default 3). */
  runTransaction<R>(work: (transaction: SdkTransaction) => Promise<R>, retryTimes?: number): Promise<R>;
}

export interface DatabaseOptions {
  env?: EnvId;
  /** Whether `doc().get()` of a missing document throws (the default) or resolves `{ data: null }`. */
  throwOnNotFound?: boolean;
}

export interface SubscribeMessageSendOptions {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogramState?: 'developer' | 'trial' | 'formal';
}

export interface SubscribeMessageSendResult {
  errCode: number;
  errMsg: string;
}

/** security.msgSecCheck, content security 2.0 (cloud call: camelCase answer). */
export interface MsgSecCheckOptions {
  version: 2;
  openid: string;
  scene: 1 | 2 | 3 | 4;
  content: string;
}

export interface MsgSecCheckResult {
  errCode: number;
  errMsg: string;
  result?: { suggest: string; label: number | string };
  traceId?: string;
}

/** security.mediaCheckAsync, content security 2.0: `mediaType` 2 is a picture. */
export interface MediaCheckAsyncOptions {
  version: 2;
  openid: string;
  scene: 1 | 2 | 3 | 4;
  mediaUrl: string;
  mediaType: 1 | 2;
}

export interface MediaCheckAsyncResult {
  errCode: number;
  errMsg: string;
  traceId?: string;
}

export interface UploadFileOptions {
  cloudPath: string;
  fileContent: Buffer;
}

export interface TempFileURL {
  fileID: string;
  tempFileURL: string;
  /** 0 when the URL was issued. */
  status: number;
  errMsg?: string;
  maxAge?: number;
}

/** cloud.cloudPay (WeChat Pay for cloud development); field names as the SDK documents them. */
export interface CloudPayResult {
  returnCode: string;
  returnMsg?: string;
  resultCode?: string;
  errCode?: string;
  errCodeDes?: string;
}

export interface CloudPay {
  unifiedOrder(options: {
    body: string;
    outTradeNo: string;
    spbillCreateIp: string;
    subMchId: string;
    totalFee: number;
    envId: string;
    functionName: string;
    nonceStr: string;
    tradeType: 'JSAPI';
  }): Promise<CloudPayResult & { payment?: Record<string, string> }>;
  queryOrder(options: {
    subMchId: string;
    outTradeNo: string;
    nonceStr: string;
  }): Promise<CloudPayResult & { tradeState?: string; transactionId?: string; totalFee?: number; timeEnd?: string }>;
  refund(options: {
    subMchId: string;
    nonceStr: string;
    outTradeNo: string;
    outRefundNo: string;
    totalFee: number;
    refundFee: number;
  }): Promise<CloudPayResult>;
}

/** The `wx-server-sdk` module. */
export interface CloudSdk {
  readonly DYNAMIC_CURRENT_ENV: EnvId;
  init(options?: { env?: EnvId }): void;
  getWXContext(): WXContext;
  database(options?: DatabaseOptions): SdkDatabase;
  uploadFile(options: UploadFileOptions): Promise<{ fileID: string }>;
  /** `maxAge` in seconds: how long the URL works. */
  getTempFileURL(options: { fileList: Array<string | { fileID: string; maxAge: number }> }): Promise<{ fileList: TempFileURL[] }>;
  deleteFile(options: { fileList: string[] }): Promise<{ fileList: Array<{ fileID: string; status: number; errMsg?: string }> }>;
  readonly cloudPay: CloudPay;
  readonly openapi: {
    readonly subscribeMessage: {
      send(options: SubscribeMessageSendOptions): Promise<SubscribeMessageSendResult>;
    };
    readonly security: {
      msgSecCheck(options: MsgSecCheckOptions): Promise<MsgSecCheckResult>;
      mediaCheckAsync(options: MediaCheckAsyncOptions): Promise<MediaCheckAsyncResult>;
    };
  };
}
