/** 投诉详情: the clock (已受理 → 处理中 → 已答复) with the deadline, what was written, the photos and the answer. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { showPhoto, stopPullDownRefresh, toast } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import type { ComplaintView } from '../../shared/dto/feedback';
import { loadingView, mapEnvelope, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import { clockOf, type Clock } from './clock';

type Detail = ComplaintView & { clockView: Clock };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: { id: '', view: loadingView<Detail>() },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ id: (query.id || '').trim() });
      return this.load();
    },
    async onPullDownRefresh() {
      await this.load();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<Detail>() });
      const view = await recordView(this.data.id, async (id) =>
        mapEnvelope(await api.feedback.complaint({ complaintId: id }), (d): Detail => ({ ...d.complaint, clockView: clockOf(d.complaint) })),
      );
      this.setData({ view });
    },
    async onPhoto(e: DataEvent<{ id: string }>) {
      const res = await api.feedback.photoLink({ photoId: e.currentTarget.dataset.id });
      if (!res.ok) {
        toast(res.error.message);
        return;
      }
      showPhoto(res.data.url);
    },
  },
});
