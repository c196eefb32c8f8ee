import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { myOrders } from '../../api/orders';
import { go, toast } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import { transportKind } from '../../api/environment';
import { session, type SessionStore } from '../../stores/session';
import { demoIdentityDescription, demoIdentityOptions } from './demo-identities';
import { staffLabel } from './staff-label';

const unpaidTextOf = (count: number): string => (count > 0 ? `${count}笔` : '无');

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
    showDemo: transportKind() === 'local',
    identities: demoIdentityOptions,
    /** 2笔 / 无, or '' while unknown (not loaded, or the backend could not be reached). */
    unpaidText: '',
    unpaidDue: false,
  },
  methods: {
    async onShow() {
      await Promise.all([session.hospitalsStatus === 'ready' ? Promise.resolve() : session.loadHospitals(), session.loadStaffRoles(), this.loadUnpaid()]);
    },
    /** The count of orders the account may pay now. */
    async loadUnpaid() {
      const openid = session.demoOpenid;
      const res = await myOrders('unpaid');
      if (openid !== session.demoOpenid) return;
      const count = res.ok ? res.data.orders.length : 0;
      this.setData({ unpaidText: res.ok ? unpaidTextOf(count) : '', unpaidDue: count > 0 });
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
      this.setData({ unpaidText: '', unpaidDue: false });
      await Promise.all([session.loadStaffRoles(), this.loadUnpaid()]);
      toast(`已切换为${demoIdentityDescription(openid)}`);
    },
    onOpenUnpaid() {
      go('/billing/orders/index?status=unpaid');
    },
    onOpenStaff() {
      go('/staff/index/index');
    },
  },
});
