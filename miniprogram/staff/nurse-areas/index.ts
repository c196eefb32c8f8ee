/** 护士诊区 (admin): which clinic areas (departments) each nurse of the hospital works in; nurses call only there. Links to 候诊设置 and to each area's 诊区签到码. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go, toast } from '../../api/platform';
import { api } from '../../api/index';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent } from '../../components/events';
import { fetchView, loadingView } from '../../stores/remote';
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
    ...remotePage<AreasData>({
      fetch: () =>
        fetchView(
          () => withHospital((hospitalId) => api.queue.listAreas({ hospitalId })),
          (d) => d.nurses.length === 0,
        ),
      shown: ({ data }) => ({ rows: data ? nurseRows(data) : [] }),
      // Areas ticked but not yet saved stay when the admin comes back from 诊区签到码 or 候诊设置.
      reloadOnShow: false,
    }),
    onLoad() {
      return this.load();
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
      if (res.ok) await this.reload();
    },
  },
});
