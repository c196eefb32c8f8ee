import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { carePath, queueStatus } from '../../api/queue';
import { careStepOf, journeyOf, nextStep, NO_CARE_STEP, NO_STEP, upcomingVisit, visitForCarePath } from '../../stores/journey';
import { session } from '../../stores/session';
import type { ArticleSummary } from '../../shared/dto/content';
import { appFunctions, homeFunctionKeys, offeredFunctions } from '../../shared/functions';
import { gridColumns, withGridFill } from '../../shared/grid';

const homeFunctions = homeFunctionKeys.map((key) => appFunctions.find((f) => f.key === key)).filter((f) => f !== undefined);

/** The home grid's entries the hospital offers, with the classes that fill a short last row. */
function gridOf(hospital: { offers: readonly string[] } | null) {
  const functions = withGridFill(offeredFunctions(hospital, homeFunctions));
  return { functions, functionColumns: gridColumns(functions.length, false), functionElderColumns: gridColumns(functions.length, true) };
}

ComponentWithStore({
  storeBindings: {
    store: session,
    fields: ['elderMode', 'hospitalId', 'hospitalName', 'hospitalsStatus', 'hospitalsError'],
    actions: [],
  },
  data: {
    hospitalLevel: '',
    ...gridOf(null),
    journey: journeyOf(NO_STEP),
    articles: [] as ArticleSummary[],
    next: NO_STEP,
    care: NO_CARE_STEP,
  },
  methods: {
    async onShow() {
      if (session.hospitalsStatus !== 'ready') await session.loadHospitals();
      this.refreshHospital();
    },
    async onPullDownRefresh() {
      await session.loadHospitals();
      await this.refreshHospital();
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
    async refreshHospital() {
      const hospital = session.hospital;
      this.setData({ hospitalLevel: hospital ? hospital.levelLabel : '', ...gridOf(hospital) });
      if (!hospital) return;
      const [res, appointments, unpaid] = await Promise.all([api.content.listArticles({ hospitalId: hospital.id, page: 1, pageSize: 3 }), api.booking.mine({ status: 'active' }), api.orders.mine({ status: 'unpaid' })]);
      const active = appointments.ok ? appointments.data.appointments : [];
      const upcoming = upcomingVisit(active);
      const live = upcoming && upcoming.status === 'checked_in' ? await queueStatus(upcoming.id) : null;
      const next = nextStep(active, unpaid.ok ? unpaid.data.orders : [], live && live.ok ? live.data : null);
      this.setData({ articles: res.ok ? res.data.items : [], next, journey: journeyOf(next, hospital) });
      const visit = visitForCarePath(active);
      const path = visit ? await carePath(visit.id, session.elderMode) : null;
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
