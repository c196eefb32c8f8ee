/** 联系电话: the hospital's phones and each department's phone; one tap calls. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { callPhone } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import type { PhoneBook } from '../../shared/dto/content';
import { fetchHospitalView } from '../common/fetch';
import { remotePage } from '../../behaviors/remote-page';

type PhonesData = { phoneBook: PhoneBook };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<PhonesData>(),
  },
  methods: {
    ...remotePage<PhonesData>({
      reloadOnShow: false,
      fetch: () =>
        fetchHospitalView(
          (hospitalId: string) => api.content.listPhones({ hospitalId }),
          (d) => d.phoneBook.hospitalPhones.length + d.phoneBook.departments.length === 0,
        ),
    }),
    onLoad() {
      return this.load();
    },
    onCall(e: DataEvent<{ number: string }>) {
      callPhone(e.currentTarget.dataset.number);
    },
  },
});
