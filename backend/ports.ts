/**
 * The interfaces handlers need. The cloud adapters (wx-server-sdk) and the local adapters
 * (better-sqlite3, outbox, local folder) implement them; handlers see nothing else.
 */

import type { InvoicePdfData } from './domain/invoices/docs';
import type { IdType } from '../miniprogram/shared/enums';

/** A value stored in a document field that filters can compare against. */
export type Scalar = string | number | boolean | null;

/**
 * A condition on one field: a plain value means equality; an operator object compares.
 * Shaped after the cloud database's commands (_.in, _.gt, _.gte, _.lt, _.lte, _.neq).
 */
export type FieldCondition =
  | Scalar
  | { in: Scalar[] }
  | { gt?: number | string; gte?: number | string; lt?: number | string; lte?: number | string }
  | { neq: Scalar };

/** Conditions joined by AND. Keys are field names; a dotted key reaches into an object field. */
export type Where = Record<string, FieldCondition>;

export interface Query {
  where?: Where;
  orderBy?: Array<[field: string, direction: 'asc' | 'desc']>;
  /** At most 100, as in the cloud database; default 100. */
  limit?: number;
  skip?: number;
}

/** A stored document: every document has a string `_id`. */
export interface Doc {
  _id: string;
}

/**
 * A change to documents: `set` replaces top-level fields (dotted keys reach inside objects),
 * `inc` adds atomically to numeric fields.
 */
export interface Patch {
  set?: Record<string, unknown>;
  inc?: Record<string, number>;
}

/** The largest page a query returns, as in the cloud database. */
export const MAX_PAGE = 100;

/** Thrown by insert when the `_id` or a unique key of the collection is taken. */
export class DuplicateKeyError extends Error {
  constructor(
    readonly collection: string,
    readonly key: string,
  ) {
    super(`duplicate key in ${collection}: ${key}`);
    this.name = 'DuplicateKeyError';
  }
}

/** Thrown by a transaction that could not commit after its retries. */
export class TransactionConflictError extends Error {
  constructor() {
    super('transaction conflict');
    this.name = 'TransactionConflictError';
  }
}

/** Single-document operations allowed inside a transaction (as in cloud transactions). */
export interface TxDb {
  get<T extends Doc>(collection: string, id: string): Promise<T | null>;
  insert<T extends Doc>(collection: string, doc: T): Promise<void>;
  /** Replaces the whole document (creating it when absent). */
  set<T extends Doc>(collection: string, doc: T): Promise<void>;
  updateById(collection: string, id: string, patch: Patch): Promise<void>;
  removeById(collection: string, id: string): Promise<void>;
}

export interface Db {
  get<T extends Doc>(collection: string, id: string): Promise<T | null>;
  find<T extends Doc>(collection: string, query?: Query): Promise<T[]>;
  count(collection: string, where?: Where): Promise<number>;
  /** Inserts with the document's own `_id`; DuplicateKeyError when it or a unique key is taken. */
  insert<T extends Doc>(collection: string, doc: T): Promise<void>;
  /** Conditional update of every document matching `where`; returns how many were updated. */
  update(collection: string, where: Where, patch: Patch): Promise<number>;
  /** Removes every document matching `where`; returns how many were removed. */
  remove(collection: string, where: Where): Promise<number>;
  /** Runs `work` as one transaction of single-document operations; it may run more than once. */
  transaction<R>(work: (tx: TxDb) => Promise<R>): Promise<R>;
}

export interface Clock {
  now(): number;
}

/** A subscribe message or other notice to a user; the local adapter writes the outbox. */
export interface Notice {
  openid: string;
  hospitalId: string;
  kind: string;
  /** Dedupe key: the same key is sent once. */
  key: string;
  page: string;
  data: Record<string, string>;
  /** The appointment a reminder is about: not sent once it is no longer active. */
  appointmentId?: string;
}

export interface Notifier {
  /** Queues a notice; returns false when one with the same key was already queued. */
  notify(notice: Notice): Promise<boolean>;
}

export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
}

/** WeChat's answer: errCode 0 when sent. */
export interface SendResult {
  errCode: number;
  errMsg: string;
}

/** subscribeMessage.send in the cloud; locally, the outbox is the inbox (`GET /dev/outbox`). */
export interface MessageSender {
  send(message: SubscribeMessage): Promise<SendResult>;
}

export interface StoredFile {
  /** A path or cloud file id that `link` can turn into something the client downloads. */
  fileId: string;
  size: number;
}

/** A download link; `expiresAt` (epoch ms) is when it stops working, null for a public file. */
export interface FileLink {
  url: string;
  expiresAt: number | null;
}

/**
 * Stored files. A path under `private/` (backend/private-files.ts) is private: its link is signed
 * and works for a few minutes; any other path is public demo content (docs/files.md).
 */
export interface Files {
  put(path: string, content: Uint8Array, contentType: string): Promise<StoredFile>;
  /** A link the client can download: a private file's expires after PRIVATE_LINK_TTL_MS. */
  link(fileId: string): Promise<FileLink>;
  /** Deletes a stored file; a file already gone is not an error. */
  remove(fileId: string): Promise<void>;
}

/** What the client needs to open the payment sheet. */
export interface PaymentStart {
  /** The parameters of wx.requestPayment (timeStamp, nonceStr, package, signType, paySign). */
  params: Record<string, string>;
  /** True for the local sandbox: the client confirms in its own sheet and the sandbox pays. */
  sandbox: boolean;
}

export interface TradeState {
  state: 'paid' | 'unpaid' | 'closed' | 'refunded' | 'unknown';
  transactionId: string;
  totalFen: number;
  paidAt: number | null;
}

export type RefundOutcome = { ok: true } | { ok: false; error: string; retryable: boolean };

/** WeChat Pay (cloudPay in the cloud, a sandbox locally). */
export interface Payments {
  start(order: { outTradeNo: string; totalFen: number; description: string; openid: string }): Promise<PaymentStart>;
  query(outTradeNo: string): Promise<TradeState>;
  /** Refunds part or all of a trade; the same outRefundNo is the same refund (safe to retry). */
  refund(request: { outTradeNo: string; outRefundNo: string; totalFen: number; refundFen: number }): Promise<RefundOutcome>;
}

/** A finished visit, as the hospital information system needs it to produce the visit's orders. */
export interface VisitSummary {
  appointmentId: string;
  hospitalId: string;
  departmentId: string;
  departmentName: string;
  doctorName: string;
  patientName: string;
  /** Age in years at the visit, or null when unknown. */
  patientAge: number | null;
  /** Who was seen, for the HIS to file the visit under its own patient; null when the family member was removed before. */
  patient: HisPatient | null;
  diagnosis: string;
}

/**
 * A patient as the hospital information system needs it: the platform's id (answers carry it
 * back), and the real-name document by which the HIS finds its own patient (docs/his-http.md).
 */
export interface HisPatient {
  patientId: string;
  name: string;
  sex: 'male' | 'female' | '';
  /** 'YYYY-MM-DD', for reference ranges by age; '' when unknown. */
  birthDate: string;
  idType: IdType;
  idNumber: string;
}

/**
 * The hospital information system (HIS): it owns visits, their orders, reports and
 * prescriptions. What it sends is not trusted: each answer is `unknown` until checked —
 * orders by backend/domain/his/answer.ts; reports (`{ reports: [...] }`) by
 * backend/domain/records/his-report.ts; prescriptions (`{ prescriptions: [...] }`) by
 * backend/domain/records/his-prescription.ts.
 */
export interface His {
  ordersForVisit(visit: VisitSummary): Promise<unknown>;
  /** The patient's reports that changed at or after `since` (epoch ms). */
  reports(patient: HisPatient, since: number): Promise<unknown>;
  /** One report by the HIS's id, as `{ reports: [report] }` (empty when it is not the patient's). */
  report(id: string, patient: HisPatient): Promise<unknown>;
  /** The patient's prescriptions that may have changed at or after `since`. */
  prescriptions(patient: HisPatient, since: number): Promise<unknown>;
  /** The patient's visits at or after `since` with their confirmed diagnoses, as `{ visits: [...] }` (backend/domain/his/visits.ts). */
  visits(patient: HisPatient, since: number): Promise<unknown>;
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Classes of action an account is limited in: booking and payment tighter, reads looser. */
export type RateClass = 'booking' | 'payment' | 'write' | 'read';

/** At most `max` calls per account in each fixed window of `windowSeconds`. */
export interface RateLimit {
  max: number;
  windowSeconds: number;
}

export type RateLimits = Record<RateClass, RateLimit>;

/** What content security answers (backend/domain/online/content-words.ts). */
export type ContentVerdict = { ok: true } | { ok: false; label: string; reason: string };

/**
 * WeChat content security (security.msgSecCheck and security.mediaCheckAsync, version 2) in the
 * cloud, a word list locally. `scene` is WeChat's: 1 资料, 2 评论, 3 论坛, 4 社交日志.
 */
export interface ContentCheck {
  text(input: { openid: string; scene: 1 | 2 | 3 | 4; content: string }): Promise<ContentVerdict>;
  /**
   * Starts the check of a picture reachable at `url`: answers the trace id WeChat's
   * `wxa_media_check` event will carry, or a verdict at once when the adapter has one.
   */
  media(input: { openid: string; scene: 1 | 2 | 3 | 4; url: string }): Promise<{ traceId: string; verdict: ContentVerdict | null }>;
}

/** Everything a handler may touch. */
/** Draws invoices as PDF files (backend/adapters/pdf/: pdf-lib with a GB 2312 font subset). */
export interface InvoiceRenderer {
  /** The characters of `text` the invoice font cannot draw, each once. */
  unsupportedCharacters(text: string): string[];
  render(d: InvoicePdfData): Promise<Uint8Array>;
}

export interface Ports {
  db: Db;
  clock: Clock;
  notifier: Notifier;
  sender: MessageSender;
  files: Files;
  payments: Payments;
  his: His;
  logger: Logger;
  contentCheck: ContentCheck;
  invoiceRenderer: InvoiceRenderer;
  /** Openids that are admins of every hospital (PEIZHEN_ADMIN_OPENIDS). */
  adminOpenids: readonly string[];
  /** Calls per account and class of action (PEIZHEN_RATE_LIMITS); null: no limits. */
  rateLimits: RateLimits | null;
}
