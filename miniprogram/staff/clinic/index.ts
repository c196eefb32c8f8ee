import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, toast } from '../../api/platform';
import { loadPart, type PageHost, remotePage } from '../../behaviors/remote-page';
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
    ...remotePage<Owners, Omit<Chosen, 'view'>>({
      fetch: () =>
        fetchView(
          () => withHospital((hospitalId) => loadOwners(hospitalId, false)),
          (o) => o.doctors.length === 0,
        ),
      shown: ({ data }) => (data ? { groupOptions: groupOptions(data) } : {}),
      // The doctor asked for (the query's, or the one chosen before a reload), else the first.
      then: (page, { data }) => (data ? choose(page, initialPick(data, page.data.ownerId)) : undefined),
      // Not on show: a reload chooses again and would drop the day, the session and the reason being typed.
      reloadOnShow: false,
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ ownerId: query.doctorId || '' });
      return this.load();
    },
    onGroup(e: ValueEvent<string>) {
      const owners = this.data.view.data;
      if (owners) return choose(this, pickGroup(owners, e.detail));
    },
    onDoctor(e: ValueEvent<string>) {
      return choose(this, { group: this.data.group, ownerOptions: this.data.ownerOptions, ownerId: e.detail });
    },
    /** The doctor's days, then the chosen session's slots. */
    loadSchedule() {
      return loadSchedule(this);
    },
    onDay(e: ValueEvent<{ name: string }>) {
      if (e.detail.name === this.data.date) return;
      this.setData({ summary: '', addOn: noAddOn() });
      return selectDay(this, e.detail.name);
    },
    onSession(e: DataEvent<{ session: Session }>) {
      this.setData({ session: e.currentTarget.dataset.session, summary: '', addOn: noAddOn() });
      return loadSlots(this);
    },
    /** The session's slots; also their 重试. */
    loadSlots() {
      return loadSlots(this);
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
      await loadSchedule(this);
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
      await loadSlots(this);
    },
  },
});

type Chosen = { view: View<Owners>; ownerId: string; date: string; days: DaySummary[]; session: Session | '' };

function choose(page: PageHost<Chosen>, pick: { group: string; ownerOptions: Option[]; ownerId: string }): Promise<void> {
  const owners = page.data.view.data;
  const choice = owners ? ownerChoice(owners, pick.ownerId) : null;
  page.setData({ ...pick, ownerName: choice ? choice.ownerName : '', date: '', session: '', summary: '', reason: '', reasonError: '', addOn: noAddOn() });
  return loadSchedule(page);
}

/** The doctor's days of the window (their tabs), then the day kept or the first with sessions. */
async function loadSchedule(page: PageHost<Chosen>): Promise<void> {
  const ownerId = page.data.ownerId;
  if (!ownerId) return;
  page.setData({ slotsView: loadingView<Slots>() });
  const res = await api.booking.doctorSchedule({ doctorId: ownerId });
  if (ownerId !== page.data.ownerId) return;
  if (!res.ok) {
    page.setData({ slotsView: { status: 'error', data: null, error: res.error.message }, days: [], dayTabs: [] });
    return;
  }
  const days = res.data.schedule.days;
  page.setData({ days, dayTabs: rows.dayTabs(days) });
  return selectDay(page, rows.pickDay(days, page.data.date));
}

function selectDay(page: PageHost<Chosen>, date: string): Promise<void> {
  const sessions = rows.sessionChoicesOf(page.data.days, date);
  page.setData({ date, sessions, session: rows.pickSession(sessions, page.data.session) });
  return loadSlots(page);
}

/** The chosen session's slots (none without a session), with their rows and how many are open. */
function loadSlots(page: PageHost<Chosen>): Promise<void> {
  const { ownerId, date, session: s } = page.data;
  return loadPart(
    page,
    'slotsView',
    () =>
      s
        ? fetchView(
            () => api.schedule.sessionSlots({ ownerId, date, session: s }),
            (d) => d.slots.length === 0,
          )
        : Promise.resolve<View<Slots>>({ status: 'empty', data: null, error: '' }),
    (view) => {
      const slots = view.data ? view.data.slots : [];
      return { rows: slots.map(rows.slotRow), openCount: slots.filter((x) => x.state === 'open').length };
    },
  );
}
