/**
 * 院内导航's start: the places of the chosen hospital to go to — the facilities (收费处, 药房,
 * 采血处, 服务台 …) and each building's departments. A tap opens the route from the main entrance.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { listPlaces } from '../../api/navigation';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import type { PlacesView } from '../../shared/dto/navigation';
import { routeUrl } from '../../shared/navigation-urls';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: {
    view: loadingView<PlacesView>(),
  },
  methods: {
    onLoad() {
      return this.load();
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<PlacesView>() });
      await this.fetch();
    },
    async fetch() {
      if (session.hospitalsStatus !== 'ready') await session.loadHospitals();
      const hospital = session.hospital;
      if (session.hospitalsStatus !== 'ready' || !hospital) {
        this.setData({ view: { status: session.hospitalsStatus === 'error' ? 'error' : 'empty', data: null, error: session.hospitalsError } });
        return;
      }
      const view = await fetchView(
        () => listPlaces(hospital.id),
        (d) => d.groups.length === 0,
      );
      this.setData({ view });
    },
    onOpen(e: DataEvent<{ id: string }>) {
      const places = this.data.view.data;
      if (places) go(routeUrl(places.hospitalId, e.currentTarget.dataset.id));
    },
  },
});
