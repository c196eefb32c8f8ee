import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { staffPanel, type StaffPanel } from './panel';

ComponentWithStore({
  storeBindings: {
    store: session,
    fields: ['elderMode', 'hospitalName'],
    actions: [],
  },
  data: {
    view: loadingView<StaffPanel>(),
  },
  methods: {
    onShow() {
      return this.load();
    },
    async onPullDownRefresh() {
      await this.load();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<StaffPanel>() });
      if (session.hospitalsStatus !== 'ready') await session.loadHospitals();
      if (session.hospitalsStatus !== 'ready') {
        this.setData({ view: { status: 'error', data: null, error: session.hospitalsError } });
        return;
      }
      await session.loadStaffRoles();
      const panel = staffPanel(session.staffHospitals, session.hospitalId);
      this.setData({ view: { status: panel.roleLabels.length > 0 ? 'ready' : 'empty', data: panel, error: '' } });
    },
    onOpen(e: DataEvent<{ url: string }>) {
      go(e.currentTarget.dataset.url);
    },
    onSwitchHospital() {
      go('/pages/hospitals/index');
    },
    onSelectHospital(e: DataEvent<{ id: string }>) {
      session.selectHospital(e.currentTarget.dataset.id);
      return this.load();
    },
  },
});
