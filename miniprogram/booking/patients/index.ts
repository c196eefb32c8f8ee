/**
 * 就诊人管理: the family members this account books for (at most five), with masked ID and phone
 * and any no-show restriction. Tap to edit; remove asks first and shows the server's refusal.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, go, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent } from '../../components/events';
import { family } from '../../stores/family';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import type { PatientOption } from '../common/patients';
import { loadPatients, type PatientList } from '../common/patient-list';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<PatientList>(),
    removingId: '',
    removeError: '',
  },
  methods: {
    ...remotePage<PatientList>({
      fetch: (_data, force) =>
        fetchView(
          () => loadPatients(force),
          (list) => list.options.length === 0,
        ),
    }),
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
      await family.changed();
      await this.reload();
    },
  },
});
