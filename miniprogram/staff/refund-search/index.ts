/**
 * 查找退款订单 (billing role): finds the hospital's paid orders by patient name, phone or visit day
 * — never by typing an internal id — and opens one on the refund page, which asks before refunding.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import { shanghaiDate } from '../../shared/time';
import { fetchView, loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { dateOfPicker, pickerValueOf } from '../billing/desk';
import { withHospital } from '../common/hospital';
import { candidateCell, searchQuery, type CandidateCell, type SearchForm } from './search';

const YEAR_MS = 366 * 86_400_000;
const emptyForm = (): SearchForm => ({ name: '', phone: '', date: '' });

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    form: emptyForm(),
    formError: '',
    searched: false,
    view: loadingView<CandidateCell[]>(),
    cells: [] as CandidateCell[],
    pickerOpen: false,
    pickerValue: 0,
    minDate: 0,
    maxDate: 0,
  },
  methods: {
    onLoad() {
      const today = pickerValueOf(shanghaiDate(Date.now()));
      this.setData({ pickerValue: today, maxDate: today + 60 * 86_400_000, minDate: today - YEAR_MS });
    },
    onName(e: ValueEvent<string>) {
      this.setData({ 'form.name': e.detail, formError: '' });
    },
    onPhone(e: ValueEvent<string>) {
      this.setData({ 'form.phone': e.detail, formError: '' });
    },
    onOpenPicker() {
      this.setData({ pickerOpen: true, pickerValue: this.data.form.date ? pickerValueOf(this.data.form.date) : this.data.pickerValue });
    },
    onClosePicker() {
      this.setData({ pickerOpen: false });
    },
    onPickDate(e: ValueEvent<number>) {
      this.setData({ pickerOpen: false, 'form.date': dateOfPicker(e.detail), formError: '' });
    },
    onClear() {
      this.setData({ form: emptyForm(), formError: '', searched: false, cells: [] });
    },
    async onSearch() {
      const { query, error } = searchQuery(this.data.form);
      this.setData({ formError: error });
      if (error) return;
      this.setData({ searched: true, view: loadingView<CandidateCell[]>() });
      const view: View<CandidateCell[]> = await fetchView(
        async () => {
          const res = await withHospital((hospitalId) => api.orders.findForRefund({ hospitalId, ...query }));
          return res.ok ? { ok: true as const, data: res.data.orders.map(candidateCell) } : res;
        },
        (cells) => cells.length === 0,
      );
      this.setData({ view, cells: view.data ?? [] });
    },
    onOpen(e: DataEvent<{ id: string }>) {
      go(`/staff/refund/index?orderId=${e.currentTarget.dataset.id}`);
    },
  },
});
