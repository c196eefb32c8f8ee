/**
 * My orders (我的订单) by tab, and what 我的 shows as a badge: the count of orders that may be paid
 * now. Loaded again after paying, booking and cancelling (`visitsChanged` in `journey-store.ts`).
 */
import { observable } from 'mobx-miniprogram';
import { api } from '../api/index';
import type { OrderView } from '../shared/dto/billing';
import { mapEnvelope } from './remote';
import { Remote } from './resource';

export type OrdersStatus = 'unpaid' | 'paid' | 'refunded';

const listOf = (status: OrdersStatus) => async () => mapEnvelope(await api.orders.mine({ status }), (d) => d.orders);

export const orders = observable({
  /** What may be paid now (the server leaves out expired holds). */
  unpaid: new Remote<OrderView[]>(listOf('unpaid')),
  paid: new Remote<OrderView[]>(listOf('paid')),
  refunded: new Remote<OrderView[]>(listOf('refunded')),

  list(status: OrdersStatus): Remote<OrderView[]> {
    return status === 'unpaid' ? this.unpaid : status === 'paid' ? this.paid : this.refunded;
  },

  /** The count of orders to pay, or null while unknown (not loaded, or the backend unreachable). */
  get unpaidCount(): number | null {
    return this.unpaid.data === null ? null : this.unpaid.data.length;
  },
  /** 我的 → 待支付: '2笔', '无', or '' while unknown. */
  get unpaidBadge(): string {
    const n = this.unpaidCount;
    return n === null ? '' : n > 0 ? `${n}笔` : '无';
  },

  async changed(): Promise<void> {
    await Promise.all([this.unpaid.invalidate(), this.paid.invalidate(), this.refunded.invalidate()]);
  },
});

export type OrdersStore = typeof orders;
