/**
 * 院内导航: the way to a department, an exam room or any place of the hospital's map — a summary,
 * plain Chinese steps floor by floor, and the floor plans with the route drawn. 无障碍路线 (no stairs
 * or escalators) is always offered and on by default in elder mode, which also walks slower.
 * Query: `to` (point, department or exam room id), `from?`, `hospitalId?` (else the session's).
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { remotePage } from '../../behaviors/remote-page';
import type { ValueEvent } from '../../components/events';
import { fetchView, loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import type { RouteView } from '../../shared/dto/navigation';

/** What the page's query chose. */
interface Query {
  hospitalId: string;
  from: string;
  to: string;
  stepFree: boolean;
}

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
    ...remotePage<RouteView, Query>({
      async fetch({ hospitalId, from, to, stepFree }): Promise<View<RouteView>> {
        if (!hospitalId || !to) return { status: 'empty', data: null, error: '' };
        return fetchView(() => api.navigation.route({ hospitalId, to, stepFree, elder: session.elderMode, ...(from ? { from } : {}) }));
      },
      reloadOnShow: false,
    }),
    onStepFreeChange(e: ValueEvent<boolean>) {
      this.setData({ stepFree: e.detail });
      return this.load();
    },
  },
});
