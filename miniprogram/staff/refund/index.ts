/**
 * 订单退款 (billing role): the order with what was paid, refunded and may still be refunded, and a
 * refund form — amount in yuan, reason required — that asks before sending. One request id per form
 * is sent on every retry, so a double tap or a resend after a lost answer refunds once; the server's
 * refusal (e.g. 退款金额超过可退金额) shows on the page.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { ValueEvent } from '../../components/events';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { loadRefundDesk, type RefundDesk } from './load';
import { checkAmount, checkReason, confirmText } from './refund-form';
import { makeRequestId } from '../../shared/request-id';

const newRequestId = () => makeRequestId(Date.now(), Math.random);

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    orderId: '',
    view: loadingView<RefundDesk>(),
    amount: '',
    reason: '',
    amountError: '',
    reasonError: '',
    requestId: '',
    submitting: false,
    refusal: '',
    result: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ orderId: (query.orderId || '').trim(), requestId: newRequestId() });
      return this.load();
    },
    ...remotePage<RefundDesk, { orderId: string }>({ fetch: ({ orderId }) => loadRefundDesk(orderId) }),
    onAmount(e: ValueEvent<string>) {
      this.setData({ amount: e.detail, amountError: '', refusal: '' });
    },
    onReason(e: ValueEvent<string>) {
      this.setData({ reason: e.detail, reasonError: '', refusal: '' });
    },
    async onSubmit() {
      const desk = this.data.view.data;
      if (!desk || this.data.submitting) return;
      const { amount, reason, requestId } = this.data;
      const checked = checkAmount(amount, desk.refundableFen);
      const reasonError = checkReason(reason);
      this.setData({ amountError: checked.error, reasonError, result: '' });
      if (checked.error || reasonError) return;
      this.setData({ submitting: true, refusal: '' });
      if (!(await confirm('确认退款', confirmText(desk.order, checked.fen, reason), '确认退款'))) {
        this.setData({ submitting: false });
        return;
      }
      const res = await api.orders.refund({ orderId: desk.order.id, amountFen: checked.fen, reason: reason.trim(), requestId });
      if (!res.ok) {
        this.setData({ submitting: false, refusal: res.error.message });
        toast(res.error.message);
        return;
      }
      const r = res.data.refund;
      this.setData({ submitting: false, amount: '', reason: '', requestId: newRequestId(), result: `${r.statusLabel} ${r.amountText}（${r.reason}）` });
      toast(r.status === 'failed' ? '退款失败' : '已提交退款');
      await this.reload();
    },
  },
});
