/**
 * 今日就诊路径 (the optimal care path): today's pending stops of an appointment in the order that
 * ends soonest, each with its turn in minutes, its live queue and 带我去, and what is done already.
 * Planned again on every load and refresh, so it follows the queues. Query: `appointmentId`.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { loadingView, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import type { CarePathView } from '../../shared/dto/navigation';
import { routeUrl } from '../../shared/navigation-urls';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    appointmentId: '',
    view: loadingView<CarePathView>(),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ appointmentId: query.appointmentId || '' });
      return this.load();
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<CarePathView>() });
      await this.fetch();
    },
    async fetch() {
      const view = await recordView(this.data.appointmentId, (appointmentId) => api.queue.carePath({ appointmentId, elder: session.elderMode }));
      this.setData({
        view: view.status === 'ready' && view.data && view.data.stops.length === 0 && view.data.done.length === 0 ? { ...view, status: 'empty' } : view,
      });
    },
    onGuide(e: DataEvent<{ point: string; from: string }>) {
      const path = this.data.view.data;
      if (path) go(routeUrl(path.hospitalId, e.currentTarget.dataset.point, e.currentTarget.dataset.from));
    },
  },
});
