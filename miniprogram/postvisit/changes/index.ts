/** 你说我改: what the hospital changed after patients' feedback, newest first. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import type { ImprovementView } from '../../shared/dto/feedback';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { remotePage } from '../../behaviors/remote-page';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: { view: loadingView<{ changes: ImprovementView[] }>() },
  methods: {
    ...remotePage<{ changes: ImprovementView[] }>({
      fetch: () =>
        fetchView(
          () => api.feedback.changes({ hospitalId: session.hospitalId }),
          (d) => d.changes.length === 0,
        ),
    }),
    onLoad() {
      return this.load();
    },
  },
});
