/**
 * 处方查询: a family member's prescriptions by visit — drugs with dose, frequency, route, days,
 * quantity and notes; status (未缴费 / 已缴费 / 已取药), the pharmacy window, the prescription rules
 * it follows; pay through the orders flow, open a drug's guidance, and for a long-term medicine the
 * days left with a nudge to book the follow-up. Interactions among the current drugs come first.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go, stopPullDownRefresh } from '../../api/platform';
import { api } from '../../api/index';
import type { DataEvent } from '../../components/events';
import type { InteractionView, PrescriptionView } from '../../shared/dto/records';
import { fetchView, loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { familyData, type Member } from '../common/family';

type Prescriptions = { prescriptions: PrescriptionView[] };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    family: loadingView<Member[]>(),
    members: [] as Member[],
    selected: '',
    view: loadingView<Prescriptions>() as View<Prescriptions>,
    warnings: [] as InteractionView[],
    disclaimer: '',
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
      this.setData({ view: loadingView<Prescriptions>(), warnings: [] });
      const view = await fetchView(
        () => api.records.prescriptions({ patientId: this.data.selected }),
        (d) => d.prescriptions.length === 0,
      );
      this.setData({ view });
      if (view.status !== 'ready') return;
      const found = await api.records.interactions({ patientId: this.data.selected });
      if (found.ok) this.setData({ warnings: found.data.interactions, disclaimer: found.data.disclaimer });
    },
    onMember(e: DataEvent<{ id: string }>) {
      this.setData({ selected: e.currentTarget.dataset.id });
      return this.fetch();
    },
    onPay(e: DataEvent<{ id: string }>) {
      go(`/billing/order/index?id=${e.currentTarget.dataset.id}`);
    },
    onGuide(e: DataEvent<{ code: string }>) {
      go(`/records/drug/index?code=${e.currentTarget.dataset.code}`);
    },
    onPlan(e: DataEvent<{ id: string }>) {
      go(`/records/plan/index?prescriptionId=${e.currentTarget.dataset.id}`);
    },
    onFollowUp(e: DataEvent<{ id: string }>) {
      go(`/booking/department/index?id=${e.currentTarget.dataset.id}`);
    },
    onOnlineFollowUp(e: DataEvent<{ id: string }>) {
      go(`/online/followup-start/index?patientId=${this.data.selected}&departmentId=${e.currentTarget.dataset.id}`);
    },
  },
});
