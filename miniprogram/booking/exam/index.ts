/**
 * 预约检查: an exam order with its preparation notes first (空腹、憋尿 …), then for each room that
 * does this exam a date strip and the chosen day's slots. A slot asks to confirm, then books with
 * one request id per page visit and opens the result.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, go, redirect, stopPullDownRefresh, toast } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { ExamOrderView } from '../../shared/dto/booking';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { mapEnvelope, recordView, viewOf } from '../../stores/remote';
import { makeRequestId } from '../../shared/request-id';
import { weekdayLabelOf } from '../../shared/time';
import { findRow, groupSlots, type SlotGroup } from '../common/schedule';
import { resourceBlock, type ResourceBlock } from './blocks';
import { visitsChanged } from '../../stores/journey-store';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    orderId: '',
    requestId: '',
    view: loadingView<ExamOrderView>(),
    blocks: [] as ResourceBlock[],
    sending: false,
    bookError: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ orderId: query.id || '', requestId: makeRequestId(Date.now(), Math.random) });
      return this.load();
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<ExamOrderView>() });
      await this.fetch();
    },
    async fetch() {
      const view = await recordView(this.data.orderId, (examOrderId: string) => api.booking.examSchedule({ examOrderId }));
      const data = view.data;
      const previous = this.data.blocks;
      const blocks = data ? data.schedules.map(resourceBlock) : [];
      for (const b of blocks) {
        const kept = previous.find((p: ResourceBlock) => p.ownerId === b.ownerId);
        if (kept && b.strip.some((d) => d.date === kept.date)) b.date = kept.date;
      }
      this.setData({ view: { status: view.status, error: view.error, data: data ? data.order : null }, blocks });
      if (data && data.order.status === 'open') await Promise.all(blocks.map((_b, i) => this.loadSlots(i)));
    },
    async loadSlots(index: number) {
      const block: ResourceBlock = this.data.blocks[index];
      const date = block.date;
      this.setData({ [`blocks[${index}].slots`]: loadingView<SlotGroup[]>() });
      const res = mapEnvelope(await api.booking.listResourceSlots({ resourceId: block.ownerId, date }), (d) => groupSlots(d.slots));
      if (this.data.blocks[index].date !== date) return;
      this.setData({ [`blocks[${index}].slots`]: viewOf(res, (groups) => groups.length === 0) });
    },
    onRetrySlots(e: DataEvent<{ index: number }>) {
      return this.loadSlots(Number(e.currentTarget.dataset.index));
    },
    onSelectDay(e: ValueEvent<{ owner: string; date: string }>) {
      const index = this.data.blocks.findIndex((b: ResourceBlock) => b.ownerId === e.detail.owner);
      if (index < 0) return undefined;
      this.setData({ [`blocks[${index}].date`]: e.detail.date });
      return this.loadSlots(index);
    },
    async onSlot(e: DataEvent<{ owner: string; id: string }>) {
      const order = this.data.view.data;
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
        await this.loadSlots(this.data.blocks.indexOf(block));
        return;
      }
      void visitsChanged();
      redirect(`/booking/result/index?id=${res.data.id}`);
    },
    onOpenAppointment() {
      const order = this.data.view.data;
      if (order && order.appointmentId) go(`/booking/appointment/index?id=${order.appointmentId}`);
    },
  },
});
