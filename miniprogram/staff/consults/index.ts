/** 在线咨询 (an online-qualified doctor): questions waiting for them and threads they accepted, red flags first. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import type { ConsultView } from '../../shared/dto/consult';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: { view: loadingView<{ consultations: ConsultView[] }>() },
  methods: {
    onShow() {
      return this.load();
    },
    async onPullDownRefresh() {
      await this.load();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<{ consultations: ConsultView[] }>() });
      this.setData({
        view: await fetchView(
          () => withHospital((hospitalId) => api.consult.worklist({ hospitalId })),
          (d) => d.consultations.length === 0,
        ),
      });
    },
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/staff/consult/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
