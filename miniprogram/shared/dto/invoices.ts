/** What the `invoices` cloud function answers with: e-invoices (电子发票) of paid orders. */
import type { InvoiceTitleType } from '../invoice-title';

export type InvoiceStatus = 'valid' | 'void';

export interface InvoiceItemView {
  name: string;
  quantity: number;
  unit: string;
  unitText: string;
  amountText: string;
}

export interface InvoiceLineView {
  category: string;
  label: string;
  amountFen: number;
  amountText: string;
  items: InvoiceItemView[];
}

/** An invoice in a list. */
export interface InvoiceSummary {
  id: string;
  orderId: string;
  number: string;
  /** Grouped by five digits: '12345 67890 12345 67890'. */
  verificationCode: string;
  status: InvoiceStatus;
  statusLabel: string;
  titleType: InvoiceTitleType;
  titleTypeLabel: string;
  titleName: string;
  /** The company's unified social credit code; '' for a personal title. */
  taxCode: string;
  hospitalId: string;
  hospitalName: string;
  patientName: string;
  orderTitle: string;
  /** YYYY-MM-DD */
  issueDate: string;
  issuedAt: number;
  totalFen: number;
  totalText: string;
  /** 壹佰贰拾元整 */
  totalCapital: string;
  voidedAt: number | null;
  voidReason: string;
  /** Ids of the invoice this one replaced / that replaced it, or ''. */
  replaces: string;
  replacedBy: string;
}

/** One invoice with its items; its PDF is reached through the `link` action only. */
export interface InvoiceView extends InvoiceSummary {
  lines: InvoiceLineView[];
  paidText: string;
  refundedFen: number;
  refundedText: string;
  email: string;
}

/** A short-lived link to an invoice's PDF (`link`): download it at once. */
export interface InvoiceLink {
  url: string;
  /** Epoch ms after which the link no longer works. */
  expiresAt: number | null;
}

/** A red-letter reversal (红字冲销) of an invoice voided by a refund after it. */
export interface InvoiceReversalView {
  id: string;
  orderId: string;
  /** The reversal's own number. */
  number: string;
  /** The voided invoice. */
  invoiceId: string;
  invoiceNumber: string;
  titleName: string;
  /** Negative: −(the voided invoice's total). */
  amountFen: number;
  /** '-¥35.00' */
  amountText: string;
  reason: string;
  /** The invoice issued for what remained, or '' after a full refund. */
  replacedByNumber: string;
  issueDate: string;
  issuedAt: number;
}

/** An order as the invoice page needs it: its valid invoice, or whether and for how much one can be issued. */
export interface OrderInvoiceState {
  orderId: string;
  orderTitle: string;
  hospitalName: string;
  patientName: string;
  /** True when no valid invoice exists and the order can be invoiced now. */
  invoiceable: boolean;
  /** Why not, in Chinese; '' when invoiceable or already invoiced. */
  reason: string;
  /** What an invoice would be for (paid − refunded). */
  amountFen: number;
  amountText: string;
  invoice: InvoiceView | null;
  /** Earlier invoices of the order, voided by title corrections or refunds, newest first. */
  voided: InvoiceSummary[];
  /** Red-letter reversals of invoices voided by refunds, newest first. */
  reversals: InvoiceReversalView[];
}

/** A billing clerk's day of invoices. */
export interface InvoiceDay {
  hospitalId: string;
  date: string;
  invoices: InvoiceSummary[];
  validCount: number;
  voidCount: number;
  validTotalFen: number;
  validTotalText: string;
  /** The day's red-letter reversals. */
  reversals: InvoiceReversalView[];
  reversalCount: number;
  /** Negative: what the day's reversals took back. */
  reversalTotalFen: number;
  reversalTotalText: string;
}
