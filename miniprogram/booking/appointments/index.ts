/**
 * 我的预约: current appointments (待支付, 已预约, 已签到) and the history, as cards with the status,
 * doctor or room, department, patient, time, fee and place. A card opens the appointment. The lists
 * are the appointments store's (`stores/appointments.ts`): shown at once when held, loaded otherwise.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import { appointments, type AppointmentsTab } from '../../stores/appointments';
import { fetchView, loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import { appointmentCard, type AppointmentCard } from '../common/appointment';

const emptyTexts: Record<AppointmentsTab, string> = { active: '当前没有预约', past: '还没有历史预约' };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    tab: 'active' as AppointmentsTab,
    emptyText: emptyTexts.active,
    view: loadingView<AppointmentCard[]>(),
  },
  methods: {
    ...remotePage<AppointmentCard[], { tab: AppointmentsTab }>({
      fetch: ({ tab }, force) =>
        fetchView(
          async () => mapEnvelope(await appointments.list(tab).get(force), (list) => list.map(appointmentCard)),
          (cards) => cards.length === 0,
        ),
    }),
    onTabChange(e: ValueEvent<{ name: string }>) {
      const name = e.detail.name;
      if ((name !== 'active' && name !== 'past') || name === this.data.tab) return undefined;
      this.setData({ tab: name, emptyText: emptyTexts[name] });
      return this.load();
    },
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/booking/appointment/index?id=${e.currentTarget.dataset.id}`);
    },
    onBook() {
      go('/previsit/departments/index');
    },
  },
});
