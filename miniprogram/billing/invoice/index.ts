/**
 * 电子发票 for one paid order (`?orderId=`): the valid invoice with its number, verification code,
 * title and amount, opened as a PDF (下载/查看); or a form to request one (个人 / 单位, name, credit
 * code checked inline with the server's rule); and 修改抬头重开 (only on a valid invoice), which asks
 * first, voids the old invoice and issues a new one. Invoices voided by a refund are listed with
 * their red-letter reversals (红字冲销). One request id per form, sent again on retries.
 */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { downloadAndOpen } from '../../api/invoices';
import { api } from '../../api/index';
import { confirm, toast } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { ValueEvent } from '../../components/events';
import type { OrderInvoiceState } from '../../shared/dto/invoices';
import { ErrorCode } from '../../shared/errors';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import {
  emptyForm,
  formErrors,
  formField,
  formOfInvoice,
  hasErrors,
  isTitleType,
  liveTaxCodeError,
  noErrors,
  reissueConfirmText,
  titleParams,
  titleTypeOptions,
} from './invoice-form';
import { makeRequestId } from '../../shared/request-id';

type Page = { state: OrderInvoiceState };

const newRequestId = () => makeRequestId(Date.now(), Math.random);

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    orderId: '',
    view: loadingView<Page>(),
    emptyText: '该订单暂不能开具发票',
    titleTypeOptions,
    /** 'request' (no invoice yet), 'reissue' (correcting the title), or '' (showing the invoice). */
    formMode: '',
    form: emptyForm(),
    errors: noErrors(),
    formError: '',
    requestId: '',
    submitting: false,
    opening: false,
  },
  methods: {
    ...remotePage<Page, { orderId: string }>({
      fetch: ({ orderId }) =>
        orderId
          ? fetchView(
              () => api.invoices.forOrder({ orderId }),
              (d) => !d.state.invoice && !d.state.invoiceable && d.state.voided.length === 0 && d.state.reversals.length === 0,
            )
          : Promise.resolve({ status: 'error', data: null, error: '缺少订单号' }),
      // A fresh form (and request id) with every answer; not on show, so the form is never reset under the hand.
      shown: ({ data }) => {
        const state = data ? data.state : null;
        return {
          emptyText: (state && state.reason) || '该订单暂不能开具发票',
          formMode: state && !state.invoice && state.invoiceable ? 'request' : '',
          form: emptyForm(),
          errors: noErrors(),
          formError: '',
          requestId: newRequestId(),
        };
      },
      reloadOnShow: false,
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ orderId: (query.orderId || '').trim() });
      return this.load();
    },
    onTitleType(e: ValueEvent<string>) {
      if (isTitleType(e.detail)) this.setData({ 'form.titleType': e.detail, errors: noErrors(), formError: '' });
    },
    onTitleName(e: ValueEvent<string>) {
      this.setData({ 'form.titleName': e.detail, 'errors.titleName': '', formError: '' });
    },
    onTaxCode(e: ValueEvent<string>) {
      this.setData({ 'form.taxCode': e.detail, 'errors.taxCode': liveTaxCodeError(e.detail), formError: '' });
    },
    async onOpen() {
      const invoice = this.data.view.data?.state.invoice;
      if (!invoice || this.data.opening) return;
      this.setData({ opening: true });
      const link = await api.invoices.link({ invoiceId: invoice.id });
      const opened = link.ok ? await downloadAndOpen(link.data.url) : { ok: false, message: link.error.message };
      this.setData({ opening: false });
      if (!opened.ok) toast(opened.message);
    },
    onStartReissue() {
      const invoice = this.data.view.data?.state.invoice;
      if (!invoice || invoice.status !== 'valid') return;
      this.setData({ formMode: 'reissue', form: formOfInvoice(invoice), errors: noErrors(), formError: '', requestId: newRequestId() });
    },
    onCancelReissue() {
      this.setData({ formMode: '', errors: noErrors(), formError: '' });
    },
    async onSubmit() {
      const state = this.data.view.data?.state;
      if (!state || this.data.submitting || !this.data.formMode) return;
      const { form, requestId, formMode } = this.data;
      const errors = formErrors(form);
      this.setData({ errors, formError: '' });
      if (hasErrors(errors)) return;
      const invoice = state.invoice;
      this.setData({ submitting: true });
      if (formMode === 'reissue' && invoice && !(await confirm('修改抬头重开', reissueConfirmText(invoice, form), '确认重开'))) {
        this.setData({ submitting: false });
        return;
      }
      const res =
        formMode === 'reissue' && invoice
          ? await api.invoices.reissue({ invoiceId: invoice.id, ...titleParams(form), requestId })
          : await api.invoices.request({ orderId: state.orderId, ...titleParams(form), requestId });
      this.setData({ submitting: false });
      if (!res.ok) {
        const field = formField(res.error.field);
        if (field) this.setData({ [`errors.${field}`]: res.error.message });
        else this.setData({ formError: res.error.message });
        if (res.error.code === ErrorCode.STATE_CONFLICT) toast(res.error.message);
        return;
      }
      toast(formMode === 'reissue' ? '已重新开具发票' : '发票已开具');
      await this.reload();
    },
  },
});
