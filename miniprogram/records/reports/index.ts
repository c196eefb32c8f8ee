/**
 * 报告查询: a family member's reports, newest first, with status (检查中 / 已出报告), the visit and
 * department; a critical one says the hospital will call, a sensitive one that it needs the ID
 * check, one from another hospital of the platform carries 互认. A report opens its page.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
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
    ...remotePage<Reports, { selected: string }>({
      // Nothing to ask before a member is chosen (`open` loads the family first).
      fetch: ({ selected }) =>
        selected
          ? fetchView(
              () => api.records.reports({ patientId: selected, hospitalId: session.hospitalId || undefined }),
              (d) => d.reports.length === 0,
            )
          : Promise.resolve(loadingView<Reports>()),
    }),
    onLoad(query: Record<string, string | undefined>) {
      return this.open(query.patientId || '');
    },
    retry() {
      return this.open(this.data.selected);
    },
    /** The family members (held by the family store), the one asked for or the first, then their reports. */
    async open(wanted: string) {
      this.setData({ family: loadingView<Member[]>() });
      this.setData(await familyData(wanted));
      if (this.data.family.status === 'ready') await this.load();
    },
    onMember(e: DataEvent<{ id: string }>) {
      this.setData({ selected: e.currentTarget.dataset.id });
      return this.load();
    },
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/records/report/index?id=${e.currentTarget.dataset.id}`);
    },
    onPrescriptions() {
      go(`/records/prescriptions/index?patientId=${this.data.selected}`);
    },
  },
});
