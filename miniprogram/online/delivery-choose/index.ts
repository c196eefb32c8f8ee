/**
 * 药品快递 or pickup for a paid prescription: each drug checked against the deliverability list
 * (held ones for pickup with the reason), the address from WeChat's address book or typed, the fee
 * by region, then the fee paid on the billing page. A prescription already arranged opens its status,
 * also on coming back from paying the fee.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { askConsent } from '../../api/messages';
import type { TemplateRef } from '../../shared/dto/reminders';
import { chooseAddress, confirm, go, redirect } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { DataEvent, ValueEvent } from '../../components/events';
import { maskedAddressText } from '../../shared/address';
import type { QuoteView } from '../../shared/dto/online';
import type { MailAddress } from '../../shared/dto/record-copies';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';

const EMPTY: MailAddress = { name: '', phone: '', province: '', city: '', district: '', detail: '' };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    prescriptionId: '',
    view: loadingView<QuoteView>(),
    mode: 'delivery' as 'delivery' | 'pickup',
    address: { ...EMPTY },
    addressText: '',
    problem: '',
    busy: false,
    templates: [] as TemplateRef[],
  },
  methods: {
    ...remotePage<QuoteView, { prescriptionId: string; address: MailAddress; mode: 'delivery' | 'pickup' }>({
      // The fee is by region: quoted again (`load`) when the address's province is chosen.
      fetch: ({ prescriptionId, address }) =>
        fetchView(() => api.delivery.quote({ prescriptionId, ...(address.province ? { province: address.province } : {}) })),
      shown: ({ data }, { mode }) => ({ mode: data && data.deliverable.length === 0 ? 'pickup' : mode }),
    }),
    async onLoad(query: Record<string, string | undefined>) {
      this.setData({ prescriptionId: (query.prescriptionId || '').trim() });
      if (!this.data.prescriptionId) {
        this.setData({ view: { status: 'empty', data: null, error: '' } });
        return;
      }
      if (await this.openArranged()) return;
      await this.load();
      const ids = await api.reminders.templateIds({ hospitalId: session.hospitalId, kinds: ['delivery_shipped'] });
      if (ids.ok) this.setData({ templates: ids.data.templates });
    },
    onShow() {
      // The page's own, not the behaviour's reload. Back from the fee's payment page: the arranged delivery's status, not this form again.
      return this.data.view.status === 'ready' ? this.openArranged() : undefined;
    },
    /** Opens the status of a delivery or pickup already arranged for the prescription; answers whether there was one. */
    async openArranged(): Promise<boolean> {
      const existing = await api.delivery.get({ prescriptionId: this.data.prescriptionId });
      if (existing.ok) redirect(`/online/delivery-status/index?prescriptionId=${this.data.prescriptionId}`);
      return existing.ok;
    },
    onMode(e: ValueEvent<'delivery' | 'pickup'>) {
      this.setData({ mode: e.detail, problem: '' });
    },
    onModeCell(e: DataEvent<{ mode: 'delivery' | 'pickup' }>) {
      this.setData({ mode: e.currentTarget.dataset.mode, problem: '' });
    },
    async onWechatAddress() {
      const address = await chooseAddress();
      if (!address) return;
      this.setData({ address, addressText: maskedAddressText(address), problem: '' });
      await this.load();
    },
    onField(e: ValueEvent<string> & { currentTarget: { dataset: { key: keyof MailAddress } } }) {
      this.setData({ [`address.${e.currentTarget.dataset.key}`]: e.detail, problem: '' });
    },
    async onProvinceDone() {
      await this.load();
    },
    async onSubmit() {
      const quote = this.data.view.data;
      if (!quote || this.data.busy) return;
      const { mode, address } = this.data;
      // The shipped message needs the user's consent, asked from this tap (api/messages.ts).
      if (mode === 'delivery') await askConsent(session.hospitalId, this.data.templates);
      if (mode === 'delivery' && (!address.name || !address.phone || !address.province || !address.detail)) {
        this.setData({ problem: '请选择微信地址或填写收货人、电话、省份和详细地址' });
        return;
      }
      const text =
        mode === 'delivery'
          ? `快递费${quote.feeText}${quote.held.length > 0 ? '；部分药品需到药房领取' : ''}。确定快递到家吗？`
          : '请凭处方到门诊西药房取药。确定到院取药吗？';
      if (!(await confirm(mode === 'delivery' ? '快递到家' : '到院取药', text, '确定'))) return;
      this.setData({ busy: true, problem: '' });
      const res = await api.delivery.choose({ prescriptionId: this.data.prescriptionId, mode, ...(mode === 'delivery' ? { address } : {}) });
      this.setData({ busy: false });
      if (!res.ok) {
        this.setData({ problem: res.error.message });
        return;
      }
      const d = res.data.delivery;
      if (d.payable && d.feeOrderId) go(`/billing/order/index?id=${d.feeOrderId}`);
      else redirect(`/online/delivery-status/index?prescriptionId=${this.data.prescriptionId}`);
    },
  },
});
