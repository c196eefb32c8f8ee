/**
 * 医生排班: the doctor, a strip of the days of the booking window (each marked 有号 / 约满 / 停诊 /
 * 未放号 / 无号), and the chosen day's slots by session. An open slot leads to the confirm page;
 * the others show why they cannot be booked.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import { loadPart, type PageHost, remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { OwnerSchedule } from '../../shared/dto/booking';
import { fetchView, loadingView, mapEnvelope, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import { findRow, groupSlots, pickDate, stripOf, type SlotGroup, type StripDay } from '../common/schedule';

type Days = { doctorId: string; date: string };

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
    ...remotePage<OwnerSchedule, Days>({
      fetch: ({ doctorId }) => recordView(doctorId, async (id) => mapEnvelope(await api.booking.doctorSchedule({ doctorId: id }), (d) => d.schedule)),
      shown: (view, { date }) => {
        const days = view.data ? view.data.days : [];
        return { strip: stripOf(days), date: pickDate(days, date) };
      },
      then: (page, view) => (view.data ? loadSlots(page) : undefined),
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ doctorId: query.id || '', date: query.date || '' });
      return this.load();
    },
    /** 重试 of the day's slots. */
    loadSlots() {
      return loadSlots(this);
    },
    onSelectDay(e: ValueEvent<{ date: string }>) {
      this.setData({ date: e.detail.date });
      return loadSlots(this);
    },
    onSlot(e: DataEvent<{ id: string }>) {
      const row = findRow(this.data.slotsView.data, e.currentTarget.dataset.id);
      if (!row || !row.open) return;
      go(`/booking/confirm/index?slotId=${row.id}&doctorId=${this.data.doctorId}&date=${row.date}`);
    },
  },
});

/** The chosen day's slots, by session. */
function loadSlots(page: PageHost<Days>): Promise<void> {
  const { doctorId, date } = page.data;
  return loadPart(page, 'slotsView', () =>
    fetchView(
      async () => mapEnvelope(await api.booking.listSlots({ doctorId, date }), (d) => groupSlots(d.slots)),
      (groups) => groups.length === 0,
    ),
  );
}
