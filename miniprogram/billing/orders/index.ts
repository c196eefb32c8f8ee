/**
 * 我的订单: 待支付 (what may be paid now), 已支付 and 退款, as cards with the title, patient, amount
 * and status. A card opens the order; 门诊账单 shows the same money by visit. The lists are the orders
 * store's (`stores/orders.ts`), loaded again after a payment or a booking changed them.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import { orders } from '../../stores/orders';
import { fetchView, loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import { orderCard, type OrderCard } from '../common/order';
import { emptyTextOf, ordersTabs, tabOf, type OrdersTab } from './tabs';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    tabs: ordersTabs,
    tab: 'unpaid' as OrdersTab,
    emptyText: emptyTextOf('unpaid'),
    view: loadingView<OrderCard[]>(),
  },
  methods: {
    ...remotePage<OrderCard[], { tab: OrdersTab }>({
      fetch: ({ tab }, force) =>
        fetchView(
          async () => mapEnvelope(await orders.list(tab).get(force), (list) => list.map(orderCard)),
          (cards) => cards.length === 0,
        ),
    }),
    onLoad(query: Record<string, string | undefined>) {
      const tab = tabOf(query.status);
      this.setData({ tab, emptyText: emptyTextOf(tab) });
      return this.load();
    },
    onTabChange(e: ValueEvent<{ name: string }>) {
      const tab = tabOf(e.detail.name);
      if (tab === this.data.tab) return undefined;
      this.setData({ tab, emptyText: emptyTextOf(tab) });
      return this.load();
    },
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/billing/order/index?id=${e.currentTarget.dataset.id}`);
    },
    onOpenBills() {
      go('/billing/bills/index');
    },
  },
});
