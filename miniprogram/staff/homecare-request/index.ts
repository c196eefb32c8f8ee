/**
 * 处理上门护理 (role homecare): the request and its risk answers; accept with the assessment or
 * decline with a reason; once paid, assign a nurse — those not qualified are listed with why and
 * cannot be chosen (the server checks again).
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { HomecareView } from '../../shared/dto/homecare';
import type { Envelope } from '../../shared/envelope';
import { visitWindows } from '../../shared/visit-windows';
import { loadingView, mapEnvelope, recordView } from '../../stores/remote';
import { session } from '../../stores/session';

type Nurse = { openid: string; name: string; problem: string };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    id: '',
    view: loadingView<HomecareView>(),
    nurses: [] as Nurse[],
    note: '',
    error: '',
    busy: false,
    windows: visitWindows,
    newDate: '',
    newWindow: visitWindows[0].value,
  },
  methods: {
    ...remotePage<HomecareView, { id: string }>({
      fetch: ({ id }) => recordView(id, async (homecareId) => mapEnvelope(await api.homecare.get({ homecareId }), (d) => d.request)),
      then: async (page, view) => {
        if (!view.data || (view.data.status !== 'paid' && view.data.status !== 'assigned')) return;
        const res = await api.homecare.nurses({ hospitalId: view.data.hospitalId });
        if (res.ok) page.setData({ nurses: res.data.nurses });
      },
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ id: (query.id || '').trim() });
      return this.load();
    },
    onNote(e: ValueEvent<string>) {
      this.setData({ note: e.detail, error: '' });
    },
    async run(call: () => Promise<Envelope<{ request: HomecareView }>>, done: string) {
      this.setData({ busy: true, error: '' });
      const res = await call();
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ error: res.error.message });
        return;
      }
      this.setData({ view: { status: 'ready', data: res.data.request, error: '' }, note: '' });
      toast(done);
      if (res.data.request.status === 'paid') await this.reload();
    },
    async onAccept() {
      const note = this.data.note.trim();
      if (!note) {
        this.setData({ error: '请填写评估意见' });
        return;
      }
      await this.run(() => api.homecare.accept({ homecareId: this.data.id, assessment: note }), '已受理');
    },
    async onDecline() {
      const note = this.data.note.trim();
      if (!note) {
        this.setData({ error: '请填写不受理的原因' });
        return;
      }
      if (!(await confirm('不受理', `申请人会看到原因：${note}`, '不受理'))) return;
      await this.run(() => api.homecare.decline({ homecareId: this.data.id, reason: note }), '已告知申请人');
    },
    onNewDate(e: ValueEvent<string>) {
      this.setData({ newDate: e.detail, error: '' });
    },
    onNewWindow(e: ValueEvent<string>) {
      this.setData({ newWindow: e.detail });
    },
    async onReschedule() {
      const date = this.data.newDate.trim();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
        this.setData({ error: '请填写新的日期，如 2026-12-01' });
        return;
      }
      const [startTime, endTime] = this.data.newWindow.split('-');
      await this.run(() => api.homecare.reschedule({ homecareId: this.data.id, date, startTime, endTime }), '已改约');
    },
    async onAssign(e: DataEvent<{ openid: string; problem: string }>) {
      const { openid, problem } = e.currentTarget.dataset;
      if (problem) {
        this.setData({ error: problem });
        return;
      }
      await this.run(() => api.homecare.assign({ homecareId: this.data.id, nurseOpenid: openid }), '已派护士');
    },
  },
});
