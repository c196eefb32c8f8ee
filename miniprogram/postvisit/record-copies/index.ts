/** 病历邮寄: the caller's applications with their state, and applying for a new one. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import type { ApplicationView } from '../../shared/dto/record-copies';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { remotePage } from '../../behaviors/remote-page';

type List = { applications: ApplicationView[] };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: { view: loadingView<List>() },
  methods: {
    ...remotePage<List>({
      fetch: () =>
        fetchView(
          () => api.recordCopies.mine(),
          (d) => d.applications.length === 0,
        ),
    }),
    onApply() {
      go('/postvisit/record-apply/index');
    },
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/postvisit/record-copy/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
