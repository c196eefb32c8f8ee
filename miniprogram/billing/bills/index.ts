/**
 * 门诊账单: the account's fees by visit — date, hospital, department, doctor and patient, with
 * 合计, 已付, 待付 and 已退. A visit opens its itemized bill.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { billCard, type BillCard } from '../common/bills';
import { mapEnvelope, viewOf } from '../../stores/remote';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<BillCard[]>(),
  },
  methods: {
    onLoad() {
      return this.load();
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<BillCard[]>() });
      await this.fetch();
    },
    async fetch() {
      const res = mapEnvelope(await api.orders.bills(), (d) => d.bills.map(billCard));
      this.setData({ view: viewOf(res, (cards) => cards.length === 0) });
    },
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/billing/bill/index?visitId=${e.currentTarget.dataset.id}`);
    },
  },
});
