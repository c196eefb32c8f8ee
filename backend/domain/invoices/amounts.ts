/**
 * What an order's invoice is for: what the patient finally paid (paid − refunded), itemized by
 * category. An unpaid, closed or fully refunded order cannot be invoiced, nor one with a refund
 * still in progress (its final amount is not known yet).
 */
import type { ItemCategory, OrderDoc } from '../billing/docs';
import type { InvoiceLine } from './docs';

/** The invoice's names for the order item categories (收费项目), in the order they are printed. */
export const invoiceCategoryLabels: Record<ItemCategory, string> = {
  registration: '挂号费',
  consultation: '诊查费',
  lab: '化验费',
  imaging: '检查费',
  treatment: '治疗费',
  drug: '药品费',
  service: '服务费',
};

const CATEGORY_ORDER = Object.keys(invoiceCategoryLabels) as ItemCategory[];

export type InvoiceAmounts = { ok: true; lines: InvoiceLine[]; paidFen: number; refundedFen: number; totalFen: number } | { ok: false; reason: string };

export type InvoicedOrder = Pick<OrderDoc, 'status' | 'items' | 'paidFen' | 'refundedFen' | 'refundableFen'>;

export type SettledAmounts = Extract<InvoiceAmounts, { ok: true }>;

/** What the order's settled money comes to (paid − refunded), itemized; refunds in progress are not counted. */
export function settledAmounts(order: InvoicedOrder): SettledAmounts {
  const lines: InvoiceLine[] = [];
  for (const category of CATEGORY_ORDER) {
    const items = order.items.filter((i) => i.category === category);
    if (items.length === 0) continue;
    lines.push({
      category,
      label: invoiceCategoryLabels[category],
      amountFen: items.reduce((n, i) => n + i.amountFen, 0),
      items: items.map((i) => ({ code: i.code, name: i.name, quantity: i.quantity, unit: i.unit, unitFen: i.unitFen, amountFen: i.amountFen })),
    });
  }
  return { ok: true, lines, paidFen: order.paidFen, refundedFen: order.refundedFen, totalFen: order.paidFen - order.refundedFen };
}

export function invoiceAmounts(order: InvoicedOrder): InvoiceAmounts {
  if (order.status === 'unpaid' || order.status === 'closed') return { ok: false, reason: '订单尚未支付，不能开具发票' };
  const totalFen = order.paidFen - order.refundedFen;
  if (order.status === 'refunded' || totalFen <= 0) return { ok: false, reason: '订单已全额退款，不能开具发票' };
  if (order.refundableFen !== totalFen) return { ok: false, reason: '订单有退款正在处理，请退款完成后再开具发票' };
  return settledAmounts(order);
}
