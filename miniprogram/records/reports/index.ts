/**
 * 报告查询: a family member's reports, newest first, with status (检查中 / 已出报告), the visit and
 * department; a critical one says the hospital will call, a sensitive one that it needs the ID
 * check, one from another hospital of the platform carries 互认. A report opens its page.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go, stopPullDownRefresh } from '../../api/platform';
import { api } from '../../api/index';
import type { DataEvent } from '../../components/events';
import type { ReportSummary } from '../../shared/dto/records';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { familyData, type Member } from '../common/family';

type Reports = { reports: ReportSummary[] };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    family: loadingView<Member[]>(),
    members: [] as Member[],
    selected: '',
    view: loadingView<Reports>(),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      return this.load(query.patientId || '');
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    retry() {
      return this.load(this.data.selected);
    },
    async load(wanted: string) {
      this.setData({ family: loadingView<Member[]>() });
      this.setData(await familyData(wanted));
      if (this.data.family.status === 'ready') await this.fetch();
    },
    async fetch() {
      this.setData({ view: loadingView<Reports>() });
      this.setData({ view: await fetchView(() => api.records.reports({ patientId: this.data.selected, hospitalId: session.hospitalId || undefined }), (d) => d.reports.length === 0) });
    },
    onMember(e: DataEvent<{ id: string }>) {
      this.setData({ selected: e.currentTarget.dataset.id });
      return this.fetch();
    },
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/records/report/index?id=${e.currentTarget.dataset.id}`);
    },
    onPrescriptions() {
      go(`/records/prescriptions/index?patientId=${this.data.selected}`);
    },
  },
});
