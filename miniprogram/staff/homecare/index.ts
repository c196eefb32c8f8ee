/**
 * 上门护理调度 (role homecare): safety alerts first (with where the nurse was, on the map), then open
 * requests by visit time; the coordinator may also take the alerts as WeChat messages.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import type { TemplateRef } from '../../shared/dto/reminders';
import { go, openMap, toast } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { remotePage } from '../../behaviors/remote-page';
import { withHospital } from '../common/hospital';
import { alertTemplates, subscribeAlerts } from '../common/staff-alerts';
import { loadBoard, type Board } from './load';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: { view: loadingView<Board>(), templates: [] as TemplateRef[] },
  methods: {
    async onLoad() {
      this.setData({ templates: await alertTemplates(session.hospitalId, 'homecare_alert') });
    },
    ...remotePage<Board>({
      fetch: () =>
        fetchView(
          () => withHospital(loadBoard),
          (d) => d.requests.length === 0 && d.alerts.length === 0,
        ),
    }),
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/staff/homecare-request/index?id=${e.currentTarget.dataset.id}`);
    },
    onWhere(e: DataEvent<{ id: string }>) {
      const a = this.data.view.data?.alerts.find((x) => x.id === e.currentTarget.dataset.id);
      if (a?.location) openMap({ ...a.location, name: `${a.nurseName}求助时的位置`, address: a.place });
    },
    async onSubscribe() {
      toast(await subscribeAlerts(session.hospitalId, this.data.templates));
    },
  },
});
