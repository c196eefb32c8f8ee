/**
 * 预约检查: an exam order with its preparation notes first (空腹、憋尿 …), then for each room that
 * does this exam a date strip and the chosen day's slots. A slot asks to confirm, then books with
 * one request id per page visit and opens the result.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, go, redirect, toast } from '../../api/platform';
import { loadPart, type PageHost, remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { ExamOrderView, OwnerSchedule } from '../../shared/dto/booking';
import { makeRequestId } from '../../shared/request-id';
import { weekdayLabelOf } from '../../shared/time';
import { visitsChanged } from '../../stores/journey-store';
import { fetchView, loadingView, mapEnvelope, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import { findRow, groupSlots } from '../common/schedule';
import { resourceBlock, type ResourceBlock } from './blocks';

type ExamSchedule = { order: ExamOrderView; schedules: OwnerSchedule[] };
type Blocks = { orderId: string; blocks: ResourceBlock[] };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    orderId: '',
    requestId: '',
    view: loadingView<ExamSchedule>(),
    /** The exam order of the view. */
    order: null as ExamOrderView | null,
    blocks: [] as ResourceBlock[],
    sending: false,
    bookError: '',
  },
  methods: {
    ...remotePage<ExamSchedule, Blocks>({
      fetch: ({ orderId }) => recordView(orderId, (examOrderId) => api.booking.examSchedule({ examOrderId })),
      // Each room keeps the day chosen before a reload when the day is still in its strip.
      shown: ({ data }, { blocks: previous }) => {
        const blocks = data ? data.schedules.map(resourceBlock) : [];
        for (const b of blocks) {
          const kept = previous.find((p) => p.ownerId === b.ownerId);
          if (kept && b.strip.some((d) => d.date === kept.date)) b.date = kept.date;
        }
        return { order: data ? data.order : null, blocks };
      },
      then: async (page, { data }) => {
        if (data && data.order.status === 'open') await Promise.all(page.data.blocks.map((_b, i) => loadSlots(page, i)));
      },
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ orderId: query.id || '', requestId: makeRequestId(Date.now(), Math.random) });
      return this.load();
    },
    onRetrySlots(e: DataEvent<{ index: number }>) {
      return loadSlots(this, Number(e.currentTarget.dataset.index));
    },
    onSelectDay(e: ValueEvent<{ owner: string; date: string }>) {
      const index = this.data.blocks.findIndex((b: ResourceBlock) => b.ownerId === e.detail.owner);
      if (index < 0) return undefined;
      this.setData({ [`blocks[${index}].date`]: e.detail.date });
      return loadSlots(this, index);
    },
    async onSlot(e: DataEvent<{ owner: string; id: string }>) {
      const order = this.data.order;
      const block = this.data.blocks.find((b: ResourceBlock) => b.ownerId === e.currentTarget.dataset.owner);
      const row = block ? findRow(block.slots.data, e.currentTarget.dataset.id) : null;
      if (!order || !block || !row || !row.open || this.data.sending) return;
      const when = `${row.date} ${weekdayLabelOf(row.date)} ${row.time}`;
      if (!(await confirm('预约检查', `为${order.patientName}预约${when}的${order.itemName}（${block.ownerName}）？`, '确定预约'))) return;
      this.setData({ sending: true, bookError: '' });
      const res = await api.booking.bookExam({ examOrderId: order.id, slotId: row.id, requestId: this.data.requestId });
      this.setData({ sending: false });
      if (!res.ok) {
        this.setData({ bookError: res.error.message });
        toast(res.error.message);
        await loadSlots(this, this.data.blocks.indexOf(block));
        return;
      }
      void visitsChanged();
      redirect(`/booking/result/index?id=${res.data.id}`);
    },
    onOpenAppointment() {
      const order = this.data.order;
      if (order && order.appointmentId) go(`/booking/appointment/index?id=${order.appointmentId}`);
    },
  },
});

/** One room's slots on its chosen day. */
function loadSlots(page: PageHost<Blocks>, index: number): Promise<void> {
  const { ownerId, date } = page.data.blocks[index];
  return loadPart(page, `blocks[${index}].slots`, () =>
    fetchView(
      async () => mapEnvelope(await api.booking.listResourceSlots({ resourceId: ownerId, date }), (d) => groupSlots(d.slots)),
      (groups) => groups.length === 0,
    ),
  );
}
