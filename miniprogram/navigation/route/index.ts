/**
 * 院内导航: the way to a department, an exam room or any place of the hospital's map — a summary,
 * plain Chinese steps floor by floor, and the floor plans with the route drawn. 无障碍路线 (no stairs
 * or escalators) is always offered and on by default in elder mode, which also walks slower.
 * Query: `to` (point, department or exam room id), `from?`, `hospitalId?` (else the session's).
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { findRoute } from '../../api/navigation';
import { stopPullDownRefresh } from '../../api/platform';
import type { ValueEvent } from '../../components/events';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import type { RouteView } from '../../shared/dto/navigation';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    hospitalId: '',
    from: '',
    to: '',
    stepFree: false,
    view: loadingView<RouteView>(),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({
        hospitalId: query.hospitalId || session.hospitalId,
        from: query.from || '',
        to: query.to || '',
        stepFree: query.stepFree === '1' || (query.stepFree !== '0' && session.elderMode),
      });
      return this.load();
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<RouteView>() });
      await this.fetch();
    },
    async fetch() {
      const { hospitalId, from, to, stepFree } = this.data;
      if (!hospitalId || !to) {
        this.setData({ view: { status: 'empty', data: null, error: '' } });
        return;
      }
      const view = await fetchView(() => findRoute({ hospitalId, to, stepFree, elder: session.elderMode, ...(from ? { from } : {}) }));
      this.setData({ view });
    },
    onStepFreeChange(e: ValueEvent<boolean>) {
      this.setData({ stepFree: e.detail });
      return this.load();
    },
  },
});
