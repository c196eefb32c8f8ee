/**
 * 上门护理: each state with who and when; pay once accepted; cancel (asked first, with what comes
 * back: all before the nurse leaves, all but the travel fee after, no cancel after arrival); rate
 * the visit afterwards.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { cancelHomecare, getHomecare, rateHomecare } from '../../api/homecare';
import { confirm, go, toast } from '../../api/platform';
import type { ValueEvent } from '../../components/events';
import type { HomecareView } from '../../shared/dto/homecare';
import { loadingView, mapEnvelope, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import { remotePage } from '../../behaviors/remote-page';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: { id: '', view: loadingView<HomecareView>(), stars: 0, comment: '', error: '', busy: false },
  methods: {
    ...remotePage<HomecareView, { id: string }>({ fetch: ({ id }) => recordView(id, async (id) => mapEnvelope(await getHomecare(id), (d) => d.request)) }),
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
      const res = await cancelHomecare(r.id);
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ error: res.error.message });
        return;
      }
      this.setData({ view: { status: 'ready', data: res.data.request, error: '' } });
      toast('已取消');
    },
    onStars(e: ValueEvent<number>) {
      this.setData({ stars: e.detail });
    },
    onComment(e: ValueEvent<string>) {
      this.setData({ comment: e.detail });
    },
    async onRate() {
      const r = this.data.view.data;
      if (!r || this.data.stars < 1) {
        this.setData({ error: '请先打分' });
        return;
      }
      const res = await rateHomecare(r.id, this.data.stars, this.data.comment.trim());
      if (!res.ok) {
        this.setData({ error: res.error.message });
        return;
      }
      this.setData({ view: { status: 'ready', data: res.data.request, error: '' }, error: '' });
      toast('感谢您的评价');
    },
  },
});
