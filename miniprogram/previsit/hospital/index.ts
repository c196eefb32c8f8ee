/** 医院介绍: the chosen hospital's profile, photos, intro, specialties, counts, hours and address. */
import { mediaUrl } from '../../api/media';
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import { loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import type { HospitalProfile } from '../../shared/dto/content';
import { fetchHospitalView } from '../common/fetch';
import { paragraphsOf } from '../common/view';
import { remotePage } from '../../behaviors/remote-page';

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
    ...remotePage<HospitalPage>({
      // The hospital's published content: not changed by anything the patient does meanwhile.
      reloadOnShow: false,
      fetch: () =>
        fetchHospitalView(async (hospitalId) =>
          mapEnvelope(await api.content.getHospital({ hospitalId }), (d) => ({
            hospital: { ...d.hospital, photos: d.hospital.photos.map((u) => mediaUrl(u)) },
            paragraphs: paragraphsOf(d.hospital.intro),
          })),
        ),
    }),
    onLoad() {
      return this.load();
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
