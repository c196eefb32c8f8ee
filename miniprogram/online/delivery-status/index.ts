/**
 * 药品快递 status: the timeline with who and when, the carrier and tracking number, the drugs sent
 * and those to pick up (with the reason), confirming receipt, and cancelling before shipping (asked
 * first; drugs and fee refunded once).
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, go, toast } from '../../api/platform';
import type { DeliveryView } from '../../shared/dto/online';
import { loadingView, mapEnvelope, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import { remotePage } from '../../behaviors/remote-page';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: { id: '', view: loadingView<DeliveryView>(), error: '', busy: false },
  methods: {
    ...remotePage<DeliveryView, { id: string }>({
      fetch: ({ id }) => recordView(id, async (id) => mapEnvelope(await api.delivery.get({ prescriptionId: id }), (d) => d.delivery)),
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ id: (query.prescriptionId || '').trim() });
      return this.load();
    },
    onShow() {
      return this.data.view.status === 'ready' ? this.load() : undefined;
    },
    onRate() {
      const d = this.data.view.data;
      if (d && d.rateable) go(`/postvisit/rate/index?kind=delivery&id=${d.id}`);
    },
    onPay() {
      const d = this.data.view.data;
      if (d && d.feeOrderId) go(`/billing/order/index?id=${d.feeOrderId}`);
    },
    async onReceive() {
      const d = this.data.view.data;
      if (!d || this.data.busy || !(await confirm('确认收货', '请确认已收到药品且包装完好。', '确认收货'))) return;
      this.setData({ busy: true, error: '' });
      const res = await api.delivery.receive({ prescriptionId: d.prescriptionId });
      this.setData({ busy: false });
      if (!res.ok) this.setData({ error: res.error.message });
      else this.setData({ view: { status: 'ready', data: res.data.delivery, error: '' } });
    },
    async onCancel() {
      const d = this.data.view.data;
      if (!d || this.data.busy || !(await confirm('取消处方药品', '取消后药费和快递费将原路退回，处方作废。确定取消吗？', '取消药品'))) return;
      this.setData({ busy: true, error: '' });
      const res = await api.delivery.cancel({ prescriptionId: d.prescriptionId });
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ error: res.error.message });
        return;
      }
      toast(res.data.refundText || '已取消');
      await this.load();
    },
  },
});
