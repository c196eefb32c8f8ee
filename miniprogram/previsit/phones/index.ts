/** 联系电话: the hospital's phones and each department's phone; one tap calls. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { callPhone, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import type { PhoneBook } from '../../shared/dto/content';
import { fetchHospitalView } from '../common/fetch';

type PhonesData = { phoneBook: PhoneBook };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<PhonesData>(),
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
      this.setData({ view: loadingView<PhonesData>() });
      await this.fetch();
    },
    async fetch() {
      const view = await fetchHospitalView((hospitalId: string) => api.content.listPhones({ hospitalId }), (d) => d.phoneBook.hospitalPhones.length + d.phoneBook.departments.length === 0);
      this.setData({ view });
    },
    onCall(e: DataEvent<{ number: string }>) {
      callPhone(e.currentTarget.dataset.number);
    },
  },
});
