/** 医院介绍: the chosen hospital's profile, photos, intro, specialties, counts, hours and address. */
import { mediaUrl } from '../../api/media';
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go, stopPullDownRefresh } from '../../api/platform';
import { loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import type { HospitalProfile } from '../../shared/dto/content';
import { fetchHospitalView } from '../common/fetch';
import { paragraphsOf } from '../common/view';

interface HospitalPage {
  hospital: HospitalProfile;
  paragraphs: string[];
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<HospitalPage>(),
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
      this.setData({ view: loadingView<HospitalPage>() });
      await this.fetch();
    },
    async fetch() {
      const view = await fetchHospitalView(async (hospitalId) =>
        mapEnvelope(await api.content.getHospital({ hospitalId }), (d) => ({ hospital: { ...d.hospital, photos: d.hospital.photos.map((u) => mediaUrl(u)) }, paragraphs: paragraphsOf(d.hospital.intro) })),
      );
      this.setData({ view });
    },
    onOpenDirections() {
      go('/previsit/directions/index');
    },
    onOpenPhones() {
      go('/previsit/phones/index');
    },
    onOpenDepartments() {
      go('/previsit/departments/index');
    },
  },
});
