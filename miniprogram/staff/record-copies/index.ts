/** 病历复印 (role records): the applications still to review, be paid, copied or shipped, oldest first. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import { api } from '../../api/index';
import type { DataEvent } from '../../components/events';
import type { ApplicationView } from '../../shared/dto/record-copies';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';

type List = { applications: ApplicationView[] };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: { view: loadingView<List>() },
  methods: {
    ...remotePage<List>({
      fetch: () =>
        fetchView(
          () => withHospital((hospitalId) => api.recordCopies.worklist({ hospitalId })),
          (d) => d.applications.length === 0,
        ),
    }),
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/staff/record-copy/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
