/** 护士诊区 (admin): which clinic areas (departments) each nurse of the hospital works in; nurses call only there. Links to 候诊设置 and to each area's 诊区签到码. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go, stopPullDownRefresh, toast } from '../../api/platform';
import { api } from '../../api/index';
import type { DataEvent } from '../../components/events';
import { fetchView, loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { nurseRows, toggled, type AreasData, type NurseRow } from './areas';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<AreasData>(),
    rows: [] as NurseRow[],
    saving: '',
  },
  methods: {
    onLoad() {
      return this.load();
    },
    async onPullDownRefresh() {
      await this.load();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<AreasData>() });
      const view: View<AreasData> = await fetchView(
        () => withHospital((hospitalId) => api.queue.listAreas({ hospitalId })),
        (d) => d.nurses.length === 0,
      );
      this.setData({ view, rows: view.data ? nurseRows(view.data) : [] });
    },
    onQueueSettings() {
      go('/staff/queue-settings/index');
    },
    onAreaCode(e: DataEvent<{ id: string }>) {
      go(`/staff/area-code/index?departmentId=${e.currentTarget.dataset.id}`);
    },
    onToggle(e: DataEvent<{ openid: string; id: string }>) {
      const { openid, id } = e.currentTarget.dataset;
      this.setData({ rows: this.data.rows.map((r) => (r.openid === openid ? toggled(r, id) : r)) });
    },
    async onSave(e: DataEvent<{ openid: string }>) {
      const row = this.data.rows.find((r) => r.openid === e.currentTarget.dataset.openid);
      if (!row || this.data.saving) return;
      this.setData({ saving: row.openid });
      const res = await withHospital((hospitalId) =>
        api.queue.assignAreas({ hospitalId, openid: row.openid, departmentIds: row.areas.filter((a) => a.on).map((a) => a.id) }),
      );
      this.setData({ saving: '' });
      toast(res.ok ? `已保存${row.name}的诊区` : res.error.message);
      if (res.ok) await this.load();
    },
  },
});
