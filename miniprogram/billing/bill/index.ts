/**
 * 账单明细: one visit's bill — its orders with their items, the totals per category, and what was
 * paid, is still due and went back. An order opens its detail (to pay it, or for its refunds).
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { billDetail, findBill, type BillDetail } from '../common/bills';
import { viewOf } from '../../stores/remote';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    visitId: '',
    view: loadingView<BillDetail>(),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ visitId: query.visitId || '' });
      return this.load();
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<BillDetail>() });
      await this.fetch();
    },
    async fetch() {
      const visitId = this.data.visitId;
      if (!visitId) {
        this.setData({ view: { status: 'empty', data: null, error: '' } });
        return;
      }
      const res = await api.orders.bills();
      if (!res.ok) {
        this.setData({ view: viewOf(res) });
        return;
      }
      const bill = findBill(res.data.bills, visitId);
      this.setData({ view: bill ? { status: 'ready', data: billDetail(bill), error: '' } : { status: 'empty', data: null, error: '' } });
    },
    onOpenOrder(e: DataEvent<{ id: string }>) {
      go(`/billing/order/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
