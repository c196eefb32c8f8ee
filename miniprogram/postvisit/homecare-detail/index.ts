/**
 * 上门护理: each state with who and when; pay once accepted; cancel (asked first, with what comes
 * back: all before the nurse leaves, all but the travel fee after, no cancel after arrival); 评价
 * once finished opens postvisit/rate.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, go, toast } from '../../api/platform';
import type { HomecareView } from '../../shared/dto/homecare';
import { loadingView, mapEnvelope, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import { remotePage } from '../../behaviors/remote-page';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: { id: '', view: loadingView<HomecareView>(), error: '', busy: false },
  methods: {
    ...remotePage<HomecareView, { id: string }>({
      fetch: ({ id }) => recordView(id, async (id) => mapEnvelope(await api.homecare.get({ homecareId: id }), (d) => d.request)),
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ id: (query.id || '').trim() });
      return this.load();
    },
    onPay() {
      const r = this.data.view.data;
      if (r && r.orderId) go(`/billing/order/index?id=${r.orderId}`);
    },
    async onCancel() {
      const r = this.data.view.data;
      if (!r || this.data.busy || !(await confirm('取消上门护理', `${r.cancelNote}。确定取消吗？`, '取消预约'))) return;
      this.setData({ busy: true, error: '' });
      const res = await api.homecare.cancel({ homecareId: r.id });
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ error: res.error.message });
        return;
      }
      this.setData({ view: { status: 'ready', data: res.data.request, error: '' } });
      toast('已取消');
    },
    onRate() {
      go(`/postvisit/rate/index?kind=homecare&id=${this.data.id}`);
    },
  },
});
