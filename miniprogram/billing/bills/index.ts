/**
 * 门诊账单: the account's fees by visit — date, hospital, department, doctor and patient, with
 * 合计, 已付, 待付 and 已退. A visit opens its itemized bill.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent } from '../../components/events';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { billCard, type BillCard } from '../common/bills';
import { fetchView, mapEnvelope } from '../../stores/remote';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<BillCard[]>(),
  },
  methods: {
    ...remotePage<BillCard[]>({
      fetch: () =>
        fetchView(
          async () => mapEnvelope(await api.orders.bills(), (d) => d.bills.map(billCard)),
          (cards) => cards.length === 0,
        ),
    }),
    onLoad() {
      return this.load();
    },
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/billing/bill/index?visitId=${e.currentTarget.dataset.id}`);
    },
  },
});
