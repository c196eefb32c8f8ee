import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go, toast } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import { appConfig } from '../../config';
import { session, type SessionStore } from '../../stores/session';
import { demoIdentityDescription, demoIdentityOptions } from './demo-identities';
import { staffLabel } from './staff-label';

ComponentWithStore({
  storeBindings: {
    store: session,
    fields: {
      elderMode: 'elderMode',
      hospitalName: 'hospitalName',
      hospitalsStatus: 'hospitalsStatus',
      hospitalsError: 'hospitalsError',
      demoOpenid: 'demoOpenid',
      isStaff: 'isStaff',
      staffText: (store: SessionStore) => staffLabel(store.staffHospitals),
    },
    actions: [],
  },
  data: {
    showDemo: appConfig.transport === 'local',
    identities: demoIdentityOptions,
  },
  methods: {
    async onShow() {
      await Promise.all([session.hospitalsStatus === 'ready' ? Promise.resolve() : session.loadHospitals(), session.loadStaffRoles()]);
    },
    async onRetry() {
      await session.loadHospitals();
    },
    onElderChange(e: ValueEvent<boolean>) {
      session.setElderMode(e.detail);
    },
    onSwitchHospital() {
      go('/pages/hospitals/index');
    },
    async onPickIdentity(e: DataEvent<{ openid: string }>) {
      const openid = e.currentTarget.dataset.openid;
      if (openid === session.demoOpenid) return;
      session.setDemoOpenid(openid);
      await session.loadStaffRoles();
      toast(`已切换为${demoIdentityDescription(openid)}`);
    },
    onOpenStaff() {
      go('/staff/index/index');
    },
  },
});
