import type { OrderItemView, OrderView, RefundView } from '../../../miniprogram/shared/dto/billing';
import { feeText } from '../../../miniprogram/shared/money';
import type { OrderDoc, OrderItem, RefundDoc } from '../../domain/billing/docs';

export const orderStatusLabels: Record<OrderDoc['status'], string> = {
  unpaid: '待支付',
  paid: '已支付',
  partially_refunded: '部分退款',
  refunded: '已退款',
  closed: '已关闭',
};

export const categoryLabels: Record<OrderItem['category'], string> = {
  registration: '挂号费',
  consultation: '诊查费',
  drug: '药品费',
  lab: '检验费',
  imaging: '检查费',
  treatment: '治疗费',
  service: '服务费',
};

const refundStatusLabels: Record<RefundDoc['status'], string> = { pending: '退款中', succeeded: '已退款', failed: '退款失败' };

const money = (fen: number): string => (fen === 0 ? '¥0.00' : feeText(fen));

export function itemView(i: OrderItem): OrderItemView {
  return {
    code: i.code,
    name: i.name,
    category: i.category,
    categoryLabel: categoryLabels[i.category],
    quantity: i.quantity,
    unit: i.unit,
    unitText: money(i.unitFen),
    amountFen: i.amountFen,
    amountText: money(i.amountFen),
  };
}

export function refundView(r: RefundDoc): RefundView {
  return {
    id: r._id,
    amountFen: r.amountFen,
    amountText: money(r.amountFen),
    reason: r.reason,
    status: r.status,
    statusLabel: refundStatusLabels[r.status],
    createdAt: r.createdAt,
    settledAt: r.settledAt,
  };
}

export function orderView(o: OrderDoc, refunds: RefundDoc[], now: number): OrderView {
  return {
    id: o._id,
    hospitalId: o.hospitalId,
    kind: o.kind,
    title: o.title,
    status: o.status,
    statusLabel: orderStatusLabels[o.status],
    hospitalName: o.hospitalName,
    patientName: o.patientName,
    departmentName: o.departmentName,
    doctorName: o.doctorName,
    visitId: o.visitId,
    items: o.items.map(itemView),
    totalFen: o.totalFen,
    totalText: money(o.totalFen),
    paidFen: o.paidFen,
    refundedFen: o.refundedFen,
    refundedText: money(o.refundedFen),
    refundableFen: o.refundableFen,
    holdUntil: o.holdUntil,
    createdAt: o.createdAt,
    paidAt: o.paidAt,
    refunds: refunds.map(refundView),
    payable: o.status === 'unpaid' && (o.holdUntil === null || o.holdUntil > now),
  };
}

export { money };
