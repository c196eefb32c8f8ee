import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { backoffPoll, MIN_POLL_MS, type PollHost } from '../../behaviors/backoff-poll';
import { appointments } from '../../stores/appointments';
import { careStepOf, NO_CARE_STEP, visitForCarePath, type CareStep } from '../../stores/journey';
import { journey } from '../../stores/journey-store';
import { session } from '../../stores/session';
import type { ArticleSummary } from '../../shared/dto/content';
import type { QueueStatus } from '../../shared/dto/queue';
import { appFunctions, homeFunctionKeys, offeredFunctions } from '../../shared/functions';
import { gridColumns, withGridFill } from '../../shared/grid';

const homeFunctions = homeFunctionKeys.map((key) => appFunctions.find((f) => f.key === key)).filter((f) => f !== undefined);

/** The home grid's entries the hospital offers, with the classes that fill a short last row. */
function gridOf(hospital: { offers: readonly string[] } | null) {
  const functions = withGridFill(offeredFunctions(hospital, homeFunctions));
  return { functions, functionColumns: gridColumns(functions.length, false), functionElderColumns: gridColumns(functions.length, true) };
}

/** The home page as the poll sees it: the care step it shows and its refresh. */
type HomeHost = PollHost & { data: { care: CareStep }; refreshCare(): Promise<void> };

/**
 * While a visit is under way today (a care path with stops ahead, or a checked-in queue), the
 * journey's live queue and the care path's next stop follow the queues by polling with backoff.
 */
const polling = backoffPoll<HomeHost, { care: CareStep; queue: QueueStatus | null }>({
  current: (page) => (page.data.care.shown || journey.queue.data ? { care: page.data.care, queue: journey.queue.data } : null),
  fingerprint: ({ care, queue }) => JSON.stringify([care, queue && queue.state, queue && queue.ahead, queue && queue.room]),
  async refresh(page) {
    await journey.queue.refresh();
    await page.refreshCare();
  },
});

ComponentWithStore({
  storeBindings: [
    { store: session, fields: ['elderMode', 'hospitalId', 'hospitalName', 'hospitalsStatus', 'hospitalsError'], actions: [] },
    /** The next step and the five steps of the visit, computed by the journey store from my appointments, unpaid orders and queue. */
    { store: journey, fields: { next: () => journey.next, journey: () => journey.steps }, actions: [] },
  ],
  data: {
    hospitalLevel: '',
    ...gridOf(null),
    articles: [] as ArticleSummary[],
    care: NO_CARE_STEP,
    pollDelay: MIN_POLL_MS,
    polling: false,
  },
  methods: {
    ...polling,
    async onShow() {
      if (session.hospitalsStatus !== 'ready') await session.loadHospitals();
      await this.refreshHospital();
      this.startPolling();
    },
    onHide() {
      this.stopPolling();
    },
    onUnload() {
      this.stopPolling();
    },
    async onPullDownRefresh() {
      await session.loadHospitals();
      await this.refreshHospital(true);
      stopPullDownRefresh();
    },
    /** Elder mode from the first screen: the same setting as 我的 → 长辈模式, kept for every page. */
    onToggleElder() {
      session.setElderMode(!session.elderMode);
    },
    async onRetry() {
      await session.loadHospitals();
      await this.refreshHospital();
    },
    /** The hospital's entries and articles, the journey (as held while fresh; `force` on pull-down), then the care path. */
    async refreshHospital(force = false) {
      const hospital = session.hospital;
      this.setData({ hospitalLevel: hospital ? hospital.levelLabel : '', ...gridOf(hospital) });
      if (!hospital) return;
      const [res] = await Promise.all([api.content.listArticles({ hospitalId: hospital.id, page: 1, pageSize: 3 }), journey.refresh(force)]);
      this.setData({ articles: res.ok ? res.data.items : [] });
      await this.refreshCare();
    },
    /** The care path's next stop of the visit it applies to (none without one). */
    async refreshCare() {
      const visit = visitForCarePath(appointments.active.data ?? []);
      const path = visit ? await api.queue.carePath({ appointmentId: visit.id, elder: session.elderMode }) : null;
      this.setData({ care: careStepOf(path && path.ok ? path.data : null) });
    },
    onCareGuide() {
      if (this.data.care.guideUrl) go(this.data.care.guideUrl);
    },
    onCarePath() {
      if (this.data.care.pathUrl) go(this.data.care.pathUrl);
    },
    onNextStep() {
      if (this.data.next.url) go(this.data.next.url);
    },
    onSwitchHospital() {
      go('/pages/hospitals/index');
    },
    onOpenGuide() {
      go('/previsit/guide/index');
    },
    onStartTriage() {
      go('/previsit/triage/index');
    },
    onStartBooking() {
      go('/previsit/departments/index');
    },
    onOpenFunction(e: DataEvent<{ url: string }>) {
      go(e.currentTarget.dataset.url);
    },
    onOpenArticle(e: DataEvent<{ id: string }>) {
      go(`/postvisit/article/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
