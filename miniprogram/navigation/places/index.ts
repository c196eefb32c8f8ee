/**
 * 院内导航's start: the places of the chosen hospital to go to — the facilities (收费处, 药房,
 * 采血处, 服务台 …) and each building's departments. A tap opens the route from the main entrance.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent } from '../../components/events';
import { fetchView, loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import type { PlacesView } from '../../shared/dto/navigation';
import { routeUrl } from '../../shared/navigation-urls';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: {
    view: loadingView<PlacesView>(),
  },
  methods: {
    ...remotePage<PlacesView>({
      async fetch(): Promise<View<PlacesView>> {
        if (session.hospitalsStatus !== 'ready') await session.loadHospitals();
        const hospital = session.hospital;
        if (session.hospitalsStatus !== 'ready' || !hospital) {
          return { status: session.hospitalsStatus === 'error' ? 'error' : 'empty', data: null, error: session.hospitalsError };
        }
        return fetchView(
          () => api.navigation.places({ hospitalId: hospital.id }),
          (d) => d.groups.length === 0,
        );
      },
      reloadOnShow: false,
    }),
    onLoad() {
      return this.load();
    },
    onOpen(e: DataEvent<{ id: string }>) {
      const places = this.data.view.data;
      if (places) go(routeUrl(places.hospitalId, e.currentTarget.dataset.id));
    },
  },
});
