import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { session, type SessionStore } from '../../stores/session';
import { appFunctions, offeredFunctions } from '../../shared/functions';
import { groupByStage } from './stages';

ComponentWithStore({
  storeBindings: {
    store: session,
    fields: {
      elderMode: 'elderMode',
      hospitalName: 'hospitalName',
      hospitalsStatus: 'hospitalsStatus',
      hospitalsError: 'hospitalsError',
      groups: (store: SessionStore) => groupByStage(offeredFunctions(store.hospital, appFunctions)),
    },
    actions: [],
  },
  methods: {
    async onShow() {
      if (session.hospitalsStatus !== 'ready') await session.loadHospitals();
    },
    async onPullDownRefresh() {
      await session.loadHospitals();
      stopPullDownRefresh();
    },
    async onRetry() {
      await session.loadHospitals();
    },
    onSwitchHospital() {
      go('/pages/hospitals/index');
    },
    onOpenFunction(e: DataEvent<{ url: string }>) {
      go(e.currentTarget.dataset.url);
    },
  },
});
