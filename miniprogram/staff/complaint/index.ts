/**
 * 处理投诉 (role service): what the patient wrote and the photos, then by state — assign a handler
 * (several departments: the longer limit), answer (asked before sending: the patient sees it at
 * once), close. The server claims each change from the state shown; a refusal shows here.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { confirm, showPhoto, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { ComplaintView } from '../../shared/dto/feedback';
import type { Envelope } from '../../shared/envelope';
import { loadingView, mapEnvelope, recordView } from '../../stores/remote';
import { session } from '../../stores/session';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    id: '',
    view: loadingView<ComplaintView>(),
    handler: '',
    multiDepartment: false,
    answer: '',
    error: '',
    busy: false,
  },
  methods: {
    ...remotePage<ComplaintView, { id: string }>({
      fetch: ({ id }) => recordView(id, async (complaintId) => mapEnvelope(await api.feedback.complaint({ complaintId }), (d) => d.complaint)),
      shown: ({ data }) => ({ handler: data ? data.handler : '' }),
      reloadOnShow: false,
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ id: (query.id || '').trim() });
      return this.load();
    },
    onHandler(e: ValueEvent<string>) {
      this.setData({ handler: e.detail, error: '' });
    },
    onMulti(e: ValueEvent<boolean>) {
      this.setData({ multiDepartment: e.detail });
    },
    onAnswerText(e: ValueEvent<string>) {
      this.setData({ answer: e.detail, error: '' });
    },
    async run(call: () => Promise<Envelope<{ complaint: ComplaintView }>>, done: string) {
      this.setData({ busy: true, error: '' });
      const res = await call();
      if (!res.ok) {
        this.setData({ busy: false, error: res.error.message });
        return;
      }
      this.setData({ busy: false, view: { status: 'ready', data: res.data.complaint, error: '' } });
      toast(done);
    },
    async onAssign() {
      const handler = this.data.handler.trim();
      if (!handler) {
        this.setData({ error: '请填写承办部门或人员' });
        return;
      }
      await this.run(() => api.feedback.assign({ complaintId: this.data.id, handler, multiDepartment: this.data.multiDepartment }), '已分派');
    },
    async onAnswer() {
      const text = this.data.answer.trim();
      if (!text) {
        this.setData({ error: '请填写答复内容' });
        return;
      }
      if (!(await confirm('发送答复', '答复发送后患者即可看到，且不能修改。', '发送'))) return;
      await this.run(() => api.feedback.answer({ complaintId: this.data.id, text }), '已答复');
    },
    async onClose() {
      if (!(await confirm('办结投诉', '办结后不能再处理这条投诉。', '办结'))) return;
      await this.run(() => api.feedback.close({ complaintId: this.data.id }), '已办结');
    },
    async onPhoto(e: DataEvent<{ id: string }>) {
      const res = await api.feedback.photoLink({ photoId: e.currentTarget.dataset.id });
      if (!res.ok) {
        toast(res.error.message);
        return;
      }
      showPhoto(res.data.url);
    },
  },
});
