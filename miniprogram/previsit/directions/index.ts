/** 来院路线: the hospital on a map, navigation in WeChat's map, transit lines, parking and hours. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { openMap } from '../../api/platform';
import { loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import type { Directions } from '../../shared/dto/content';
import { fetchHospitalView } from '../common/fetch';
import { hospitalMarkers, type MapMarker } from '../common/view';
import { remotePage } from '../../behaviors/remote-page';

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
    ...remotePage<DirectionsPage>({
      // The hospital's published content: not changed by anything the patient does meanwhile.
      reloadOnShow: false,
      fetch: () =>
        fetchHospitalView(async (hospitalId) =>
          mapEnvelope(await api.content.getDirections({ hospitalId }), (d) => ({ directions: d.directions, markers: hospitalMarkers(d.directions, PIN) })),
        ),
    }),
    onLoad() {
      return this.load();
    },
    onNavigate() {
      const page = this.data.view.data;
      if (!page) return;
      const { latitude, longitude, name, address } = page.directions;
      openMap({ latitude, longitude, name, address });
    },
  },
});
