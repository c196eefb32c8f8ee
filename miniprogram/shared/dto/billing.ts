/** What the `orders` cloud function answers with: orders, bills, refunds, staff totals. */
export type OrderStatus = 'unpaid' | 'paid' | 'partially_refunded' | 'refunded' | 'closed';

export interface OrderItemView {
  code: string;
  name: string;
  category: string;
  categoryLabel: string;
  quantity: number;
  unit: string;
  unitText: string;
  amountFen: number;
  amountText: string;
}

export interface RefundView {
  id: string;
  amountFen: number;
  amountText: string;
  reason: string;
  status: 'pending' | 'succeeded' | 'failed';
  statusLabel: string;
  createdAt: number;
  settledAt: number | null;
}

export interface OrderView {
  id: string;
  hospitalId: string;
  kind: 'registration' | 'outpatient' | 'service';
  title: string;
  status: OrderStatus;
  statusLabel: string;
  hospitalName: string;
  patientName: string;
  departmentName: string;
  doctorName: string;
  visitId: string;
  items: OrderItemView[];
  totalFen: number;
  totalText: string;
  paidFen: number;
  refundedFen: number;
  refundedText: string;
  /** What may still be refunded (paid − refunded − refunds in progress). */
  refundableFen: number;
  holdUntil: number | null;
  createdAt: number;
  paidAt: number | null;
  refunds: RefundView[];
  /** The patient may pay it now. */
  payable: boolean;
}

export interface PaymentStartView {
  orderId: string;
  outTradeNo: string;
  /** wx.requestPayment parameters (cloud) or the sandbox's description (local). */
  params: Record<string, string>;
  sandbox: boolean;
}

/** 门诊账单: one visit with its orders. */
export interface VisitBill {
  visitId: string;
  date: string;
  hospitalName: string;
  departmentName: string;
  doctorName: string;
  patientName: string;
  orders: OrderView[];
  totalFen: number;
  paidFen: number;
  unpaidFen: number;
  refundedFen: number;
  totalText: string;
  paidText: string;
  unpaidText: string;
  refundedText: string;
}

export interface DailyTotals {
  hospitalId: string;
  date: string;
  paidCount: number;
  paidFen: number;
  refundCount: number;
  refundedFen: number;
  netFen: number;
  paidText: string;
  refundedText: string;
  netText: string;
  byCategory: Array<{ category: string; label: string; amountFen: number; amountText: string }>;
}

export interface PaymentIssueView {
  id: string;
  outTradeNo: string;
  reason: string;
  totalFen: number;
  transactionId: string;
  /** The last notice's time; `count` notices since `firstAt`. */
  at: number;
  firstAt: number;
  count: number;
}

/** An order the billing role found by patient name, phone or visit day, to open for a refund. */
export interface RefundCandidate {
  orderId: string;
  title: string;
  patientName: string;
  /** 138****0000, or '' when the patient has no phone. */
  phoneMasked: string;
  visitDate: string;
  departmentName: string;
  doctorName: string;
  statusLabel: string;
  paidText: string;
  refundableFen: number;
  refundableText: string;
  /** 2026年11月25日 09:12 */
  paidAtText: string;
}
