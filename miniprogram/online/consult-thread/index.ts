/**
 * 咨询详情: the question, the doctor's structured answers (assessment, what to do now, warning
 * signs, whether and when to come, with one tap to book the suggested department), two follow-up
 * questions, pay while unpaid, withdraw before a doctor accepts and end the thread (each asked first).
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { choosePhoto, confirm, go, showPhoto, toast } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import { CONSULT_MAX_IMAGES, type ConsultThreadView } from '../../shared/dto/consult';
import { makeRequestId } from '../../shared/request-id';
import { loadingView, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import { remotePage } from '../../behaviors/remote-page';

const newRequestId = () => makeRequestId(Date.now(), Math.random);

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: { id: '', view: loadingView<ConsultThreadView>(), text: '', photoIds: [] as string[], requestId: '', error: '', busy: false },
  methods: {
    ...remotePage<ConsultThreadView, { id: string }>({ fetch: ({ id }) => recordView(id, (consultationId) => api.consult.thread({ consultationId })) }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ id: (query.id || '').trim(), requestId: newRequestId() });
      return this.load();
    },
    onPhotoView(e: DataEvent<{ url: string }>) {
      if (e.currentTarget.dataset.url) showPhoto(e.currentTarget.dataset.url);
    },
    onBook(e: DataEvent<{ id: string }>) {
      go(`/booking/department/index?id=${e.currentTarget.dataset.id}`);
    },
    onRate() {
      go(`/postvisit/rate/index?kind=consult&id=${this.data.id}`);
    },
    onPay() {
      const t = this.data.view.data;
      if (t && t.consultation.payable) go(`/billing/order/index?id=${t.consultation.orderId}`);
    },
    onText(e: ValueEvent<string>) {
      this.setData({ text: e.detail, error: '' });
    },
    async onPhoto() {
      const t = this.data.view.data;
      if (!t || this.data.photoIds.length >= CONSULT_MAX_IMAGES || this.data.busy) return;
      const image = await choosePhoto();
      if (!image) return;
      this.setData({ busy: true });
      const res = await api.consult.attach({ hospitalId: t.consultation.hospitalId, image, requestId: newRequestId() });
      this.setData({ busy: false });
      if (!res.ok) return this.setData({ error: res.error.message });
      this.setData({ photoIds: [...this.data.photoIds, res.data.photoId] });
    },
    async onFollowUp() {
      const t = this.data.view.data;
      const text = this.data.text.trim();
      if (!t || this.data.busy) return;
      if (!text) return this.setData({ error: '请输入追问的内容' });
      this.setData({ busy: true });
      const res = await api.consult.followUp({ consultationId: t.consultation.id, text, images: this.data.photoIds, requestId: this.data.requestId });
      this.setData({ busy: false });
      if (!res.ok) return this.setData({ error: res.error.message });
      this.setData({ view: { status: 'ready', data: res.data, error: '' }, text: '', photoIds: [], requestId: newRequestId(), error: '' });
      toast('已发送');
    },
    async onWithdraw() {
      const t = this.data.view.data;
      if (!t || this.data.busy) return;
      const money = t.consultation.status === 'waiting' && t.consultation.feeFen > 0 ? `已支付的${t.consultation.feeText}将全额退回。` : '';
      if (!(await confirm('撤回咨询', `${money}撤回后医生将看不到这个问题，确定撤回吗？`, '撤回'))) return;
      await this.change(() => api.consult.withdraw({ consultationId: t.consultation.id }), '已撤回');
    },
    async onEnd() {
      const t = this.data.view.data;
      if (!t || this.data.busy || !(await confirm('结束咨询', '结束后不能再追问，咨询费不退。确定结束吗？', '结束咨询'))) return;
      await this.change(() => api.consult.end({ consultationId: t.consultation.id }), '已结束');
    },
    async change(run: () => ReturnType<typeof api.consult.end>, done: string) {
      this.setData({ busy: true, error: '' });
      const res = await run();
      this.setData({ busy: false });
      if (!res.ok) return this.setData({ error: res.error.message });
      toast(done);
      await this.load();
    },
  },
});
