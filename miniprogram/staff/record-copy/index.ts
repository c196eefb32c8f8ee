/**
 * 审核病历复印 (role records): the proofs (opened through short-lived links), then by state —
 * request more or refuse with a reason, or enter the page count (the fee follows the hospital's
 * prices); after payment, mark copied; ship with the carrier and tracking number.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { confirm, showPhoto, toast } from '../../api/platform';
import { api } from '../../api/index';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { ApplicationView } from '../../shared/dto/record-copies';
import type { Envelope } from '../../shared/envelope';
import { loadingView, mapEnvelope, recordView } from '../../stores/remote';
import { session } from '../../stores/session';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: { id: '', view: loadingView<ApplicationView>(), reason: '', pages: '', carrier: '中国邮政EMS', trackingNo: '', error: '', busy: false },
  methods: {
    ...remotePage<ApplicationView, { id: string }>({
      fetch: ({ id }) => recordView(id, async (applicationId) => mapEnvelope(await api.recordCopies.get({ applicationId }), (d) => d.application)),
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ id: (query.id || '').trim() });
      return this.load();
    },
    onReason(e: ValueEvent<string>) {
      this.setData({ reason: e.detail, error: '' });
    },
    onPages(e: ValueEvent<string>) {
      this.setData({ pages: e.detail, error: '' });
    },
    onCarrier(e: ValueEvent<string>) {
      this.setData({ carrier: e.detail, error: '' });
    },
    onTracking(e: ValueEvent<string>) {
      this.setData({ trackingNo: e.detail, error: '' });
    },
    async run(call: () => Promise<Envelope<{ application: ApplicationView }>>, done: string) {
      this.setData({ busy: true, error: '' });
      const res = await call();
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ error: res.error.message });
        return;
      }
      this.setData({ view: { status: 'ready', data: res.data.application, error: '' }, reason: '' });
      toast(done);
    },
    async withReason(kind: 'more' | 'refuse') {
      const reason = this.data.reason.trim();
      if (!reason) {
        this.setData({ error: '请填写原因，申请人会看到' });
        return;
      }
      if (kind === 'refuse' && !(await confirm('驳回申请', `驳回后申请结束：${reason}`, '驳回'))) return;
      await this.run(
        () =>
          kind === 'more'
            ? api.recordCopies.requestMore({ applicationId: this.data.id, reason })
            : api.recordCopies.refuse({ applicationId: this.data.id, reason }),
        kind === 'more' ? '已通知补充' : '已驳回',
      );
    },
    onMore() {
      return this.withReason('more');
    },
    onRefuse() {
      return this.withReason('refuse');
    },
    async onQuote() {
      const pages = Number(this.data.pages);
      if (!/^\d{1,4}$/.test(this.data.pages) || pages < 1) {
        this.setData({ error: '请填写页数（1–2000）' });
        return;
      }
      await this.run(() => api.recordCopies.quote({ applicationId: this.data.id, pages }), '已核定费用');
    },
    onCopied() {
      return this.run(() => api.recordCopies.copied({ applicationId: this.data.id }), '已标记复印');
    },
    async onShip() {
      const { carrier, trackingNo } = this.data;
      if (!carrier.trim() || !trackingNo.trim()) {
        this.setData({ error: '请填写快递公司和运单号' });
        return;
      }
      await this.run(() => api.recordCopies.ship({ applicationId: this.data.id, carrier: carrier.trim(), trackingNo: trackingNo.trim() }), '已寄出');
    },
    async onProof(e: DataEvent<{ id: string }>) {
      const res = await api.recordCopies.proofLink({ proofId: e.currentTarget.dataset.id });
      if (res.ok) showPhoto(res.data.url);
      else toast(res.error.message);
    },
  },
});
