/** 在线复诊 and 药品快递: the account's follow-ups with their prescriptions, and a new request. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import type { DataEvent } from '../../components/events';
import type { FollowupView } from '../../shared/dto/online';
import { fetchView, loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import { remotePage } from '../../behaviors/remote-page';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: { view: loadingView<FollowupView[]>() },
  methods: {
    ...remotePage<FollowupView[]>({
      fetch: () =>
        fetchView(
          async () => mapEnvelope(await api.followup.mine(), (d) => d.followups),
          (list) => list.length === 0,
        ),
    }),
    onStart() {
      go('/online/followup-start/index');
    },
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/online/followup-detail/index?id=${e.currentTarget.dataset.id}`);
    },
    onRx(e: DataEvent<{ rx: string; id: string; status: string }>) {
      const { rx, id, status } = e.currentTarget.dataset;
      go(status === 'paid' || status === 'cancelled' ? `/online/delivery-choose/index?prescriptionId=${rx}` : `/online/followup-detail/index?id=${id}`);
    },
  },
});
