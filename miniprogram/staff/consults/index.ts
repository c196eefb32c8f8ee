/** 在线咨询 (an online-qualified doctor): questions waiting for them and threads they accepted, red flags first. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import type { ConsultView } from '../../shared/dto/consult';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { remotePage } from '../../behaviors/remote-page';
import { withHospital } from '../common/hospital';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: { view: loadingView<{ consultations: ConsultView[] }>() },
  methods: {
    ...remotePage<{ consultations: ConsultView[] }>({
      fetch: () =>
        fetchView(
          () => withHospital((hospitalId) => api.consult.worklist({ hospitalId })),
          (d) => d.consultations.length === 0,
        ),
    }),
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/staff/consult/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
