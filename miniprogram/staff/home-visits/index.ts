/** 上门护理任务 (the assigned nurse): today's and coming visits by time. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import type { HomecareView } from '../../shared/dto/homecare';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { remotePage } from '../../behaviors/remote-page';
import { withHospital } from '../common/hospital';

type Tasks = { requests: HomecareView[] };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: { view: loadingView<Tasks>() },
  methods: {
    ...remotePage<Tasks>({
      fetch: () =>
        fetchView(
          () => withHospital((hospitalId) => api.homecare.tasks({ hospitalId })),
          (d) => d.requests.length === 0,
        ),
    }),
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/staff/home-visit/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
