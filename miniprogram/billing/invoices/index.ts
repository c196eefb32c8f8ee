/** 我的发票: every e-invoice of the account (function 21); a cell opens the order's invoice page. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { fetchView, loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import { myInvoices, type MyInvoices } from './cells';
import { remotePage } from '../../behaviors/remote-page';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<MyInvoices>(),
  },
  methods: {
    ...remotePage<MyInvoices>({
      fetch: () =>
        fetchView(
          async () => mapEnvelope(await api.invoices.mine(), (d) => myInvoices(d.invoices)),
          (d) => d.valid.length + d.voided.length === 0,
        ),
    }),
    onLoad() {
      return this.load();
    },
    onOpen(e: DataEvent<{ order: string }>) {
      go(`/billing/invoice/index?orderId=${e.currentTarget.dataset.order}`);
    },
  },
});
