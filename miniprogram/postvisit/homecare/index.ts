/**
 * 医护到家: for patients who cannot easily come (the very old, the disabled, rehabilitation, end
 * of life) — the hospital's low-risk services with fees, and the caller's requests with their state.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { loadHome, type HomecareHome } from './load';
import { remotePage } from '../../behaviors/remote-page';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: { view: loadingView<HomecareHome>() },
  methods: {
    ...remotePage<HomecareHome>({ fetch: () => loadHome(session.hospitalId) }),
    onService(e: DataEvent<{ code: string }>) {
      go(`/postvisit/homecare-request/index?service=${e.currentTarget.dataset.code}`);
    },
    onRequest(e: DataEvent<{ id: string }>) {
      go(`/postvisit/homecare-detail/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
