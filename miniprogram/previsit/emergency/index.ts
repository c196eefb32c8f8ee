/**
 * 急诊提示: a red screen that needs no network to be useful — 请立即就医, the red flags and advice
 * from the query, a huge 拨打120 button, the hospital's emergency department with its place and
 * phone — and, once the hospital's directions have loaded, 导航去医院 in WeChat's map.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { callPhone, openMap } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { Directions } from '../../shared/dto/content';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { fetchHospitalView } from '../common/fetch';
import { decodeEmergency, type EmergencyInfo, type Query } from '../triage-common/query';

const GENERAL_ADVICE = '如有胸痛、呼吸困难、意识不清、抽搐、大量出血等危险情况，请立即拨打120，或尽快到最近医院的急诊科。';

type Loaded = { directions: Directions };

const noInfo: EmergencyInfo = { hospitalId: '', advice: '', flags: [], department: null };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    info: noInfo,
    advice: GENERAL_ADVICE,
    /** The hospital's directions: the screen is useful without them. */
    view: loadingView<Loaded>(),
  },
  methods: {
    ...remotePage<Loaded, { info: EmergencyInfo }>({
      fetch: ({ info: { hospitalId } }) =>
        hospitalId
          ? fetchView(() => api.content.getDirections({ hospitalId }))
          : fetchHospitalView((id: string) => api.content.getDirections({ hospitalId: id })),
      // The hospital's place does not change while the screen is open.
      reloadOnShow: false,
    }),
    onLoad(query: Query) {
      const info = decodeEmergency(query);
      this.setData({ info, advice: info.advice || GENERAL_ADVICE });
      return this.load();
    },
    onCall120() {
      callPhone('120');
    },
    onCallDepartment() {
      const department = this.data.info.department;
      if (department && department.phone) callPhone(department.phone);
    },
    onNavigate() {
      const loaded = this.data.view.data;
      if (!loaded) return;
      const { latitude, longitude, name, address } = loaded.directions;
      openMap({ latitude, longitude, name, address });
    },
  },
});
