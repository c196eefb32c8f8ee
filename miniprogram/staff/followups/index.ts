/**
 * 在线复诊 doctor console (a doctor qualified to practise online, in their department): waiting
 * follow-ups to accept or decline (the fee refunded in full at once), and the doctor's own: renew the
 * previous medicines, adjust within the diagnosis (drugs from the formulary the server allows), fix a
 * prescription the pharmacist returned, ask for an in-person visit, finish.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, toast } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { Envelope } from '../../shared/envelope';
import type { FollowupView, FormularyOption, OnlineRxType } from '../../shared/dto/online';
import { makeRequestId } from '../../shared/request-id';
import { fetchView, loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import { remotePage } from '../../behaviors/remote-page';
import { withHospital } from '../common/hospital';

interface Line {
  code: string;
  name: string;
  quantity: number;
  days: number;
}

const newRequestId = () => makeRequestId(Date.now(), Math.random);
const typeOptions: Array<{ value: OnlineRxType; label: string }> = [
  { value: 'normal', label: '普通处方（≤7天）' },
  { value: 'long_term', label: '长期处方（≤4周）' },
  { value: 'chronic_stable', label: '慢病稳定期（≤12周，须说明）' },
];

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<FollowupView[]>(),
    reason: '',
    error: '',
    busy: false,
    typeOptions,
    editing: '',
    editingRx: '',
    drugs: [] as FormularyOption[],
    lines: [] as Line[],
    type: 'long_term' as OnlineRxType,
    chronicNote: '',
  },
  methods: {
    ...remotePage<FollowupView[]>({
      fetch: () =>
        fetchView(
          () => withHospital(async (h) => mapEnvelope(await api.followup.worklist({ hospitalId: h }), (d) => d.followups)),
          (list) => list.length === 0,
        ),
    }),
    onReason(e: ValueEvent<string>) {
      this.setData({ reason: e.detail });
    },
    async act(run: () => Promise<Envelope<unknown>>, done: string) {
      if (this.data.busy) return;
      this.setData({ busy: true, error: '' });
      const res = await run();
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ error: res.error.message });
        return;
      }
      toast(done);
      this.setData({ reason: '', editing: '', editingRx: '' });
      await this.load();
    },
    onAccept(e: DataEvent<{ id: string }>) {
      return this.act(() => api.followup.accept({ followupId: e.currentTarget.dataset.id }), '已接诊');
    },
    async onDecline(e: DataEvent<{ id: string }>) {
      if (!this.data.reason.trim()) {
        this.setData({ error: '请先填写不接诊的理由' });
        return;
      }
      if (!(await confirm('不接诊', '患者已支付的复诊费将全额退回。确定不接诊吗？', '不接诊'))) return;
      return this.act(() => api.followup.decline({ followupId: e.currentTarget.dataset.id, reason: this.data.reason.trim() }), '已拒绝并退款');
    },
    onRefer(e: DataEvent<{ id: string }>) {
      if (!this.data.reason.trim()) {
        this.setData({ error: '请先填写建议到院面诊的理由' });
        return undefined;
      }
      return this.act(() => api.followup.refer({ followupId: e.currentTarget.dataset.id, reason: this.data.reason.trim() }), '已建议到院');
    },
    onComplete(e: DataEvent<{ id: string }>) {
      return this.act(() => api.followup.complete({ followupId: e.currentTarget.dataset.id }), '复诊已结束');
    },
    onRenew(e: DataEvent<{ id: string }>) {
      return this.act(() => api.followup.renew({ followupId: e.currentTarget.dataset.id, requestId: newRequestId() }), '续方已提交药师审核');
    },
    async openEditor(followupId: string, rxId: string, lines: Line[]) {
      const res = await api.followup.formulary({ followupId });
      if (!res.ok) {
        this.setData({ error: res.error.message });
        return;
      }
      this.setData({ editing: followupId, editingRx: rxId, drugs: res.data.drugs, lines, error: '' });
    },
    onAdjust(e: DataEvent<{ id: string }>) {
      return this.openEditor(e.currentTarget.dataset.id, '', []);
    },
    onFix(e: DataEvent<{ id: string; rx: string }>) {
      const { id, rx } = e.currentTarget.dataset;
      const f = (this.data.view.data || []).find((x) => x.id === id);
      const p = f ? f.prescriptions.find((x) => x.id === rx) : undefined;
      return this.openEditor(id, rx, p ? p.items.map((i) => ({ code: i.code, name: i.name, quantity: i.quantity, days: i.days })) : []);
    },
    onAddDrug(e: DataEvent<{ code: string; name: string }>) {
      const { code, name } = e.currentTarget.dataset;
      if (this.data.lines.some((l) => l.code === code)) return;
      this.setData({ lines: [...this.data.lines, { code, name, quantity: 1, days: 28 }] });
    },
    onRemoveLine(e: DataEvent<{ index: number }>) {
      this.setData({ lines: this.data.lines.filter((_l, i) => i !== Number(e.currentTarget.dataset.index)) });
    },
    onLineField(e: ValueEvent<string> & { currentTarget: { dataset: { index: number; key: 'quantity' | 'days' } } }) {
      const { index, key } = e.currentTarget.dataset;
      this.setData({ [`lines[${index}].${key}`]: Number(e.detail) || 0 });
    },
    onType(e: ValueEvent<OnlineRxType>) {
      this.setData({ type: e.detail });
    },
    onTypeCell(e: DataEvent<{ value: OnlineRxType }>) {
      this.setData({ type: e.currentTarget.dataset.value });
    },
    onNote(e: ValueEvent<string>) {
      this.setData({ chronicNote: e.detail });
    },
    onCloseEditor() {
      this.setData({ editing: '', editingRx: '' });
    },
    onSubmitRx() {
      const lines = this.data.lines.map((l) => ({ code: l.code, quantity: l.quantity, days: l.days }));
      if (lines.length === 0) {
        this.setData({ error: '请至少选择一种药品' });
        return undefined;
      }
      const { editing, editingRx, type, chronicNote } = this.data;
      return this.act(
        () =>
          editingRx
            ? api.followup.revise({ prescriptionId: editingRx, type, items: lines, chronicNote: chronicNote.trim() })
            : api.followup.prescribe({ followupId: editing, type, items: lines, chronicNote: chronicNote.trim(), requestId: newRequestId() }),
        '处方已提交药师审核',
      );
    },
  },
});
