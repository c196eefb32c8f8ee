/**
 * 投诉处理 (role service): the open complaints of the hospital by deadline — overdue ones marked,
 * escalated ones tagged 已督办 — and the answered ones waiting to be closed. A tap opens one.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent } from '../../components/events';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { loadWorklist, type Worklist } from './worklist';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: { view: loadingView<Worklist>() },
  methods: {
    ...remotePage<Worklist>({
      fetch: () =>
        fetchView(
          () => withHospital(loadWorklist),
          (d) => d.open.length === 0 && d.answered.length === 0,
        ),
    }),
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/staff/complaint/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
