/**
 * 当日发票 (billing role): the invoices issued on a day (`?date=YYYY-MM-DD`, default today in
 * Asia/Shanghai) for the current hospital — valid ones with their total, voided ones with the reason.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { remotePage } from '../../behaviors/remote-page';
import { shanghaiDate } from '../../shared/time';
import { fetchView, loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { invoiceList, type InvoiceList } from './rows';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: {
    date: '',
    view: loadingView<InvoiceList>(),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const asked = query.date || '';
      this.setData({ date: /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : shanghaiDate(Date.now()) });
      return this.load();
    },
    ...remotePage<InvoiceList, { date: string }>({
      fetch: ({ date }) =>
        fetchView(
          () => withHospital(async (hospitalId) => mapEnvelope(await api.invoices.list({ hospitalId, date }), (d) => invoiceList(d.day))),
          (l) => l.valid.length + l.voided.length === 0,
        ),
    }),
  },
});
