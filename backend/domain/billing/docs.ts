/** Stored shapes of billing: orders with items, recorded payments, refunds, payment issues. */

export const ItemCategory = {
  registration: 'registration',
  consultation: 'consultation',
  drug: 'drug',
  lab: 'lab',
  imaging: 'imaging',
  treatment: 'treatment',
  service: 'service',
} as const;
export type ItemCategory = (typeof ItemCategory)[keyof typeof ItemCategory];

export interface OrderItem {
  code: string;
  name: string;
  category: ItemCategory;
  /** e.g. 1, or 2 (boxes) */
  quantity: number;
  unit: string;
  unitFen: number;
  amountFen: number;
}

export type OrderKind = 'registration' | 'outpatient' | 'service';
export type OrderStatus = 'unpaid' | 'paid' | 'partially_refunded' | 'refunded' | 'closed';

export interface OrderDoc {
  _id: string;
  hospitalId: string;
  hospitalName: string;
  openid: string;
  patientId: string;
  patientName: string;
  kind: OrderKind;
  /** The visit (appointment) the order belongs to, and its clinic day. */
  visitId: string;
  visitDate: string;
  departmentName: string;
  doctorName: string;
  title: string;
  items: OrderItem[];
  totalFen: number;
  status: OrderStatus;
  /** An unpaid order closes at this time; null when it does not expire. */
  holdUntil: number | null;
  /** ≤ 32 characters, as WeChat Pay requires; one per order, reused on every attempt. */
  outTradeNo: string;
  transactionId: string;
  paidFen: number;
  /** What may still be refunded: paid − refunded − refunds in progress. Refunds claim from it. */
  refundableFen: number;
  refundedFen: number;
  paidAt: number | null;
  closedAt: number | null;
  /** When the patient last opened the payment sheet: the timer asks WeChat Pay about such orders. */
  payStartedAt?: number;
  /** When the timer asks WeChat Pay next; null once the follow-up window has passed (backend/domain/billing/follow-up.ts). */
  nextQueryAt?: number | null;
  /** A payment notice still to be sent. */
  noticePending: boolean;
  createdAt: number;
  updatedAt: number;
}

/** One per order: proof that the money arrived (from the callback or a query). */
export interface PaymentDoc {
  _id: string;
  orderId: string;
  hospitalId: string;
  outTradeNo: string;
  transactionId: string;
  totalFen: number;
  paidAt: number;
  source: 'callback' | 'query';
}

export type RefundStatus = 'pending' | 'succeeded' | 'failed';

export interface RefundDoc {
  _id: string;
  orderId: string;
  hospitalId: string;
  openid: string;
  /** The reason key that makes the request unique: cancel:<appt>, stop:<appt>, late:<order>, staff:<requestId>. */
  requestKey: string;
  /** ≤ 64 characters; the same on every retry of this refund. */
  outRefundNo: string;
  amountFen: number;
  reason: string;
  requestedBy: string;
  status: RefundStatus;
  attempts: number;
  lastError: string;
  /** The patient's refund notice is still to be sent. */
  noticePending: boolean;
  createdAt: number;
  settledAt: number | null;
}

/** Callbacks that did not match their order, kept for staff review: one per order number and reason. */
export interface PaymentIssueDoc {
  _id: string;
  hospitalId: string;
  outTradeNo: string;
  /** The last notice's reason, amount and transaction, and when it came. */
  reason: string;
  totalFen: number;
  transactionId: string;
  at: number;
  firstAt: number;
  /** How many notices came. */
  count: number;
}
