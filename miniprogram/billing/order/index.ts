/**
 * 订单详情: what an order is for (hospital, department, doctor, patient), its items with quantity,
 * unit price, amount and category, the total, and the refunds (退款状态). An unpaid order shows its
 * deadline and one big pay button; WeChat Pay's own sheet (the sandbox sheet locally) is the
 * confirmation, so there is no second dialog. A paid order offers the e-invoice.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { askConsent } from '../../api/messages';
import type { TemplateRef } from '../../shared/dto/reminders';
import { payOrder } from '../../api/payment';
import { go, redirect, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import { visitsChanged } from '../../stores/journey-store';
import { loadingView, mapEnvelope, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import { type OrderDetail, orderDetail } from '../common/order';

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
    ...remotePage<OrderDetail, { orderId: string; noticeTemplates: TemplateRef[] }>({
      fetch: ({ orderId }) => recordView(orderId, async (id) => mapEnvelope(await api.orders.get({ orderId: id }), (d) => orderDetail(d.order))),
      // The notices of an order still to pay, asked once per page.
      then: async (page, { data }) => {
        if (!data || !data.order.payable || page.data.noticeTemplates.length > 0) return;
        const ids = await api.reminders.templateIds({ hospitalId: data.order.hospitalId, kinds: ['payment_done', 'refund_done', 'orders_ready'] });
        if (ids.ok) page.setData({ noticeTemplates: ids.data.templates });
      },
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ orderId: query.id || '' });
      return this.load();
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
        await this.reload();
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
