/**
 * 护士资质 (admin): the title and the year practice began on each nurse's staff record, which decide
 * who may be sent on home visits (护师 or above, at least 5 years of practice).
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import type { HomeNurse } from '../../shared/dto/homecare';
import { toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import { NurseTitle } from '../../shared/enums';
import { shanghaiYear } from '../../shared/time';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { nurseRows, practiceYearOf, titleOptions, type NurseRow } from './nurse-form';

type Loaded = { nurses: HomeNurse[] };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<Loaded>(),
    rows: [] as NurseRow[],
    titleOptions,
    editing: '',
    editingName: '',
    title: NurseTitle.senior_nurse as NurseTitle,
    year: '',
    error: '',
    saving: false,
  },
  methods: {
    ...remotePage<Loaded>({
      fetch: () =>
        fetchView(
          () => withHospital((hospitalId) => api.homecare.nurses({ hospitalId })),
          (d) => d.nurses.length === 0,
        ),
      shown: ({ data }) => ({ rows: data ? nurseRows(data.nurses) : [] }),
    }),
    onLoad() {
      return this.load();
    },
    onEdit(e: DataEvent<{ openid: string }>) {
      const nurse = this.data.view.data?.nurses.find((n) => n.openid === e.currentTarget.dataset.openid);
      if (!nurse) return;
      this.setData({
        editing: nurse.openid,
        editingName: nurse.name,
        title: nurse.nurseTitle ?? NurseTitle.senior_nurse,
        year: nurse.practiceSinceYear === null ? '' : String(nurse.practiceSinceYear),
        error: '',
      });
    },
    onTitle(e: DataEvent<{ value: NurseTitle }>) {
      this.setData({ title: e.currentTarget.dataset.value });
    },
    onYear(e: ValueEvent<string>) {
      this.setData({ year: e.detail, error: '' });
    },
    async onSave() {
      const year = practiceYearOf(this.data.year, shanghaiYear(Date.now()));
      if (!year.ok) {
        this.setData({ error: year.error });
        return;
      }
      if (this.data.saving) return;
      this.setData({ saving: true });
      const { editing, editingName, title } = this.data;
      const res = await withHospital((hospitalId) => api.homecare.setNurse({ hospitalId, openid: editing, nurseTitle: title, practiceSinceYear: year.value }));
      this.setData({ saving: false });
      if (!res.ok) {
        this.setData({ error: res.error.message });
        toast(res.error.message);
        return;
      }
      toast(`${editingName}的资质已保存`);
      this.setData({ editing: '' });
      await this.reload();
    },
  },
});
