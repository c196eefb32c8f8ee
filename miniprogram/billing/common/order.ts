/**
 * What the billing pages show of an order: the status tag, the pay deadline, the itemized lines,
 * the refunds (退款状态) and the card in a list. The backend answers labels and amounts as text;
 * only times and the composed lines are made here.
 */
import type { OrderItemView, OrderStatus, OrderView, RefundView } from '../../shared/dto/billing';
import { shanghaiDate, shanghaiTime } from '../../shared/time';

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'default';

const tagTypes: Record<OrderStatus, TagType> = {
  unpaid: 'warning',
  paid: 'success',
  partially_refunded: 'primary',
  refunded: 'default',
  closed: 'default',
};

const refundTagTypes: Record<RefundView['status'], TagType> = { pending: 'warning', succeeded: 'success', failed: 'danger' };

export function orderTagType(status: OrderStatus): TagType {
  return tagTypes[status];
}

/** '2026-11-25 09:30' of an instant in Asia/Shanghai. */
export function timeText(epochMs: number): string {
  return `${shanghaiDate(epochMs)} ${shanghaiTime(epochMs)}`;
}

/** 请在09:45前完成支付，… while the order may be paid and has a deadline, else ''. */
export function deadlineText(o: Pick<OrderView, 'payable' | 'holdUntil' | 'kind'>): string {
  if (!o.payable || o.holdUntil === null) return '';
  const after = o.kind === 'registration' ? '超时未支付，号源将自动释放' : '超时订单将自动关闭';
  return `请在${shanghaiTime(o.holdUntil)}前完成支付，${after}。`;
}

/** A paid order may have an e-invoice; a fully refunded one has nothing left to invoice. */
export function invoiceable(status: OrderStatus): boolean {
  return status === 'paid' || status === 'partially_refunded';
}

export interface ItemRow {
  key: string;
  name: string;
  categoryLabel: string;
  /** 2盒 × ¥12.80 */
  quantityText: string;
  amountText: string;
}

export function itemRows(items: readonly OrderItemView[]): ItemRow[] {
  return items.map((i, n) => ({
    key: `${n}-${i.code}`,
    name: i.name,
    categoryLabel: i.categoryLabel,
    quantityText: `${i.quantity}${i.unit} × ${i.unitText}`,
    amountText: i.amountText,
  }));
}

export interface RefundRow {
  id: string;
  amountText: string;
  statusLabel: string;
  tagType: TagType;
  reason: string;
  timeText: string;
}

export function refundRows(refunds: readonly RefundView[]): RefundRow[] {
  return refunds.map((r) => ({
    id: r.id,
    amountText: r.amountText,
    statusLabel: r.statusLabel,
    tagType: refundTagTypes[r.status],
    reason: r.reason,
    timeText: timeText(r.settledAt === null ? r.createdAt : r.settledAt),
  }));
}

export interface OrderDetail {
  order: OrderView;
  tagType: TagType;
  items: ItemRow[];
  refunds: RefundRow[];
  deadlineText: string;
  /** 支付 ¥35.00 */
  payText: string;
  createdText: string;
  paidText: string;
  canInvoice: boolean;
}

export function orderDetail(o: OrderView): OrderDetail {
  return {
    order: o,
    tagType: orderTagType(o.status),
    items: itemRows(o.items),
    refunds: refundRows(o.refunds),
    deadlineText: deadlineText(o),
    payText: `支付 ${o.totalText}`,
    createdText: timeText(o.createdAt),
    paidText: o.paidAt === null ? '' : timeText(o.paidAt),
    canInvoice: invoiceable(o.status),
  };
}

export interface OrderCard {
  id: string;
  title: string;
  patientName: string;
  place: string;
  statusLabel: string;
  tagType: TagType;
  totalText: string;
  /** 已退 ¥10.00, or '' when nothing went back. */
  refundedText: string;
  createdText: string;
}

export function orderCard(o: OrderView): OrderCard {
  return {
    id: o.id,
    title: o.title,
    patientName: o.patientName,
    place: `${o.hospitalName} · ${o.departmentName}`,
    statusLabel: o.statusLabel,
    tagType: orderTagType(o.status),
    totalText: o.totalText,
    refundedText: o.refundedFen > 0 ? `已退 ${o.refundedText}` : '',
    createdText: timeText(o.createdAt),
  };
}
