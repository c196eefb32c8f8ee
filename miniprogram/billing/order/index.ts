/**
 * 订单详情: what an order is for (hospital, department, doctor, patient), its items with quantity,
 * unit price, amount and category, the total, and the refunds (退款状态). An unpaid order shows its
 * deadline and one big pay button; WeChat Pay's own sheet (the sandbox sheet locally) is the
 * confirmation, so there is no second dialog. A paid order offers the e-invoice.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { askConsent } from '../../api/messages';
import type { TemplateRef } from '../../shared/dto/reminders';
import { api } from '../../api/index';
import { payOrder } from '../../api/payment';
import { go, redirect, stopPullDownRefresh, toast } from '../../api/platform';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { mapEnvelope, recordView } from '../../stores/remote';
import { orderDetail, type OrderDetail } from '../common/order';
import { visitsChanged } from '../../stores/journey-store';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    orderId: '',
    view: loadingView<OrderDetail>(),
    paying: false,
    payError: '',
    /** The notices the patient is asked to accept on the pay tap. */
    noticeTemplates: [] as TemplateRef[],
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ orderId: query.id || '' });
      return this.load();
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<OrderDetail>() });
      await this.fetch();
    },
    async fetch() {
      const view = await recordView(this.data.orderId, async (id) => mapEnvelope(await api.orders.get({ orderId: id }), (d) => orderDetail(d.order)));
      this.setData({ view });
      if (view.status !== 'ready' || !view.data || !view.data.order.payable || this.data.noticeTemplates.length > 0) return;
      const ids = await api.reminders.templateIds({ hospitalId: view.data.order.hospitalId, kinds: ['payment_done', 'refund_done', 'orders_ready'] });
      if (ids.ok) this.setData({ noticeTemplates: ids.data.templates });
    },
    async onPay() {
      const detail = this.data.view.data;
      if (!detail || !detail.order.payable || this.data.paying) return;
      const order = detail.order;
      const consent = askConsent(order.hospitalId, this.data.noticeTemplates);
      this.setData({ paying: true, payError: '' });
      await consent;
      const outcome = await payOrder(order.id, order.totalFen);
      void visitsChanged();
      if (outcome.status === 'error') {
        this.setData({ paying: false, payError: outcome.message });
        toast(outcome.message);
        await this.fetch();
        return;
      }
      redirect(`/billing/result/index?id=${order.id}&outcome=${outcome.status}`);
    },
    onInvoice() {
      go(`/billing/invoice/index?orderId=${this.data.orderId}`);
    },
    onOpenAppointment() {
      const detail = this.data.view.data;
      if (detail && detail.order.kind === 'registration') go(`/booking/appointment/index?id=${detail.order.visitId}`);
    },
  },
});
