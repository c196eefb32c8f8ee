/**
 * 病历复印申请: each state with who and when; pay (the orders function's page) once the office set
 * the fee; send the proofs again when more are needed; cancel, asked first (a paid fee goes back).
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { choosePhoto, confirm, go, showPhoto, toast } from '../../api/platform';
import { api } from '../../api/index';
import type { DataEvent } from '../../components/events';
import type { ApplicationView } from '../../shared/dto/record-copies';
import { makeRequestId } from '../../shared/request-id';
import { loadingView, mapEnvelope, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import { cancelText } from './actions';
import { remotePage } from '../../behaviors/remote-page';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: { id: '', view: loadingView<ApplicationView>(), fresh: {} as Record<string, string>, busy: false, error: '' },
  methods: {
    ...remotePage<ApplicationView, { id: string }>({
      fetch: ({ id }) => recordView(id, async (id) => mapEnvelope(await api.recordCopies.get({ applicationId: id }), (d) => d.application)),
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ id: (query.id || '').trim() });
      return this.load();
    },
    onPay() {
      const a = this.data.view.data;
      if (a && a.orderId) go(`/billing/order/index?id=${a.orderId}`);
    },
    async onCancel() {
      const a = this.data.view.data;
      if (!a || this.data.busy || !(await confirm('取消申请', cancelText(a), '取消申请'))) return;
      this.setData({ busy: true, error: '' });
      const res = await api.recordCopies.cancel({ applicationId: a.id });
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ error: res.error.message });
        return;
      }
      this.setData({ view: { status: 'ready', data: res.data.application, error: '' } });
      toast('已取消');
    },
    async onProof(e: DataEvent<{ id: string }>) {
      const res = await api.recordCopies.proofLink({ proofId: e.currentTarget.dataset.id });
      if (res.ok) showPhoto(res.data.url);
      else toast(res.error.message);
    },
    async onReplace(e: DataEvent<{ kind: string }>) {
      const image = await choosePhoto();
      if (!image) return;
      const res = await api.recordCopies.attach({ hospitalId: session.hospitalId, image, requestId: makeRequestId(Date.now(), Math.random) });
      if (!res.ok) {
        toast(res.error.message);
        return;
      }
      this.setData({ [`fresh.${e.currentTarget.dataset.kind}`]: res.data.proofId });
    },
    async onResubmit() {
      const a = this.data.view.data;
      if (!a || this.data.busy) return;
      const fresh = this.data.fresh;
      this.setData({ busy: true, error: '' });
      const res = await api.recordCopies.resubmit({
        applicationId: a.id,
        proofs: a.proofs.map((p) => ({ kind: p.kind, proofId: fresh[p.kind] || p.proofId })),
      });
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ error: res.error.message });
        return;
      }
      this.setData({ view: { status: 'ready', data: res.data.application, error: '' }, fresh: {} });
      toast('已重新提交');
    },
  },
});
