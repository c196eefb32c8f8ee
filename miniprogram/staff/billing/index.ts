/**
 * 收费工作台 (billing role): the chosen day's totals for the current hospital — 笔数, 收入, 退款,
 * 净额 and by category — its invoices with their red-letter reversals (红字冲销), the payment
 * notices kept for review, and an order-number lookup that opens the refund page. The day is today
 * in Asia/Shanghai unless another is picked.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { ValueEvent } from '../../components/events';
import { shanghaiDate } from '../../shared/time';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { dateOfPicker, dateTextOf, loadDesk, orderIdProblem, pickerValueOf, type Desk } from './desk';

const YEAR_MS = 366 * 86_400_000;

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: {
    date: '',
    dateText: '',
    today: '',
    pickerOpen: false,
    pickerValue: 0,
    minDate: 0,
    maxDate: 0,
    view: loadingView<Desk>(),
    orderId: '',
    orderIdError: '',
  },
  methods: {
    onLoad() {
      const today = shanghaiDate(Date.now());
      const maxDate = pickerValueOf(today);
      this.setData({ today, date: today, dateText: dateTextOf(today, today), pickerValue: maxDate, maxDate, minDate: maxDate - YEAR_MS });
      return this.load();
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<Desk>() });
      await this.fetch();
    },
    async fetch() {
      const date = this.data.date;
      const view = await fetchView(() => withHospital((hospitalId) => loadDesk(hospitalId, date)));
      if (date === this.data.date) this.setData({ view });
    },
    onOpenPicker() {
      this.setData({ pickerOpen: true, pickerValue: pickerValueOf(this.data.date) });
    },
    onClosePicker() {
      this.setData({ pickerOpen: false });
    },
    onPickDate(e: ValueEvent<number>) {
      const date = dateOfPicker(e.detail);
      this.setData({ pickerOpen: false });
      if (date === this.data.date) return undefined;
      this.setData({ date, dateText: dateTextOf(date, this.data.today) });
      return this.load();
    },
    onOrderId(e: ValueEvent<string>) {
      this.setData({ orderId: e.detail, orderIdError: '' });
    },
    onLookup() {
      const orderIdError = orderIdProblem(this.data.orderId);
      this.setData({ orderIdError });
      if (orderIdError) return;
      go(`/staff/refund/index?orderId=${this.data.orderId.trim()}`);
    },
  },
});
