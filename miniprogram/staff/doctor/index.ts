/**
 * 医生工作台 (the doctor's console): the doctor's own sessions today, the patient called or in the
 * room, the next ones and 回诊 arrivals; 接诊 receives the called patient; 完成就诊 (after confirming)
 * completes the visit through clinic.completeVisit, whose orders the HIS answers — or, for a 回诊,
 * finishes the return.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, toast } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { SessionQueue } from '../../shared/dto/queue';
import { fetchView, loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { sessionOf, sessionsConsole, type Sessions } from '../common/sessions';
import type { SessionTab } from '../queue/queue-rows';
import { deskOf, diagnosisProblem, type Desk } from './desk';

type Queue = { queue: SessionQueue | null };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<Sessions>(),
    tabs: [] as SessionTab[],
    active: '',
    queueView: loadingView<Queue>(),
    desk: null as Desk | null,
    diagnosis: '',
    diagnosisError: '',
    completing: false,
    result: '',
  },
  methods: {
    ...sessionsConsole('doctor'),
    select(key: string) {
      this.setData({ active: key, diagnosis: '', diagnosisError: '', result: '' });
      return this.loadQueue();
    },
    onTab(e: ValueEvent<{ name: string }>) {
      if (e.detail.name !== this.data.active) return this.select(e.detail.name);
    },
    async loadQueue() {
      const s = sessionOf(this.data.view, this.data.active);
      if (!s) return;
      const view: View<Queue> = await fetchView(
        () => api.queue.sessionQueue({ ownerId: s.ownerId, date: s.date, session: s.session }),
        (d) => d.queue === null || d.queue.entries.length === 0,
      );
      this.setData({ queueView: view, desk: view.data && view.data.queue ? deskOf(view.data.queue) : null });
    },
    async onStart(e: DataEvent<{ id: string }>) {
      const res = await api.queue.startVisit({ appointmentId: e.currentTarget.dataset.id });
      if (!res.ok) toast(res.error.message);
      await this.loadQueue();
    },
    onDiagnosis(e: ValueEvent<string>) {
      this.setData({ diagnosis: e.detail, diagnosisError: '' });
    },
    async onComplete(e: DataEvent<{ id: string; name: string; returning: string }>) {
      const { id, name, returning } = e.currentTarget.dataset;
      if (this.data.completing) return;
      if (returning === 'yes') {
        if (!(await confirm('完成回诊', `确定${name}的回诊已完成吗？`, '完成'))) return;
        const res = await api.queue.finishReturn({ appointmentId: id });
        toast(res.ok ? '回诊已完成' : res.error.message);
        await this.loadQueue();
        return;
      }
      const diagnosisError = diagnosisProblem(this.data.diagnosis);
      this.setData({ diagnosisError });
      if (diagnosisError) return;
      const diagnosis = this.data.diagnosis.trim();
      if (!(await confirm('完成就诊', `${name}：诊断“${diagnosis}”。完成后诊断不能修改，检查、检验和处方将由医院信息系统生成，确定完成吗？`, '完成就诊')))
        return;
      this.setData({ completing: true });
      const res = await api.clinic.completeVisit({ appointmentId: id, diagnosis });
      this.setData({ completing: false });
      if (!res.ok) {
        this.setData({ diagnosisError: res.error.message });
        return;
      }
      this.setData({ diagnosis: '', result: `${name}的就诊已完成，开出${res.data.orders}项费用` });
      await this.loadQueue();
    },
  },
});
