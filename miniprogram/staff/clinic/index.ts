import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, stopPullDownRefresh, toast } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { DaySummary } from '../../shared/dto/booking';
import type { StaffSlotView } from '../../shared/dto/schedule';
import { sessionLabels, type Session } from '../../shared/enums';
import { fetchView, loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { loadOwners } from '../common/load-owners';
import { groupOptions, initialPick, ownerChoice, pickGroup, type Option, type Owners } from '../common/owners';
import * as rows from './clinic-rows';

type Slots = { slots: StaffSlotView[] };
const noAddOn = () => ({ slotId: '', time: '', count: 1, reason: '', error: '' });

ComponentWithStore({
  storeBindings: {
    store: session,
    fields: ['elderMode'],
    actions: [],
  },
  data: {
    view: loadingView<Owners>(),
    groupOptions: [] as Option[],
    ownerOptions: [] as Option[],
    group: '',
    ownerId: '',
    ownerName: '',
    days: [] as DaySummary[],
    dayTabs: [] as rows.DayTab[],
    date: '',
    sessions: [] as rows.SessionChoice[],
    session: '' as Session | '',
    slotsView: loadingView<Slots>(),
    rows: [] as rows.SlotRow[],
    openCount: 0,
    reason: '',
    reasonError: '',
    stopping: false,
    summary: '',
    addOn: noAddOn(),
    adding: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      return this.load(query.doctorId || '');
    },
    async onPullDownRefresh() {
      await this.load(this.data.ownerId);
      stopPullDownRefresh();
    },
    onRetry() {
      return this.load(this.data.ownerId);
    },
    async load(preferred: string) {
      this.setData({ view: loadingView<Owners>() });
      const view = await fetchView(
        () => withHospital((hospitalId) => loadOwners(hospitalId, false)),
        (o) => o.doctors.length === 0,
      );
      this.setData({ view });
      if (!view.data) return;
      this.setData({ groupOptions: groupOptions(view.data) });
      return this.choose(initialPick(view.data, preferred));
    },
    choose(pick: { group: string; ownerOptions: Option[]; ownerId: string }) {
      const owners = this.data.view.data;
      const choice = owners ? ownerChoice(owners, pick.ownerId) : null;
      this.setData({ ...pick, ownerName: choice ? choice.ownerName : '', date: '', session: '', summary: '', reason: '', reasonError: '', addOn: noAddOn() });
      return this.loadSchedule();
    },
    onGroup(e: ValueEvent<string>) {
      const owners = this.data.view.data;
      if (owners) return this.choose(pickGroup(owners, e.detail));
    },
    onDoctor(e: ValueEvent<string>) {
      return this.choose({ group: this.data.group, ownerOptions: this.data.ownerOptions, ownerId: e.detail });
    },
    async loadSchedule() {
      const ownerId = this.data.ownerId;
      if (!ownerId) return;
      this.setData({ slotsView: loadingView<Slots>() });
      const res = await api.booking.doctorSchedule({ doctorId: ownerId });
      if (ownerId !== this.data.ownerId) return;
      if (!res.ok) {
        this.setData({ slotsView: { status: 'error', data: null, error: res.error.message }, days: [], dayTabs: [] });
        return;
      }
      const days = res.data.schedule.days;
      this.setData({ days, dayTabs: rows.dayTabs(days) });
      return this.selectDay(rows.pickDay(days, this.data.date));
    },
    selectDay(date: string) {
      const sessions = rows.sessionChoicesOf(this.data.days, date);
      this.setData({ date, sessions, session: rows.pickSession(sessions, this.data.session) });
      return this.loadSlots();
    },
    onDay(e: ValueEvent<{ name: string }>) {
      if (e.detail.name === this.data.date) return;
      this.setData({ summary: '', addOn: noAddOn() });
      return this.selectDay(e.detail.name);
    },
    onSession(e: DataEvent<{ session: Session }>) {
      this.setData({ session: e.currentTarget.dataset.session, summary: '', addOn: noAddOn() });
      return this.loadSlots();
    },
    async loadSlots() {
      const { ownerId, date, session: s } = this.data;
      if (!s) {
        this.setData({ slotsView: { status: 'empty', data: null, error: '' }, rows: [], openCount: 0 });
        return;
      }
      this.setData({ slotsView: loadingView<Slots>() });
      const view: View<Slots> = await fetchView(
        () => api.schedule.sessionSlots({ ownerId, date, session: s }),
        (d) => d.slots.length === 0,
      );
      if (ownerId !== this.data.ownerId || date !== this.data.date || s !== this.data.session) return;
      const slots = view.data ? view.data.slots : [];
      this.setData({ slotsView: view, rows: slots.map(rows.slotRow), openCount: slots.filter((x) => x.state === 'open').length });
    },
    onReason(e: ValueEvent<string>) {
      this.setData({ reason: e.detail, reasonError: '' });
    },
    async onStop() {
      const { ownerId, ownerName, date, session: s, reason, slotsView } = this.data;
      const reasonError = rows.reasonProblem(reason, '停诊');
      this.setData({ reasonError });
      if (reasonError || !s || this.data.stopping) return;
      const text = rows.stopConfirmText(ownerName, date, sessionLabels[s], slotsView.data ? slotsView.data.slots : []);
      if (!(await confirm('确认停诊', text, '停诊'))) return;
      this.setData({ stopping: true });
      const res = await api.schedule.stopClinic({ ownerId, date, session: s, reason: reason.trim() });
      this.setData({ stopping: false });
      if (!res.ok) {
        this.setData({ reasonError: res.error.field === 'reason' ? res.error.message : '' });
        toast(res.error.message);
        return;
      }
      this.setData({ summary: rows.stopSummary(res.data), reason: '' });
      toast('已停诊');
      await this.loadSchedule();
    },
    onAddOnOpen(e: DataEvent<{ id: string; time: string }>) {
      const { id, time } = e.currentTarget.dataset;
      this.setData({ addOn: { ...noAddOn(), slotId: id, time } });
    },
    onAddOnCancel() {
      this.setData({ addOn: noAddOn() });
    },
    onAddOnCount(e: ValueEvent<number | string>) {
      this.setData({ 'addOn.count': Number(e.detail), 'addOn.error': '' });
    },
    onAddOnReason(e: ValueEvent<string>) {
      this.setData({ 'addOn.reason': e.detail, 'addOn.error': '' });
    },
    async onAddOnSubmit() {
      const { slotId, count, reason } = this.data.addOn;
      const error = rows.addOnCountProblem(count) || rows.reasonProblem(reason, '加号');
      this.setData({ 'addOn.error': error });
      if (error || !slotId || this.data.adding) return;
      this.setData({ adding: true });
      const res = await api.schedule.addOn({ slotId, count, reason: reason.trim() });
      this.setData({ adding: false });
      if (!res.ok) {
        this.setData({ 'addOn.error': res.error.message });
        toast(res.error.message);
        return;
      }
      this.setData({ addOn: noAddOn() });
      toast(`已加号${count}个`);
      await this.loadSlots();
    },
  },
});
