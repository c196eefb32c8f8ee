/**
 * 就诊人管理: the family members this account books for (at most five), with masked ID and phone
 * and any no-show restriction. Tap to edit; remove asks first and shows the server's refusal.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, go, stopPullDownRefresh, toast } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { viewOf } from '../../stores/remote';
import type { PatientOption } from '../common/patients';
import { loadPatients, type PatientList } from '../common/patient-list';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<PatientList>(),
    canAdd: false,
    removingId: '',
    removeError: '',
  },
  methods: {
    onShow() {
      return this.load();
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<PatientList>() });
      await this.fetch();
    },
    async fetch() {
      const view = viewOf(await loadPatients(), (list) => list.options.length === 0);
      this.setData({ view, canAdd: view.data !== null && view.data.options.length < view.data.max });
    },
    onAdd() {
      go('/booking/patient-edit/index');
    },
    onEdit(e: DataEvent<{ id: string }>) {
      go(`/booking/patient-edit/index?id=${e.currentTarget.dataset.id}`);
    },
    async onRemove(e: DataEvent<{ id: string }>) {
      const list = this.data.view.data;
      const patient = list ? list.options.find((p: PatientOption) => p.id === e.currentTarget.dataset.id) : undefined;
      if (!patient || this.data.removingId) return;
      if (!(await confirm('删除就诊人', `确定删除就诊人“${patient.name}”吗？删除后不能再为他（她）预约。`, '删除'))) return;
      this.setData({ removingId: patient.id, removeError: '' });
      const res = await api.patients.remove({ patientId: patient.id });
      this.setData({ removingId: '' });
      if (!res.ok) {
        this.setData({ removeError: `${patient.name}：${res.error.message}` });
        toast(res.error.message);
        return;
      }
      toast('已删除');
      await this.fetch();
    },
  },
});
