/** What patients do with invoices: request one for a paid order, look at it and its PDF, correct its title. */
import type { InvoiceLink, OrderInvoiceState } from '../../../miniprogram/shared/dto/invoices';
import { normalizeTitle, sameTitle } from '../../../miniprogram/shared/invoice-title';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { invoiceAmounts } from '../../domain/invoices/amounts';
import { InvoiceStatus, type InvoiceDoc, type InvoiceReversalDoc } from '../../domain/invoices/docs';
import { AppError } from '../framework/app-error';
import { invoices } from '../../../miniprogram/shared/contract/invoices';
import { action } from '../framework/define';
import { ownOrder } from '../orders/lookups';
import { money } from '../orders/views';
import { issueInvoice, reissueInvoice } from './issue';
import { withPdf } from './pdf-files';
import { validInvoiceOf } from './records';
import { ownInvoice, readableInvoice } from './lookups';
import { invoiceSummary, invoiceView, reversalView } from './views';
import { either, owner, signedIn, staff } from '../framework/who';

export const request = action(invoices.request, {
  who: owner(),
  offer: { key: 'invoices', from: { field: 'orderId', collection: 'orders' } },
  async run(input, ctx) {
    const order = await ownOrder(ctx, input.orderId);
    const invoice = await issueInvoice(ctx, order, normalizeTitle(input), input.email ?? '', input.requestId);
    return { invoice: invoiceView(invoice, true) };
  },
});

export const reissue = action(invoices.reissue, {
  who: owner(),
  async run(input, ctx) {
    const old = await ownInvoice(ctx, input.invoiceId);
    const title = normalizeTitle(input);
    if (old.status === InvoiceStatus.valid && sameTitle(old.title, title))
      throw new AppError(ErrorCode.VALIDATION_FAILED, '新抬头与原发票相同，无需重开', 'titleName');
    const order = await ownOrder(ctx, old.orderId);
    const { invoice, voided } = await reissueInvoice(ctx, old, order, title, input.requestId);
    return { invoice: invoiceView(invoice, true), voided: invoiceSummary(voided) };
  },
});

export const get = action(invoices.get, {
  who: either(owner(), staff('billing')),
  async run({ invoiceId }, ctx) {
    const { invoice, owner } = await readableInvoice(ctx, invoiceId);
    return { invoice: invoiceView(invoice, owner) };
  },
});

/** A link to the invoice's PDF that works for a few minutes (docs/files.md); renders a PDF still missing. */
export const link = action(invoices.link, {
  who: either(owner(), staff('billing')),
  async run({ invoiceId }, ctx): Promise<InvoiceLink> {
    const { invoice } = await readableInvoice(ctx, invoiceId);
    const { fileId } = await withPdf(ctx.ports, invoice);
    return ctx.ports.files.link(fileId);
  },
});

/** The invoice page: the order's valid invoice, or whether one can be issued and for how much. */
export const forOrder = action(invoices.forOrder, {
  who: owner(),
  async run({ orderId }, ctx): Promise<{ state: OrderInvoiceState }> {
    const order = await ownOrder(ctx, orderId);
    const valid = await validInvoiceOf(ctx.db, orderId);
    const voided = await ctx.db.find<InvoiceDoc>('invoices', { where: { orderId, status: InvoiceStatus.void }, orderBy: [['issuedAt', 'desc']], limit: 20 });
    const reversals = await ctx.db.find<InvoiceReversalDoc>('invoiceReversals', { where: { orderId }, orderBy: [['issuedAt', 'desc']], limit: 20 });
    const amounts = invoiceAmounts(order);
    const amountFen = amounts.ok ? amounts.totalFen : Math.max(0, order.paidFen - order.refundedFen);
    return {
      state: {
        orderId,
        orderTitle: order.title,
        hospitalName: order.hospitalName,
        patientName: order.patientName,
        invoiceable: !valid && amounts.ok,
        reason: valid || amounts.ok ? '' : amounts.reason,
        amountFen,
        amountText: money(amountFen),
        invoice: valid ? invoiceView(valid, true) : null,
        voided: voided.map(invoiceSummary),
        reversals: reversals.map(reversalView),
      },
    };
  },
});

export const mine = action(invoices.mine, {
  who: signedIn(),
  async run(_i, ctx) {
    const list = await ctx.db.find<InvoiceDoc>('invoices', { where: { openid: ctx.user() }, orderBy: [['issuedAt', 'desc']], limit: 100 });
    return { invoices: list.map(invoiceSummary) };
  },
});
