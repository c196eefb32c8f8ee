/**
 * 我的预约: current appointments (待支付, 已预约, 已签到) and the history, as cards with the status,
 * doctor or room, department, patient, time, fee and place. A card opens the appointment.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { appointmentCard, type AppointmentCard } from '../common/appointment';
import { mapEnvelope, viewOf } from '../../stores/remote';

type Tab = 'active' | 'past';

const emptyTexts: Record<Tab, string> = { active: '当前没有预约', past: '还没有历史预约' };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    tab: 'active' as Tab,
    emptyText: emptyTexts.active,
    view: loadingView<AppointmentCard[]>(),
  },
  methods: {
    onShow() {
      return this.load();
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<AppointmentCard[]>() });
      await this.fetch();
    },
    async fetch() {
      const tab = this.data.tab;
      const res = mapEnvelope(await api.booking.mine({ status: tab }), (d) => d.appointments.map(appointmentCard));
      if (tab !== this.data.tab) return;
      this.setData({ view: viewOf(res, (cards) => cards.length === 0) });
    },
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
