/**
 * 处方查询: a family member's prescriptions by visit — drugs with dose, frequency, route, days,
 * quantity and notes; status (未缴费 / 已缴费 / 已取药), the pharmacy window, the prescription rules
 * it follows; pay through the orders flow, open a drug's guidance, and for a long-term medicine the
 * days left with a nudge to book the follow-up. Interactions among the current drugs come first.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent } from '../../components/events';
import type { InteractionView, PrescriptionView } from '../../shared/dto/records';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { familyData, type Member } from '../common/family';

type Prescriptions = { prescriptions: PrescriptionView[] };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    family: loadingView<Member[]>(),
    members: [] as Member[],
    selected: '',
    view: loadingView<Prescriptions>(),
    warnings: [] as InteractionView[],
    disclaimer: '',
  },
  methods: {
    ...remotePage<Prescriptions, { selected: string }>({
      // Nothing to ask before a member is chosen (`open` loads the family first).
      fetch: ({ selected }) =>
        selected
          ? fetchView(
              () => api.records.prescriptions({ patientId: selected }),
              (d) => d.prescriptions.length === 0,
            )
          : Promise.resolve(loadingView<Prescriptions>()),
      shown: () => ({ warnings: [] }),
      // The interactions among the member's current drugs, once the prescriptions are shown.
      then: async (page, view) => {
        if (view.status !== 'ready') return;
        const found = await api.records.interactions({ patientId: page.data.selected });
        if (found.ok) page.setData({ warnings: found.data.interactions, disclaimer: found.data.disclaimer });
      },
    }),
    onLoad(query: Record<string, string | undefined>) {
      return this.open(query.patientId || '');
    },
    retry() {
      return this.open(this.data.selected);
    },
    /** The family members (held by the family store), the one asked for or the first, then their prescriptions. */
    async open(wanted: string) {
      this.setData({ family: loadingView<Member[]>() });
      this.setData(await familyData(wanted));
      if (this.data.family.status === 'ready') await this.load();
    },
    onMember(e: DataEvent<{ id: string }>) {
      this.setData({ selected: e.currentTarget.dataset.id });
      return this.load();
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
