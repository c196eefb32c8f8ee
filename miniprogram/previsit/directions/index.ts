/** 来院路线: the hospital on a map, navigation in WeChat's map, transit lines, parking and hours. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { openMap, stopPullDownRefresh } from '../../api/platform';
import { loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import type { Directions } from '../../shared/dto/content';
import { fetchHospitalView } from '../common/fetch';
import { hospitalMarkers, type MapMarker } from '../common/view';

/** The pin of the map marker; the address line shows it too, so the file is a WXML dependency. */
const PIN = '/previsit/directions/pin.png';

interface DirectionsPage {
  directions: Directions;
  markers: MapMarker[];
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<DirectionsPage>(),
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
      this.setData({ view: loadingView<DirectionsPage>() });
      await this.fetch();
    },
    async fetch() {
      const view = await fetchHospitalView(async (hospitalId) =>
        mapEnvelope(await api.content.getDirections({ hospitalId }), (d) => ({ directions: d.directions, markers: hospitalMarkers(d.directions, PIN) })),
      );
      this.setData({ view });
    },
    onNavigate() {
      const page = this.data.view.data;
      if (!page) return;
      const { latitude, longitude, name, address } = page.directions;
      openMap({ latitude, longitude, name, address });
    },
  },
});
