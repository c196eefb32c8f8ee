/**
 * 叫号台 (the nurse's console): today's sessions of the nurse's clinic areas — doctors' sessions and
 * exam rooms' (CT, ultrasound …: there the nurse also starts and finishes the exam, and there is no 回诊) —, the queue with states,
 * call next, recall (重呼), skip (过号), priority with its reason, 回诊, pause with a reason patients
 * see and resume, the room, checking in a patient who has not arrived in the app, a walk-in on an
 * add-on place, and the area's check-in code (诊区签到码, staff/area-code) to show or print. Skip, pause, check-in and walk-ins ask first; each call sends a requestId kept until it is
 * answered, so a retried tap never calls two patients.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { confirm, go, toast } from '../../api/platform';
import { api } from '../../api/index';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { PriorityKind, SessionQueue, SessionRef } from '../../shared/dto/queue';
import { makeRequestId } from '../../shared/request-id';
import { fetchView, loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { sessionOf, sessionsConsole, type Sessions } from '../common/sessions';
import * as rows from './queue-rows';

type Queue = { queue: SessionQueue | null };
const newRequestId = () => makeRequestId(Date.now(), Math.random);
const noWalkIn = () => ({ slotId: '', slotText: '', name: '', error: '', requestId: '' });
const noPriority = () => ({ appointmentId: '', name: '', kind: 'elderly80' as PriorityKind, reason: '', error: '' });

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<Sessions>(),
    tabs: [] as rows.SessionTab[],
    active: '',
    queueView: loadingView<Queue>(),
    rows: [] as rows.EntryRow[],
    queue: null as SessionQueue | null,
    callRequestId: '',
    calling: false,
    lastCalled: '',
    pauseReason: '',
    pauseError: '',
    room: '',
    roomError: '',
    priority: noPriority(),
    priorityOptions: rows.priorityOptions,
    walkIn: noWalkIn(),
  },
  methods: {
    ...sessionsConsole('nurse'),
    ref(): SessionRef | null {
      const s = sessionOf(this.data.view, this.data.active);
      return s ? { ownerId: s.ownerId, date: s.date, session: s.session } : null;
    },
    select(key: string) {
      this.setData({ active: key, callRequestId: '', lastCalled: '', priority: noPriority(), pauseError: '', roomError: '' });
      return this.loadQueue();
    },
    onTab(e: ValueEvent<{ name: string }>) {
      if (e.detail.name !== this.data.active) return this.select(e.detail.name);
    },
    async loadQueue() {
      const ref = this.ref();
      if (!ref) return;
      const view: View<Queue> = await fetchView(
        () => api.queue.sessionQueue(ref),
        (d) => d.queue === null || d.queue.entries.length + d.queue.notArrived.length === 0,
      );
      const queue = view.data ? view.data.queue : null;
      this.setData({ queueView: view, queue, rows: queue ? queue.entries.map((e) => rows.entryRow(e, queue.exam)) : [], room: queue ? queue.room : '' });
    },
    async onCallNext() {
      const ref = this.ref();
      if (!ref || this.data.calling) return;
      const requestId = this.data.callRequestId || newRequestId();
      this.setData({ calling: true, callRequestId: requestId });
      const res = await api.queue.callNext({ ...ref, requestId });
      this.setData({ calling: false });
      if (!res.ok) {
        if (res.error.code !== 'NETWORK') this.setData({ callRequestId: '' });
        toast(res.error.message);
        return;
      }
      const called = res.data.called === null ? '' : (this.data.rows.find((r) => r.appointmentId === res.data.called) || { patientName: '' }).patientName;
      this.setData({ callRequestId: '', lastCalled: res.data.called === null ? '没有候诊的患者了' : `已叫号：${called}` });
      await this.loadQueue();
    },
    async onRecall(e: DataEvent<{ id: string }>) {
      const res = await api.queue.recall({ appointmentId: e.currentTarget.dataset.id, requestId: newRequestId() });
      toast(res.ok ? '已重呼' : res.error.message);
    },
    async onSkip(e: DataEvent<{ id: string; name: string }>) {
      const { id, name } = e.currentTarget.dataset;
      if (!(await confirm('过号', `${name}未到诊室，确定过号吗？过号后将向后顺延；第三次过号排到队尾。`, '过号'))) return;
      const res = await api.queue.skip({ appointmentId: id, requestId: newRequestId() });
      toast(res.ok ? '已过号' : res.error.message);
      await this.loadQueue();
    },
    async onCheckInFor(e: DataEvent<{ id: string; name: string }>) {
      const { id, name } = e.currentTarget.dataset;
      if (!(await confirm('代为签到', `确认${name}已到诊区，为其签到吗？`, '签到'))) return;
      const res = await api.queue.checkInFor({ appointmentId: id, requestId: newRequestId() });
      toast(res.ok ? '已签到' : res.error.message);
      await this.loadQueue();
    },
    async onStartExam(e: DataEvent<{ id: string }>) {
      const res = await api.queue.startExam({ appointmentId: e.currentTarget.dataset.id });
      toast(res.ok ? '开始检查' : res.error.message);
      await this.loadQueue();
    },
    async onFinishExam(e: DataEvent<{ id: string; name: string }>) {
      const { id, name } = e.currentTarget.dataset;
      if (!(await confirm('检查完成', `确认${name}的检查已做完吗？完成后检查单将标为已完成。`, '完成'))) return;
      const res = await api.queue.finishExam({ appointmentId: id });
      toast(res.ok ? '检查已完成' : res.error.message);
      await this.loadQueue();
    },
    async onReturn(e: DataEvent<{ id: string; name: string }>) {
      const res = await api.queue.markReturning({ appointmentId: e.currentTarget.dataset.id });
      toast(res.ok ? `${e.currentTarget.dataset.name}已回诊排队` : res.error.message);
      await this.loadQueue();
    },
    onPriorityOpen(e: DataEvent<{ id: string; name: string }>) {
      this.setData({ priority: { ...noPriority(), appointmentId: e.currentTarget.dataset.id, name: e.currentTarget.dataset.name } });
    },
    onPriorityKind(e: DataEvent<{ kind: PriorityKind }>) {
      this.setData({ 'priority.kind': e.currentTarget.dataset.kind });
    },
    onPriorityReason(e: ValueEvent<string>) {
      this.setData({ 'priority.reason': e.detail, 'priority.error': '' });
    },
    onPriorityCancel() {
      this.setData({ priority: noPriority() });
    },
    async onPrioritySubmit() {
      const { appointmentId, kind, reason } = this.data.priority;
      const error = rows.reasonProblem(reason, '优先原因', 40);
      this.setData({ 'priority.error': error });
      if (error || !appointmentId) return;
      const res = await api.queue.setPriority({ appointmentId, priority: kind, reason: reason.trim() });
      if (!res.ok) {
        this.setData({ 'priority.error': res.error.message });
        return;
      }
      this.setData({ priority: noPriority() });
      toast('已设为优先');
      await this.loadQueue();
    },
    onPauseReason(e: ValueEvent<string>) {
      this.setData({ pauseReason: e.detail, pauseError: '' });
    },
    async onPause() {
      const ref = this.ref();
      const pauseError = rows.reasonProblem(this.data.pauseReason, '暂停原因', rows.PAUSE_REASON_MAX);
      this.setData({ pauseError });
      if (!ref || pauseError) return;
      if (!(await confirm('暂停叫号', `暂停后不能叫号，候诊患者会看到“${this.data.pauseReason.trim()}”。确定暂停吗？`, '暂停'))) return;
      const res = await api.queue.pause({ ...ref, reason: this.data.pauseReason.trim() });
      if (!res.ok) {
        this.setData({ pauseError: res.error.message });
        return;
      }
      this.setData({ pauseReason: '' });
      await this.loadQueue();
    },
    async onResume() {
      const ref = this.ref();
      if (!ref) return;
      const res = await api.queue.resume(ref);
      toast(res.ok ? '已恢复叫号' : res.error.message);
      await this.loadQueue();
    },
    onRoom(e: ValueEvent<string>) {
      this.setData({ room: e.detail, roomError: '' });
    },
    async onSaveRoom() {
      const ref = this.ref();
      const roomError = rows.reasonProblem(this.data.room, '诊室', rows.ROOM_MAX);
      this.setData({ roomError });
      if (!ref || roomError) return;
      const res = await api.queue.setRoom({ ...ref, room: this.data.room.trim() });
      toast(res.ok ? '诊室已保存' : res.error.message);
      await this.loadQueue();
    },
    onWalkInOpen(e: DataEvent<{ id: string; text: string }>) {
      this.setData({ walkIn: { ...noWalkIn(), slotId: e.currentTarget.dataset.id, slotText: e.currentTarget.dataset.text, requestId: newRequestId() } });
    },
    onWalkInName(e: ValueEvent<string>) {
      this.setData({ 'walkIn.name': e.detail, 'walkIn.error': '' });
    },
    onWalkInCancel() {
      this.setData({ walkIn: noWalkIn() });
    },
    async onWalkInSubmit() {
      const { slotId, slotText, name, requestId } = this.data.walkIn;
      const error = rows.reasonProblem(name, '患者姓名', 20);
      this.setData({ 'walkIn.error': error });
      if (error || !slotId) return;
      if (!(await confirm('现场加号', `为${name.trim()}占用 ${slotText} 的加号名额并签到吗？请确认已在窗口缴费。`, '加号签到'))) return;
      const res = await api.queue.addWalkIn({ slotId, patientName: name.trim(), requestId });
      if (!res.ok) {
        this.setData({ 'walkIn.error': res.error.message });
        return;
      }
      this.setData({ walkIn: noWalkIn() });
      toast('已加号签到');
      await this.loadQueue();
    },
    onShowCode() {
      const s = sessionOf(this.data.view, this.data.active);
      if (s) go(`/staff/area-code/index?departmentId=${s.departmentId}`);
    },
  },
});
