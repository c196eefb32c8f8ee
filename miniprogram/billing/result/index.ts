/**
 * 支付结果: 支付成功, 支付处理中 (the notice has not arrived: 刷新 asks the server to settle with
 * WeChat Pay), or 已取消支付 (the order stays unpaid until its deadline). From here the patient
 * opens the appointment a registration fee paid for, the order, or goes home.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go, redirect, switchTab, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { mapEnvelope, recordView, viewOf } from '../../stores/remote';
import { outcomeOf, payResult, type Outcome, type PayResult } from './outcome';
import { visitsChanged } from '../../stores/journey-store';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    orderId: '',
    outcome: 'pending' as Outcome,
    view: loadingView<PayResult>(),
    refreshing: false,
  },
  methods: {
    ...remotePage<PayResult, { orderId: string; outcome: Outcome }>({
      fetch: ({ orderId, outcome }) =>
        recordView(orderId, async (id) => mapEnvelope(await api.orders.get({ orderId: id }), (d) => payResult(d.order, outcome))),
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ orderId: query.id || '', outcome: outcomeOf(query.outcome) });
      return this.load();
    },
    /** 刷新: the server asks WeChat Pay how the trade stands and records a payment that arrived. */
    async onRefresh() {
      if (this.data.refreshing || !this.data.orderId) return;
      this.setData({ refreshing: true });
      const res = await api.orders.settle({ orderId: this.data.orderId });
      this.setData({ refreshing: false });
      void visitsChanged();
      if (!res.ok) {
        toast(res.error.message);
        return;
      }
      const view = viewOf(mapEnvelope(res, (d) => payResult(d.order, this.data.outcome)));
      this.setData({ view });
      if (view.data && view.data.kind === 'pending') toast('暂未收到支付结果，请稍后再试');
    },
    onPayAgain() {
      redirect(`/billing/order/index?id=${this.data.orderId}`);
    },
    onOpenOrder() {
      go(`/billing/order/index?id=${this.data.orderId}`);
    },
    onOpenAppointment() {
      const result = this.data.view.data;
      if (result && result.appointmentId) go(`/booking/appointment/index?id=${result.appointmentId}`);
    },
    onHome() {
      switchTab('/pages/home/index');
    },
  },
});
