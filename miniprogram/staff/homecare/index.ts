/** 上门护理调度 (role homecare): safety alerts first, then open requests by visit time. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { loadBoard, type Board } from './load';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: { view: loadingView<Board>() },
  methods: {
    onShow() {
      return this.load();
    },
    async onPullDownRefresh() {
      await this.load();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<Board>() });
      this.setData({ view: await fetchView(() => withHospital(loadBoard), (d) => d.requests.length === 0 && d.alerts.length === 0) });
    },
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/staff/homecare-request/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
