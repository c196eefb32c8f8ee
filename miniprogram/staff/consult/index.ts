/**
 * One consultation for the doctor: the question (red flags marked) and the thread; accept, decline
 * with a reason (the fee refunded at once; asked first), and answer in the structure patients use:
 * assessment, what to do now, warning signs, whether and when to come, and the department to book.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, showPhoto, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { ConsultAnswerDraft, ConsultThreadView, VisitAdvice } from '../../shared/dto/consult';
import { makeRequestId } from '../../shared/request-id';
import { loadingView, recordView } from '../../stores/remote';
import { session } from '../../stores/session';

const newRequestId = () => makeRequestId(Date.now(), Math.random);

const visitOptions: Array<{ value: VisitAdvice; label: string }> = [
  { value: 'none', label: '暂不需要来院' },
  { value: 'planned', label: '建议择期来院就诊' },
  { value: 'soon', label: '建议尽快来院就诊' },
  { value: 'now', label: '请立即到急诊就诊' },
];

/** The structured parts of the answer the doctor filled in (the server takes a part left out as not given). */
function givenParts({ text: _text, visit, ...parts }: ConsultAnswerDraft): Partial<Omit<ConsultAnswerDraft, 'text'>> {
  return { ...Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== '')), ...(visit ? { visit } : {}) };
}

const emptyDraft = (): ConsultAnswerDraft => ({ text: '', assessment: '', actNow: '', warningSigns: '', visit: 'none', visitWhen: '', departmentId: '' });

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    id: '',
    view: loadingView<ConsultThreadView>(),
    departments: [] as Array<{ id: string; name: string }>,
    visitOptions,
    draft: emptyDraft(),
    reason: '',
    requestId: '',
    error: '',
    busy: false,
  },
  methods: {
    ...remotePage<ConsultThreadView, { id: string; departments: Array<{ id: string; name: string }> }>({
      fetch: ({ id }) => recordView(id, (consultationId) => api.consult.thread({ consultationId })),
      then: async (page, view) => {
        if (!view.data || page.data.departments.length > 0) return;
        const list = await api.content.listDepartments({ hospitalId: view.data.consultation.hospitalId });
        if (list.ok) page.setData({ departments: list.data.departments.map((d) => ({ id: d.id, name: d.name })) });
      },
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ id: (query.id || '').trim(), requestId: newRequestId() });
      return this.load();
    },
    onPhotoView(e: DataEvent<{ url: string }>) {
      if (e.currentTarget.dataset.url) showPhoto(e.currentTarget.dataset.url);
    },
    async onAccept() {
      const t = this.data.view.data;
      if (!t || this.data.busy) return;
      this.setData({ busy: true, error: '' });
      const res = await api.consult.accept({ consultationId: t.consultation.id });
      this.setData({ busy: false });
      if (!res.ok) return this.setData({ error: res.error.message });
      this.setData({ view: { status: 'ready', data: res.data, error: '' } });
      toast('已接诊');
    },
    onReason(e: ValueEvent<string>) {
      this.setData({ reason: e.detail, error: '' });
    },
    async onDecline() {
      const t = this.data.view.data;
      const reason = this.data.reason.trim();
      if (!t || this.data.busy) return;
      if (!reason) return this.setData({ error: '请填写不接诊的原因，患者会看到' });
      if (!(await confirm('不接诊', `患者的咨询费${t.consultation.feeText}将全额退回。确定不接诊吗？`, '不接诊'))) return;
      this.setData({ busy: true, error: '' });
      const res = await api.consult.decline({ consultationId: t.consultation.id, reason });
      this.setData({ busy: false });
      if (!res.ok) return this.setData({ error: res.error.message });
      toast('已退回');
      await this.reload();
    },
    onField(e: ValueEvent<string> & DataEvent<{ field: keyof ConsultAnswerDraft }>) {
      this.setData({ [`draft.${e.currentTarget.dataset.field}`]: e.detail, error: '' });
    },
    onVisit(e: ValueEvent<VisitAdvice>) {
      this.setData({ 'draft.visit': e.detail });
    },
    onVisitCell(e: DataEvent<{ value: VisitAdvice }>) {
      this.setData({ 'draft.visit': e.currentTarget.dataset.value });
    },
    onDepartment(e: DataEvent<{ id: string }>) {
      const id = e.currentTarget.dataset.id;
      this.setData({ 'draft.departmentId': this.data.draft.departmentId === id ? '' : id });
    },
    async onReply() {
      const t = this.data.view.data;
      const draft = this.data.draft;
      if (!t || this.data.busy) return;
      if (!draft.text.trim()) return this.setData({ error: '请填写回复' });
      this.setData({ busy: true, error: '' });
      const res = await api.consult.reply({ consultationId: t.consultation.id, ...givenParts(draft), text: draft.text.trim(), requestId: this.data.requestId });
      this.setData({ busy: false });
      if (!res.ok) return this.setData({ error: res.error.message });
      this.setData({ view: { status: 'ready', data: res.data, error: '' }, draft: emptyDraft(), requestId: newRequestId() });
      toast('已回复');
    },
  },
});
