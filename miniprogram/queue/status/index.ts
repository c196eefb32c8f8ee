/**
 * 在线候诊: the patient's place for one appointment. Before check-in it offers 扫码签到 (the clinic
 * area's code) and, where the hospital allows, 定位签到, asking first for the turn-near and called
 * messages; an unpaid registration links to payment. After check-in: the state, how many are
 * ahead, the room and the expected wait, refreshed by polling with backoff while the page is shown (load, show, pull-down
 * and 重试 by behaviors/remote-page.ts; the poll reloads quietly on top);
 * 带我去 leads to the clinic (or the exam room) until the patient is in the room.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { askConsent } from '../../api/messages';
import type { TemplateRef } from '../../shared/dto/reminders';
import { go, locate, scanCode, toast } from '../../api/platform';
import { MIN_POLL_MS, viewPoll } from '../../behaviors/backoff-poll';
import { remotePage } from '../../behaviors/remote-page';
import type { QueueStatus } from '../../shared/dto/queue';
import { routeUrl } from '../../shared/navigation-urls';
import { visitsChanged } from '../../stores/journey-store';
import { loadingView, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import { fingerprint, statusCard, type StatusCard } from './status-card';

/** The status with what the page shows of it. */
export type StatusPage = QueueStatus & { card: StatusCard };

const remote = remotePage<StatusPage, { appointmentId: string }>({
  async fetch({ appointmentId }) {
    const view = await recordView(appointmentId, (id) => api.queue.status({ appointmentId: id }));
    return { ...view, data: view.data ? { ...view.data, card: statusCard(view.data) } : null };
  },
});

const polling = viewPoll(remote, {
  fingerprint,
  moving: (s) => s.state !== 'done' && s.state !== 'closed',
});

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    appointmentId: '',
    view: loadingView<StatusPage>(),
    checking: false,
    checkInError: '',
    templates: [] as TemplateRef[],
    pollDelay: MIN_POLL_MS,
    polling: false,
  },
  methods: {
    ...remote,
    ...polling,
    async onLoad(query: Record<string, string | undefined>) {
      this.setData({ appointmentId: query.id || '' });
      await this.load();
      const s = this.data.view.data;
      if (s) {
        const res = await api.reminders.templateIds({ hospitalId: s.hospitalId, kinds: ['turn_near', 'queue_called'] });
        if (res.ok) this.setData({ templates: res.data.templates });
      }
    },
    async onScan() {
      if (this.data.checking) return;
      await this.ask();
      const code = await scanCode();
      if (code === null) return;
      return this.submit({ code });
    },
    async onLocate() {
      if (this.data.checking) return;
      await this.ask();
      const location = await locate();
      if (location === null) {
        this.setData({ checkInError: '无法获取您的位置，请打开定位权限，或扫描诊区签到码' });
        return;
      }
      return this.submit({ location });
    },
    async ask() {
      const s = this.data.view.data;
      if (s && this.data.templates.length > 0) await askConsent(s.hospitalId, this.data.templates);
    },
    async submit(place: { code: string } | { location: { latitude: number; longitude: number } }) {
      this.setData({ checking: true, checkInError: '' });
      const res = await api.queue.checkIn({ appointmentId: this.data.appointmentId, ...place });
      this.setData({ checking: false });
      if (!res.ok) {
        this.setData({ checkInError: res.error.message });
        return;
      }
      toast('签到成功');
      void visitsChanged();
      await this.reload();
      this.startPolling();
    },
    onPay() {
      go(`/booking/appointment/index?id=${this.data.appointmentId}`);
    },
    onGuide() {
      const s = this.data.view.data;
      if (s) go(routeUrl(s.hospitalId, s.placeId));
    },
  },
});
