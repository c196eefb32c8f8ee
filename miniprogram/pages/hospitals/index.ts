import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { back, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { session, type SessionStore } from '../../stores/session';
import { hospitalListStatus } from './list-status';

ComponentWithStore({
  storeBindings: {
    store: session,
    fields: {
      elderMode: 'elderMode',
      hospitals: 'hospitals',
      hospitalId: 'hospitalId',
      hospitalsError: 'hospitalsError',
      listStatus: (store: SessionStore) => hospitalListStatus(store.hospitalsStatus, store.hospitals.length),
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
    onPick(e: DataEvent<{ id: string }>) {
      session.selectHospital(e.currentTarget.dataset.id);
      back();
    },
  },
});
