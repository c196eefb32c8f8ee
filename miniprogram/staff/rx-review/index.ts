/**
 * 处方审核 (role pharmacist): online prescriptions waiting, oldest first, with the diagnosis and
 * every drug; approve (the patient can then pay) or return with a reason for the doctor.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { toast } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { RxView } from '../../shared/dto/online';
import { fetchView, loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import { remotePage } from '../../behaviors/remote-page';
import { withHospital } from '../common/hospital';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: { view: loadingView<RxView[]>(), reason: '', error: '', busy: false },
  methods: {
    ...remotePage<RxView[]>({
      fetch: () =>
        fetchView(
          () => withHospital(async (h) => mapEnvelope(await api.followup.reviewQueue({ hospitalId: h }), (d) => d.prescriptions)),
          (list) => list.length === 0,
        ),
    }),
    onReason(e: ValueEvent<string>) {
      this.setData({ reason: e.detail, error: '' });
    },
    async decide(id: string, decision: 'approve' | 'return') {
      if (this.data.busy) return;
      if (decision === 'return' && !this.data.reason.trim()) {
        this.setData({ error: '退回处方须写明理由' });
        return;
      }
      this.setData({ busy: true, error: '' });
      const res = await api.followup.review({
        prescriptionId: id,
        decision,
        ...(decision === 'return' && this.data.reason.trim() ? { reason: this.data.reason.trim() } : {}),
      });
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ error: res.error.message });
        return;
      }
      toast(decision === 'approve' ? '审核通过' : '已退回医生');
      this.setData({ reason: '' });
      await this.load();
    },
    onApprove(e: DataEvent<{ id: string }>) {
      return this.decide(e.currentTarget.dataset.id, 'approve');
    },
    onReturn(e: DataEvent<{ id: string }>) {
      return this.decide(e.currentTarget.dataset.id, 'return');
    },
  },
});
