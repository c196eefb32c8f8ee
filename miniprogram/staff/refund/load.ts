/** What the refund page shows of an order: the amounts paid, refunded and still refundable, and its refunds. */
import { api } from '../../api/index';
import type { OrderView, RefundView } from '../../shared/dto/billing';
import { ErrorCode } from '../../shared/errors';
import { shanghaiDate, shanghaiTime } from '../../shared/time';
import type { View } from '../../stores/remote';
import { yuan } from './refund-form';

export interface RefundRow {
  id: string;
  amountText: string;
  statusLabel: string;
  reason: string;
  timeText: string;
}

export interface RefundDesk {
  order: OrderView;
  paidText: string;
  refundedText: string;
  refundableFen: number;
  refundableText: string;
  paidAtText: string;
  refunds: RefundRow[];
}

const timeText = (ms: number) => `${shanghaiDate(ms)} ${shanghaiTime(ms)}`;

function refundRow(r: RefundView): RefundRow {
  return {
    id: r.id,
    amountText: r.amountText,
    statusLabel: r.statusLabel,
    reason: r.reason,
    timeText: timeText(r.settledAt === null ? r.createdAt : r.settledAt),
  };
}

export function refundDesk(o: OrderView): RefundDesk {
  const refundableFen = o.refundableFen;
  return {
    order: o,
    paidText: yuan(o.paidFen),
    refundedText: o.refundedText,
    refundableFen,
    refundableText: yuan(refundableFen),
    paidAtText: o.paidAt === null ? '未支付' : timeText(o.paidAt),
    refunds: [...o.refunds].sort((a, b) => a.createdAt - b.createdAt).map(refundRow),
  };
}

/** The order `orderId` as the billing role sees it; an unknown order is the empty state. */
export async function loadRefundDesk(orderId: string): Promise<View<RefundDesk>> {
  if (!orderId) return { status: 'empty', data: null, error: '' };
  const res = await api.orders.staffOrder({ orderId });
  if (res.ok) return { status: 'ready', data: refundDesk(res.data.order), error: '' };
  if (res.error.code === ErrorCode.NOT_FOUND) return { status: 'empty', data: null, error: '' };
  return { status: 'error', data: null, error: res.error.message };
}
