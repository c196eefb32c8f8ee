/**
 * 在线候诊: the patient's place for one appointment. Before check-in it offers 扫码签到 (the clinic
 * area's code) and, where the hospital allows, 定位签到, asking first for the turn-near and called
 * messages; an unpaid registration links to payment. After check-in: the state, how many are
 * ahead, the room and the expected wait, refreshed by polling with backoff while the page is shown;
 * 带我去 leads to the clinic (or the exam room) until the patient is in the room.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { askConsent, templateIds, type TemplateRef } from '../../api/messages';
import { go, locate, scanCode, stopPullDownRefresh, toast } from '../../api/platform';
import { api } from '../../api/index';
import type { QueueStatus } from '../../shared/dto/queue';
import { routeUrl } from '../../shared/navigation-urls';
import { recordView, loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { MIN_POLL_MS, nextDelay } from '../common/poll';
import { fingerprint, statusCard, type StatusCard } from './status-card';
import { visitsChanged } from '../../stores/journey-store';

let timer: ReturnType<typeof setTimeout> | null = null;

function stopTimer(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    appointmentId: '',
    view: loadingView<QueueStatus>(),
    card: null as StatusCard | null,
    checking: false,
    checkInError: '',
    templates: [] as TemplateRef[],
    pollDelay: MIN_POLL_MS,
    polling: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ appointmentId: query.id || '' });
      return this.load();
    },
    onShow() {
      if (this.data.view.status === 'ready') this.schedule(MIN_POLL_MS);
    },
    onHide() {
      stopTimer();
      this.setData({ polling: false });
    },
    onUnload() {
      stopTimer();
    },
    async onPullDownRefresh() {
      await this.refresh();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<QueueStatus>(), card: null });
      await this.refresh();
      const s = this.data.view.data;
      if (s) {
        const res = await templateIds(s.hospitalId, ['turn_near', 'queue_called']);
        if (res.ok) this.setData({ templates: res.data.templates });
      }
    },
    /** Loads the status; answers whether it changed. */
    async refresh(): Promise<boolean> {
      const before = this.data.view.data;
      const view: View<QueueStatus> = await recordView(this.data.appointmentId, (appointmentId) => api.queue.status({ appointmentId }));
      this.setData({ view, card: view.data ? statusCard(view.data) : null });
      if (view.status === 'ready') this.schedule(this.data.pollDelay);
      return !before || !view.data || fingerprint(before) !== fingerprint(view.data);
    },
    schedule(delay: number) {
      stopTimer();
      const s = this.data.view.data;
      if (!s || s.state === 'done' || s.state === 'closed') {
        this.setData({ polling: false });
        return;
      }
      this.setData({ pollDelay: delay, polling: true });
      timer = setTimeout(() => void this.poll(), delay);
    },
    async poll() {
      timer = null;
      const delay = this.data.pollDelay;
      const changed = await this.refresh();
      this.schedule(nextDelay(delay, changed));
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
      this.setData({ pollDelay: MIN_POLL_MS });
      await this.refresh();
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
