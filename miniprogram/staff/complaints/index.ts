/**
 * 投诉处理 (role service): the open complaints of the hospital by deadline — overdue ones marked,
 * escalated ones tagged 已督办 — and the answered ones waiting to be closed. A tap opens one.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { loadWorklist, type Worklist } from './worklist';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: { view: loadingView<Worklist>() },
  methods: {
    onShow() {
      return this.load();
    },
    async onPullDownRefresh() {
      await this.load();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<Worklist>() });
      this.setData({
        view: await fetchView(
          () => withHospital(loadWorklist),
          (d) => d.open.length === 0 && d.answered.length === 0,
        ),
      });
    },
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/staff/complaint/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
