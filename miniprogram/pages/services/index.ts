import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { session } from '../../stores/session';
import { appFunctions } from '../../shared/functions';
import { groupByStage } from './stages';

ComponentWithStore({
  storeBindings: {
    store: session,
    fields: ['elderMode', 'hospitalName', 'hospitalsStatus', 'hospitalsError'],
    actions: [],
  },
  data: {
    groups: groupByStage(appFunctions),
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
