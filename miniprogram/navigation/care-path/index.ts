/**
 * 今日就诊路径 (the optimal care path): today's pending stops of an appointment in the order that
 * ends soonest, each with its turn in minutes, its live queue and 带我去, and what is done already.
 * Planned again on every load, show and pull-down, and while the page stays open by polling with
 * backoff (behaviors/backoff-poll.ts), so it follows the queues as they move; when the order changes
 * the page says so. Query: `appointmentId`.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import { MIN_POLL_MS, viewPoll } from '../../behaviors/backoff-poll';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent } from '../../components/events';
import { loadingView, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import type { CarePathView } from '../../shared/dto/navigation';
import { routeUrl } from '../../shared/navigation-urls';

const orderOf = (path: CarePathView): string => path.stops.map((s) => s.pointId).join('>');

const remote = remotePage<CarePathView, { appointmentId: string }>({
  async fetch({ appointmentId }) {
    const view = await recordView(appointmentId, (id) => api.queue.carePath({ appointmentId: id, elder: session.elderMode }));
    return view.status === 'ready' && view.data && view.data.stops.length === 0 && view.data.done.length === 0 ? { ...view, status: 'empty' } : view;
  },
  /** A new order of the stops (a queue moved, a stop was done) is said, until the next load. */
  shown(view, _data, page) {
    const before = page.data.view.status === 'ready' ? page.data.view.data : null;
    const after = view.status === 'ready' ? view.data : null;
    return { reordered: before !== null && after !== null && orderOf(before) !== orderOf(after) };
  },
});

const polling = viewPoll(remote, {
  fingerprint: (path) => JSON.stringify([path.stops.map((s) => [s.pointId, s.etaMinutes, s.queueText]), path.done.map((d) => d.kind)]),
  moving: (path) => path.stops.length > 0,
});

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    appointmentId: '',
    view: loadingView<CarePathView>(),
    reordered: false,
    pollDelay: MIN_POLL_MS,
    polling: false,
  },
  methods: {
    ...remote,
    ...polling,
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ appointmentId: query.appointmentId || '' });
      return this.load();
    },
    onGuide(e: DataEvent<{ point: string; from: string }>) {
      const path = this.data.view.data;
      if (path) go(routeUrl(path.hospitalId, e.currentTarget.dataset.point, e.currentTarget.dataset.from));
    },
  },
});
