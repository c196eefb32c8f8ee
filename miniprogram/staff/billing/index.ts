/**
 * 收费工作台 (billing role): the chosen day's totals for the current hospital — 笔数, 收入, 退款,
 * 净额 and by category — its invoices with their red-letter reversals (红字冲销), the payment
 * notices kept for review; the day's invoices open as a list, and refunds start from a search by
 * patient name, phone or visit day. The day is today in Asia/Shanghai unless another is picked.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { go } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { ValueEvent } from '../../components/events';
import { shanghaiDate } from '../../shared/time';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { dateOfPicker, dateTextOf, loadDesk, pickerValueOf, type Desk } from './desk';

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
  },
  methods: {
    ...remotePage<Desk, { date: string }>({
      fetch: ({ date }) => fetchView(() => withHospital((hospitalId) => loadDesk(hospitalId, date))),
    }),
    onLoad() {
      const today = shanghaiDate(Date.now());
      const maxDate = pickerValueOf(today);
      this.setData({ today, date: today, dateText: dateTextOf(today, today), pickerValue: maxDate, maxDate, minDate: maxDate - YEAR_MS });
      return this.load();
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
    onFindRefund() {
      go('/staff/refund-search/index');
    },
    onOpenInvoices() {
      go(`/staff/invoices/index?date=${this.data.date}`);
    },
  },
});
