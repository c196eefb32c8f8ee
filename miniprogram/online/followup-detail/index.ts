/**
 * 在线复诊 detail: the state, the qualifying visit, the fee to pay, the prescriptions with each
 * review state (the Rx notice where drugs are listed), their payment and the way to delivery or
 * pickup, the whole record of the encounter (who and when), messages, and withdrawing before a
 * doctor accepts (asked first; refunded).
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, go, toast } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { FollowupView } from '../../shared/dto/online';
import { makeRequestId } from '../../shared/request-id';
import { loadingView, mapEnvelope, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import { remotePage } from '../../behaviors/remote-page';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: { id: '', view: loadingView<FollowupView>(), text: '', error: '', busy: false },
  methods: {
    ...remotePage<FollowupView, { id: string }>({
      fetch: ({ id }) => recordView(id, async (id) => mapEnvelope(await api.followup.get({ followupId: id }), (d) => d.followup)),
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ id: (query.id || '').trim() });
      return this.load();
    },
    onPay(e: DataEvent<{ order: string }>) {
      go(`/billing/order/index?id=${e.currentTarget.dataset.order}`);
    },
    onBook() {
      const f = this.data.view.data;
      if (f) go(`/booking/department/index?id=${f.qualifyingVisit.departmentId}`);
    },
    onRate() {
      go(`/postvisit/rate/index?kind=followup&id=${this.data.id}`);
    },
    onDelivery(e: DataEvent<{ rx: string }>) {
      go(`/online/delivery-choose/index?prescriptionId=${e.currentTarget.dataset.rx}`);
    },
    onText(e: ValueEvent<string>) {
      this.setData({ text: e.detail });
    },
    async onSend() {
      const text = this.data.text.trim();
      if (!text || this.data.busy) return;
      this.setData({ busy: true, error: '' });
      const res = await api.followup.message({ followupId: this.data.id, text, requestId: makeRequestId(Date.now(), Math.random) });
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ error: res.error.message });
        return;
      }
      this.setData({ text: '', view: { status: 'ready', data: res.data.followup, error: '' } });
    },
    async onWithdraw() {
      const f = this.data.view.data;
      if (!f || this.data.busy || !(await confirm('撤回复诊申请', '撤回后已支付的复诊费将全额退回。确定撤回吗？', '撤回'))) return;
      this.setData({ busy: true, error: '' });
      const res = await api.followup.withdraw({ followupId: f.id });
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ error: res.error.message });
        return;
      }
      this.setData({ view: { status: 'ready', data: res.data.followup, error: '' } });
      toast('已撤回');
    },
  },
});
