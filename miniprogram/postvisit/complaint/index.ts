/** 投诉详情: the clock (已受理 → 处理中 → 已答复) with the deadline, what was written, the photos and the answer. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { showPhoto, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
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
    ...remotePage<Detail, { id: string }>({
      fetch: ({ id }) =>
        recordView(id, async (complaintId) =>
          mapEnvelope(await api.feedback.complaint({ complaintId }), (d): Detail => ({ ...d.complaint, clockView: clockOf(d.complaint) })),
        ),
    }),
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
