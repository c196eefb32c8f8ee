/** 我的咨询: the account's consultations, newest first, with their state; ask a doctor or a department. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import type { ConsultView } from '../../shared/dto/consult';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { remotePage } from '../../behaviors/remote-page';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: { view: loadingView<{ consultations: ConsultView[] }>() },
  methods: {
    ...remotePage<{ consultations: ConsultView[] }>({
      fetch: () =>
        fetchView(
          () => api.consult.mine(),
          (d) => d.consultations.length === 0,
        ),
    }),
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/online/consult-thread/index?id=${e.currentTarget.dataset.id}`);
    },
    onAskDoctor() {
      go('/previsit/doctors/index');
    },
    onAskDepartment() {
      go('/online/consult-ask/index');
    },
  },
});
