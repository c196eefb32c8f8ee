/**
 * 上门护理 (the assigned nurse): leave, start at the home, finish with the service record and
 * vitals; the safety button alerts the coordinators at once with the phone's position (asked
 * first, so it is not pressed by accident).
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, locate, openMap, toast } from '../../api/platform';
import type { ValueEvent } from '../../components/events';
import type { HomecareView } from '../../shared/dto/homecare';
import type { Envelope } from '../../shared/envelope';
import { makeRequestId } from '../../shared/request-id';
import { loadingView, mapEnvelope, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import { remotePage } from '../../behaviors/remote-page';
import { parseVitals } from './vitals';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    id: '',
    view: loadingView<HomecareView>(),
    note: '',
    vitals: { temperature: '', pulse: '', systolic: '', diastolic: '', spo2: '' },
    error: '',
    busy: false,
  },
  methods: {
    ...remotePage<HomecareView, { id: string }>({
      fetch: ({ id }) => recordView(id, async (id) => mapEnvelope(await api.homecare.get({ homecareId: id }), (d) => d.request)),
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ id: (query.id || '').trim() });
      return this.load();
    },
    onNote(e: ValueEvent<string>) {
      this.setData({ note: e.detail, error: '' });
    },
    onVital(e: ValueEvent<string> & { currentTarget: { dataset: { key: string } } }) {
      this.setData({ [`vitals.${e.currentTarget.dataset.key}`]: e.detail, error: '' });
    },
    async run(call: () => Promise<Envelope<{ request: HomecareView }>>, done: string) {
      this.setData({ busy: true, error: '' });
      const res = await call();
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ error: res.error.message });
        return;
      }
      this.setData({ view: { status: 'ready', data: res.data.request, error: '' } });
      toast(done);
    },
    onDepart() {
      return this.run(() => api.homecare.depart({ homecareId: this.data.id }), '已出发');
    },
    async onStart() {
      // The arrival is checked in with the phone's position (how far from the marked home); without it the start still goes.
      const at = await locate();
      return this.run(() => api.homecare.start({ homecareId: this.data.id, ...(at ? { location: at } : {}) }), '开始服务');
    },
    onRoute() {
      const r = this.data.view.data;
      if (r?.homeLocation) openMap({ ...r.homeLocation, name: `${r.patientName}家`, address: r.addressText });
    },
    async onFinish() {
      const note = this.data.note.trim();
      const parsed = parseVitals(this.data.vitals);
      if (!note) {
        this.setData({ error: '请填写护理记录' });
        return;
      }
      if ('error' in parsed) {
        this.setData({ error: parsed.error });
        return;
      }
      await this.run(() => api.homecare.finish({ homecareId: this.data.id, note, vitals: parsed.vitals }), '服务已完成');
    },
    async onAlert() {
      if (!(await confirm('安全求助', '将立即通知调度员并发送您的位置，请在安全的地方等待联系。', '立即求助'))) return;
      // The position helps the coordinator send help; the alert goes without it when the phone refuses.
      const at = await locate();
      const res = await api.homecare.alert({
        homecareId: this.data.id,
        note: '',
        requestId: makeRequestId(Date.now(), Math.random),
        ...(at ? { location: at } : {}),
      });
      toast(res.ok ? '已通知调度员' : res.error.message);
    },
  },
});
