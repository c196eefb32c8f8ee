import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go, toast } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import { transportKind } from '../../api/environment';
import { session, type SessionStore } from '../../stores/session';
import { demoIdentityDescription, demoIdentityOptions } from './demo-identities';
import { staffLabel } from './staff-label';

/** The account's own records, one tap each. */
const entries = [
  { key: 'appointments', icon: 'todo-list-o', title: '我的预约', label: '预约记录、取消预约、到院签到', url: '/booking/appointments/index' },
  { key: 'orders', icon: 'orders-o', title: '我的订单', label: '待支付、已支付和退款', url: '/billing/orders/index' },
  { key: 'invoices', icon: 'description', title: '我的发票', label: '已开具的电子发票', url: '/billing/invoices/index' },
  { key: 'patients', icon: 'friends-o', title: '就诊人管理', label: '为家人预约前先添加就诊人', url: '/booking/patients/index' },
];

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
    entries,
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
      const res = await api.orders.mine({ status: 'unpaid' });
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
    onOpen(e: DataEvent<{ url: string }>) {
      go(e.currentTarget.dataset.url);
    },
    onOpenPrivacy() {
      go('/pages/privacy/index');
    },
    onOpenAbout() {
      go('/pages/about/index');
    },
    onOpenStaff() {
      go('/staff/index/index');
    },
  },
});
