/**
 * 我的订单: 待支付 (what may be paid now), 已支付 and 退款, as cards with the title, patient, amount
 * and status. A card opens the order; 门诊账单 shows the same money by visit.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { mapEnvelope, viewOf } from '../../stores/remote';
import { orderCard, type OrderCard } from '../common/order';
import { emptyTextOf, ordersTabs, tabOf, type OrdersTab } from './tabs';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    tabs: ordersTabs,
    tab: 'unpaid' as OrdersTab,
    emptyText: emptyTextOf('unpaid'),
    view: loadingView<OrderCard[]>(),
    away: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const tab = tabOf(query.status);
      this.setData({ tab, emptyText: emptyTextOf(tab) });
      return this.load();
    },
    onHide() {
      this.setData({ away: true });
    },
    /** Back from an order (paid, perhaps): list again. */
    onShow() {
      if (!this.data.away) return undefined;
      this.setData({ away: false });
      return this.fetch();
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<OrderCard[]>() });
      await this.fetch();
    },
    async fetch() {
      const tab = this.data.tab;
      const res = mapEnvelope(await api.orders.mine({ status: tab }), (d) => d.orders.map(orderCard));
      if (tab !== this.data.tab) return;
      this.setData({ view: viewOf(res, (cards) => cards.length === 0) });
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
