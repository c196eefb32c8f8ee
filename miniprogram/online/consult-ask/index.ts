/**
 * 在线咨询 · 提问: to a doctor (from the doctor's page) or a department (chosen here); whose question
 * it is (a family member); the question and up to 9 pictures; red flags show the emergency screen
 * before anything is sent; the fee and the answer deadline confirmed before paying.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { askConsent } from '../../api/messages';
import type { TemplateRef } from '../../shared/dto/reminders';
import { choosePhoto, confirm, go, redirect, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import { CONSULT_MAX_IMAGES, type ConsultOfferView, type ConsultTarget } from '../../shared/dto/consult';
import { makeRequestId } from '../../shared/request-id';
import { loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { consultAlarmUrl } from '../consult-common/alarm';
import { family } from '../../stores/family';

const newRequestId = () => makeRequestId(Date.now(), Math.random);

interface Setup {
  offer: ConsultOfferView | null;
  departments: Array<{ id: string; name: string }>;
  patients: Array<{ id: string; name: string; relationLabel: string }>;
}

/** The offer of the doctor or department asked (the departments to choose from without one) and the family members. */
async function loadSetup(target: ConsultTarget | null): Promise<View<Setup>> {
  // Opened from a link or a message before any other page: the hospital comes first.
  if (!session.hospitalId || session.hospitalsStatus !== 'ready') await session.loadHospitals();
  const [offer, patients, departments] = await Promise.all([
    target ? api.consult.offer({ hospitalId: session.hospitalId, ...target }) : Promise.resolve(null),
    family.members.get(),
    target ? Promise.resolve(null) : api.content.listDepartments({ hospitalId: session.hospitalId }),
  ]);
  if (offer && !offer.ok) return { status: 'error', data: null, error: offer.error.message };
  if (!patients.ok) return { status: 'error', data: null, error: patients.error.message };
  if (departments && !departments.ok) return { status: 'error', data: null, error: departments.error.message };
  return {
    status: 'ready',
    data: {
      offer: offer ? offer.data.offer : null,
      departments: departments ? departments.data.departments.map((d) => ({ id: d.id, name: d.name })) : [],
      patients: patients.data.patients.map((p) => ({ id: p.id, name: p.name, relationLabel: p.relationLabel })),
    },
    error: '',
  };
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    target: null as ConsultTarget | null,
    view: loadingView<Setup>(),
    patientId: '',
    text: '',
    photoIds: [] as string[],
    problem: '',
    alarmShown: false,
    busy: false,
    requestId: '',
    templates: [] as TemplateRef[],
  },
  methods: {
    ...remotePage<Setup, { target: ConsultTarget | null }>({
      fetch: ({ target }) => loadSetup(target),
      shown: ({ data }) => ({ patientId: data && data.patients[0] ? data.patients[0].id : '' }),
      async then(page) {
        const templates = await api.reminders.templateIds({ hospitalId: session.hospitalId, kinds: ['consultation_answered', 'refund_done'] });
        if (templates.ok) page.setData({ templates: templates.data.templates });
      },
      // Back from the photo picker or from adding a family member: the question typed stays.
      reloadOnShow: false,
    }),
    onLoad(query: Record<string, string | undefined>) {
      const doctorId = (query.doctorId || '').trim();
      const departmentId = (query.departmentId || '').trim();
      const target: ConsultTarget | null = doctorId ? { doctorId } : departmentId ? { departmentId } : null;
      this.setData({ target, requestId: newRequestId() });
      return this.load();
    },
    async onDepartment(e: DataEvent<{ id: string }>) {
      const departmentId = e.currentTarget.dataset.id;
      this.setData({ target: { departmentId } });
      await this.load();
    },
    onPatient(e: ValueEvent<string>) {
      this.setData({ patientId: e.detail });
    },
    onText(e: ValueEvent<string>) {
      this.setData({ text: e.detail, problem: '', alarmShown: false });
    },
    onAddPatient() {
      go('/booking/patient-edit/index');
    },
    async onPhoto() {
      if (this.data.photoIds.length >= CONSULT_MAX_IMAGES || this.data.busy) return;
      const image = await choosePhoto();
      if (!image) return;
      this.setData({ busy: true });
      const res = await api.consult.attach({ hospitalId: session.hospitalId, image, requestId: newRequestId() });
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ problem: res.error.message });
        return;
      }
      this.setData({ photoIds: [...this.data.photoIds, res.data.photoId] });
    },
    onClearPhotos() {
      this.setData({ photoIds: [] });
    },
    async onSubmit() {
      const setup = this.data.view.data;
      const target = this.data.target;
      const text = this.data.text.trim();
      if (!setup || !setup.offer || !target || this.data.busy) return;
      if (!this.data.patientId) return this.setData({ problem: '请先选择为谁咨询' });
      if (!text) return this.setData({ problem: '请描述您的问题' });
      // Asked first, from the tap, and answered before any other dialog covers it.
      await askConsent(session.hospitalId, this.data.templates);
      if (!this.data.alarmShown) {
        this.setData({ busy: true });
        const triage = await api.triage.assess({ hospitalId: session.hospitalId, text, patientId: this.data.patientId });
        this.setData({ busy: false });
        if (triage.ok && triage.data.emergency) {
          this.setData({ alarmShown: true, problem: '您描述的情况可能有危险，请先看急诊提示。如仍要在线咨询，请再次点击提交。' });
          go(consultAlarmUrl(triage.data, session.hospitalId));
          return;
        }
      }
      const offer = setup.offer;
      const money = offer.feeFen > 0 ? `咨询费${offer.feeText}，提交后去支付。` : '本次咨询免费。';
      const ok = await confirm(
        '确认提交咨询',
        `${money}医生${offer.answerHours}小时内未接诊将自动关闭${offer.feeFen > 0 ? '并全额退款' : ''}；接诊前可撤回。`,
        offer.feeFen > 0 ? '提交并支付' : '提交',
      );
      if (!ok) return;
      this.setData({ busy: true });
      const res = await api.consult.ask({
        hospitalId: session.hospitalId,
        ...target,
        patientId: this.data.patientId,
        text,
        images: this.data.photoIds,
        requestId: this.data.requestId,
      });
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ problem: res.error.message });
        return;
      }
      const c = res.data.consultation;
      toast('已提交');
      redirect(c.payable ? `/billing/order/index?id=${c.orderId}` : `/online/consult-thread/index?id=${c.id}`);
    },
  },
});
