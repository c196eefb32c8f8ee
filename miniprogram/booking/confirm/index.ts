/**
 * 确认预约: the doctor, time and fee of the chosen slot, the family member to book for, and the
 * hospital's rules in plain words. Booking sends one request id per page visit, so a double tap or
 * a retry books once; a refusal shows the server's reason on the page.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { askConsent } from '../../api/messages';
import type { TemplateRef } from '../../shared/dto/reminders';
import { back, go, redirect } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { ValueEvent } from '../../components/events';
import { loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { recordView } from '../../stores/remote';
import { addedPatientId, checkedFor, defaultPatientId, type PatientOption } from '../common/patients';
import { makeRequestId } from '../../shared/request-id';
import { loadPatients } from '../common/patient-list';
import { loadConfirm, type ConfirmData, type ConfirmQuery } from './load';
import { visitsChanged } from '../../stores/journey-store';

/** The slot, doctor and rules with the family members to book for. */
type ConfirmView = ConfirmData & { family: { options: PatientOption[]; max: number } };

async function loadView(query: ConfirmQuery): Promise<View<ConfirmView>> {
  const [view, patients] = await Promise.all([recordView(query.slotId, () => loadConfirm(query)), loadPatients()]);
  if (view.status !== 'ready' || !view.data) return { ...view, data: null };
  if (!patients.ok) return { status: 'error', data: null, error: patients.error.message };
  return { ...view, data: { ...view.data, family: patients.data } };
}

/** The family members checked against the doctor's department, and the one chosen: `added` on return from adding, else the current or the default. */
function patientChoice(options: PatientOption[], max: number, confirmed: ConfirmData | null, current: string, added = '') {
  const patients = confirmed ? checkedFor(options, confirmed.doctor.departmentName, confirmed.doctor.serves) : options;
  const patientId = added || defaultPatientId(patients, current);
  const chosen = patients.find((p) => p.id === patientId);
  return { maxPatients: max, patients, patientId, unserved: chosen ? chosen.unservedText : '' };
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    query: { slotId: '', doctorId: '', date: '' },
    requestId: '',
    view: loadingView<ConfirmView>(),
    patients: [] as PatientOption[],
    maxPatients: 5,
    patientId: '',
    /** Why the chosen family member cannot book this department ('' when they can): shown, and the confirm button waits. */
    unserved: '',
    /** The family members listed when 添加就诊人 was tapped: one listed on return beyond them becomes the choice. */
    listedBeforeAdding: null as string[] | null,
    sending: false,
    bookError: '',
    bookedId: '',
    away: false,
    /** The reminders the patient is asked to accept on the confirm tap. */
    reminderTemplates: [] as TemplateRef[],
    hospitalId: '',
  },
  methods: {
    ...remotePage<ConfirmView, { query: ConfirmQuery; patientId: string }>({
      fetch: ({ query }) => loadView(query),
      shown: ({ data }, { patientId }) => (data ? patientChoice(data.family.options, data.family.max, data, patientId) : {}),
      async then(page, { data }) {
        if (!data) return;
        const ids = await api.reminders.templateIds({ hospitalId: data.doctor.hospitalId, kinds: ['booking_confirmed', 'visit_tomorrow', 'stop_clinic'] });
        if (ids.ok) page.setData({ reminderTemplates: ids.data.templates, hospitalId: data.doctor.hospitalId });
      },
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({
        query: { slotId: query.slotId || '', doctorId: query.doctorId || '', date: query.date || '' },
        requestId: makeRequestId(Date.now(), Math.random),
      });
      return this.load();
    },
    onHide() {
      this.setData({ away: true });
    },
    /** Back from adding a family member: list them again. */
    onShow() {
      if (!this.data.away) return undefined;
      this.setData({ away: false });
      return this.refreshPatients();
    },
    async refreshPatients() {
      const res = await loadPatients();
      if (!res.ok) return;
      const before = this.data.listedBeforeAdding;
      const added = before ? addedPatientId(before, res.data.options) : '';
      this.setData({ listedBeforeAdding: null });
      this.showPatients(res.data.options, res.data.max, added);
    },
    showPatients(options: PatientOption[], max: number, added = '') {
      this.setData(patientChoice(options, max, this.data.view.data, this.data.patientId, added));
    },
    choose(patients: PatientOption[], patientId: string) {
      const chosen = patients.find((p) => p.id === patientId);
      this.setData({ patients, patientId, unserved: chosen ? chosen.unservedText : '' });
    },
    onPatient(e: ValueEvent<string>) {
      this.setData({ bookError: '' });
      this.choose(this.data.patients, e.detail);
    },
    onAddPatient() {
      this.setData({ listedBeforeAdding: this.data.patients.map((p) => p.id) });
      go('/booking/patient-edit/index');
    },
    onChooseAgain() {
      back();
    },
    async onConfirm() {
      const { sending, patientId, bookedId, query, requestId } = this.data;
      if (bookedId) {
        redirect(`/booking/result/index?id=${bookedId}`);
        return;
      }
      if (sending || !patientId || this.data.unserved) return;
      const consent = askConsent(this.data.hospitalId, this.data.reminderTemplates);
      this.setData({ sending: true, bookError: '' });
      const [res] = await Promise.all([api.booking.book({ slotId: query.slotId, patientId, requestId }), consent]);
      if (!res.ok) {
        this.setData({ sending: false, bookError: res.error.message });
        return;
      }
      this.setData({ sending: false, bookedId: res.data.id });
      void visitsChanged();
      redirect(`/booking/result/index?id=${res.data.id}`);
    },
  },
});
