/**
 * 医生排班: the doctor, a strip of the days of the booking window (each marked 有号 / 约满 / 停诊 /
 * 未放号 / 无号), and the chosen day's slots by session. An open slot leads to the confirm page;
 * the others show why they cannot be booked.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { OwnerSchedule } from '../../shared/dto/booking';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { mapEnvelope, recordView, viewOf } from '../../stores/remote';
import { findRow, groupSlots, pickDate, stripOf, type SlotGroup, type StripDay } from '../common/schedule';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    doctorId: '',
    date: '',
    view: loadingView<OwnerSchedule>(),
    strip: [] as StripDay[],
    slotsView: loadingView<SlotGroup[]>(),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ doctorId: query.id || '', date: query.date || '' });
      return this.load();
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<OwnerSchedule>() });
      await this.fetch();
    },
    async fetch() {
      const view = await recordView(this.data.doctorId, (doctorId: string) => api.booking.doctorSchedule({ doctorId }));
      const schedule = view.data ? view.data.schedule : null;
      const days = schedule ? schedule.days : [];
      this.setData({
        view: { status: view.status, error: view.error, data: schedule },
        strip: stripOf(days),
        date: pickDate(days, this.data.date),
      });
      if (schedule) await this.loadSlots();
    },
    async loadSlots() {
      const { doctorId, date } = this.data;
      this.setData({ slotsView: loadingView<SlotGroup[]>() });
      const res = mapEnvelope(await api.booking.listSlots({ doctorId, date }), (d) => groupSlots(d.slots));
      if (date !== this.data.date) return;
      this.setData({ slotsView: viewOf(res, (groups) => groups.length === 0) });
    },
    onSelectDay(e: ValueEvent<{ date: string }>) {
      this.setData({ date: e.detail.date });
      return this.loadSlots();
    },
    onSlot(e: DataEvent<{ id: string }>) {
      const row = findRow(this.data.slotsView.data, e.currentTarget.dataset.id);
      if (!row || !row.open) return;
      go(`/booking/confirm/index?slotId=${row.id}&doctorId=${this.data.doctorId}&date=${row.date}`);
    },
  },
});
