/**
 * 就医反馈: rate a completed visit (once, editable for 7 days), send a complaint or suggestion, follow
 * each complaint to its answer, and read what the hospital changed (你说我改).
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { loadHub, type FeedbackHub } from './load';
import { remotePage } from '../../behaviors/remote-page';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: { view: loadingView<FeedbackHub>() },
  methods: {
    ...remotePage<FeedbackHub>({ fetch: () => loadHub() }),
    onRate(e: DataEvent<{ id: string }>) {
      go(`/postvisit/rate/index?appointmentId=${e.currentTarget.dataset.id}`);
    },
    onComplaint(e: DataEvent<{ id: string }>) {
      go(`/postvisit/complaint/index?id=${e.currentTarget.dataset.id}`);
    },
    onComplain() {
      go('/postvisit/complain/index');
    },
    onChanges() {
      go('/postvisit/changes/index');
    },
  },
});
