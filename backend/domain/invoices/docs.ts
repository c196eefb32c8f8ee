/** Stored shapes of e-invoices (电子发票) and the per-hospital, per-day number counters. */
import type { InvoiceTitle } from '../../../miniprogram/shared/invoice-title';
import type { ItemCategory } from '../billing/docs';

export const InvoiceStatus = { valid: 'valid', void: 'void' } as const;
export type InvoiceStatus = (typeof InvoiceStatus)[keyof typeof InvoiceStatus];
export const invoiceStatusLabels: Record<InvoiceStatus, string> = { valid: '有效', void: '已作废' };

export interface InvoiceItem {
  code: string;
  name: string;
  quantity: number;
  unit: string;
  unitFen: number;
  amountFen: number;
}

/** One category of charges (挂号费, 药品费 …) with its items. */
export interface InvoiceLine {
  category: ItemCategory;
  label: string;
  amountFen: number;
  items: InvoiceItem[];
}

export interface InvoiceDoc {
  /** `inv-` and a hash of the caller and the request id, so a retried request finds its invoice. */
  _id: string;
  hospitalId: string;
  hospitalName: string;
  openid: string;
  orderId: string;
  requestId: string;
  /**
   * Unique: the order id while the invoice is valid, `void:<_id>` once voided — so an order has at
   * most one valid invoice. Never missing (the cloud indexes a missing field as null).
   */
  validKey: string;
  /** Hospital code (4) + issue date (8) + the day's sequence (6), e.g. 318720261125000001. */
  number: string;
  /** 20 random digits, printed on the PDF; with the number it identifies the invoice. */
  verificationCode: string;
  status: InvoiceStatus;
  title: InvoiceTitle;
  /** Where the patient would like a copy sent; '' when none. Not sent by this build. */
  email: string;
  patientName: string;
  departmentName: string;
  doctorName: string;
  orderTitle: string;
  /** Clinic day of issue, YYYY-MM-DD in Asia/Shanghai. */
  issueDate: string;
  issuedAt: number;
  lines: InvoiceLine[];
  paidFen: number;
  refundedFen: number;
  /** What the invoice is for: paid − refunded at issue. */
  totalFen: number;
  /** The total in Chinese capital numerals, e.g. 壹佰贰拾元整. */
  totalCapital: string;
  /**
   * Files port id of the PDF (for a void invoice, the copy with the 已作废 watermark); '' until it
   * is rendered, which happens only after this record is written (backend/handlers/invoices/pdf-files.ts).
   */
  fileId: string;
  /** Where the PDF is (to be) stored: a private, unguessable path (backend/private-files.ts). */
  filePath: string;
  fileSize: number;
  voidedAt: number | null;
  voidReason: string;
  /** The invoice this one replaced (a title correction, or what remained after a refund), or ''. */
  replaces: string;
  /** The invoice that replaced this one, or ''. */
  replacedBy: string;
}

/** `_id` = `ic-<hospitalId>-<YYYYMMDD>`; `seq` is the last number handed out that day. */
export interface InvoiceCounterDoc {
  _id: string;
  hospitalId: string;
  day: string;
  seq: number;
}

/**
 * `_id` = `ivc-<orderId>`: which invoice of the order is valid ('' none) and for how much. Every
 * change of an order's valid invoice reads and rewrites it in one transaction, so an order never
 * holds two valid invoices — without relying on a unique index's error.
 */
export interface InvoiceClaimDoc {
  _id: string;
  orderId: string;
  invoiceId: string;
  invoicedFen: number;
  updatedAt: number;
}

/**
 * A red-letter reversal (红字冲销) of an invoice voided because money was refunded after it: a
 * record with its own number and the negative of the voided invoice's amount. `_id` = `rv-<invoiceId>`,
 * so an invoice is reversed at most once.
 */
export interface InvoiceReversalDoc {
  _id: string;
  hospitalId: string;
  hospitalName: string;
  openid: string;
  orderId: string;
  invoiceId: string;
  invoiceNumber: string;
  /** Numbered from the same per-hospital, per-day counter as invoices. */
  number: string;
  title: InvoiceTitle;
  /** Negative: −(the voided invoice's total). */
  amountFen: number;
  /** What had been refunded when the invoice was reversed. */
  refundedFen: number;
  reason: string;
  /** The invoice issued for what remained, or '' after a full refund. */
  replacedBy: string;
  replacedByNumber: string;
  issueDate: string;
  issuedAt: number;
}

/** What an invoice PDF shows (drawn by the InvoiceRenderer port, backend/ports.ts). */
export interface InvoicePdfData {
  hospitalName: string;
  number: string;
  /** Grouped for reading, e.g. '12345 67890 12345 67890'. */
  verificationCode: string;
  /** YYYY-MM-DD */
  issueDate: string;
  title: InvoiceTitle;
  patientName: string;
  departmentName: string;
  doctorName: string;
  /** What was paid for, as the patient saw it when paying, e.g. 挂号费 心血管内科 陈立民. */
  orderTitle: string;
  lines: InvoiceLine[];
  paidFen: number;
  refundedFen: number;
  totalFen: number;
  totalCapital: string;
  /** Epoch ms of issue: the PDF's creation date (renders are reproducible). */
  issuedAt: number;
  /** The invoice this one replaced, by number, or ''. */
  replacesNumber: string;
  /** Set for a void invoice: printed with a 已作废 watermark and the reason. */
  voided: { at: string; reason: string } | null;
}
