/**
 * 门诊账单 as the bills pages show it: one card per visit, and a visit's orders with their items and
 * the totals per category (挂号费, 检验费, 药品费 …). The backend groups the orders by visit.
 */
import type { OrderView, VisitBill } from '../../shared/dto/billing';
import { feeText } from '../../shared/money';
import { itemRows, orderTagType, type ItemRow, type TagType } from './order';

/** Yuan with two decimals, ¥0.00 for nothing (feeText says 免费, which reads wrong on a bill). */
export function yuan(fen: number): string {
  return fen === 0 ? '¥0.00' : feeText(fen);
}

export interface CategoryTotal {
  category: string;
  label: string;
  amountFen: number;
  amountText: string;
}

/** The sum of the items of each category, in the order the categories first appear. */
export function categoryTotals(orders: ReadonlyArray<Pick<OrderView, 'items'>>): CategoryTotal[] {
  const totals: CategoryTotal[] = [];
  for (const item of orders.flatMap((o) => o.items)) {
    const found = totals.find((t) => t.category === item.category);
    if (found) found.amountFen += item.amountFen;
    else totals.push({ category: item.category, label: item.categoryLabel, amountFen: item.amountFen, amountText: '' });
  }
  return totals.map((t) => ({ ...t, amountText: yuan(t.amountFen) }));
}

export interface BillCard {
  visitId: string;
  date: string;
  hospitalName: string;
  /** 心血管内科 · 陈立民 */
  visitText: string;
  patientName: string;
  orderCount: number;
  totalText: string;
  paidText: string;
  unpaidText: string;
  refundedText: string;
  hasUnpaid: boolean;
  hasRefund: boolean;
}

export function billCard(b: VisitBill): BillCard {
  return {
    visitId: b.visitId,
    date: b.date,
    hospitalName: b.hospitalName,
    visitText: `${b.departmentName} · ${b.doctorName}`,
    patientName: b.patientName,
    orderCount: b.orders.length,
    totalText: b.totalText,
    paidText: b.paidText,
    unpaidText: b.unpaidText,
    refundedText: b.refundedText,
    hasUnpaid: b.unpaidFen > 0,
    hasRefund: b.refundedFen > 0,
  };
}

export interface BillOrder {
  id: string;
  title: string;
  statusLabel: string;
  tagType: TagType;
  totalText: string;
  items: ItemRow[];
}

export interface BillDetail {
  card: BillCard;
  categories: CategoryTotal[];
  orders: BillOrder[];
}

export function billDetail(b: VisitBill): BillDetail {
  return {
    card: billCard(b),
    categories: categoryTotals(b.orders),
    orders: b.orders.map((o) => ({
      id: o.id,
      title: o.title,
      statusLabel: o.statusLabel,
      tagType: orderTagType(o.status),
      totalText: o.totalText,
      items: itemRows(o.items),
    })),
  };
}

/** The bill of one visit, or null when the account has none for it. */
export function findBill(bills: readonly VisitBill[], visitId: string): VisitBill | null {
  return bills.find((b) => b.visitId === visitId) ?? null;
}
