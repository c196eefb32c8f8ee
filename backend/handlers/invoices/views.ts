import type { InvoiceLineView, InvoiceReversalView, InvoiceSummary, InvoiceView } from '../../../miniprogram/shared/dto/invoices';
import { invoiceTitleTypeLabels } from '../../../miniprogram/shared/invoice-title';
import { invoiceStatusLabels, type InvoiceDoc, type InvoiceLine, type InvoiceReversalDoc } from '../../domain/invoices/docs';
import { groupedCode } from '../../domain/invoices/numbering';
import { money } from '../orders/views';

function lineView(l: InvoiceLine): InvoiceLineView {
  return {
    category: l.category,
    label: l.label,
    amountFen: l.amountFen,
    amountText: money(l.amountFen),
    items: l.items.map((i) => ({ name: i.name, quantity: i.quantity, unit: i.unit, unitText: money(i.unitFen), amountText: money(i.amountFen) })),
  };
}

export function invoiceSummary(d: InvoiceDoc): InvoiceSummary {
  return {
    id: d._id,
    orderId: d.orderId,
    number: d.number,
    verificationCode: groupedCode(d.verificationCode),
    status: d.status,
    statusLabel: invoiceStatusLabels[d.status],
    titleType: d.title.type,
    titleTypeLabel: invoiceTitleTypeLabels[d.title.type],
    titleName: d.title.name,
    taxCode: d.title.taxCode,
    hospitalId: d.hospitalId,
    hospitalName: d.hospitalName,
    patientName: d.patientName,
    orderTitle: d.orderTitle,
    issueDate: d.issueDate,
    issuedAt: d.issuedAt,
    totalFen: d.totalFen,
    totalText: money(d.totalFen),
    totalCapital: d.totalCapital,
    voidedAt: d.voidedAt,
    voidReason: d.voidReason,
    replaces: d.replaces,
    replacedBy: d.replacedBy,
  };
}

/** The whole invoice (its PDF through the `link` action); `owner` decides whether the e-mail is shown. */
export function invoiceView(d: InvoiceDoc, owner: boolean): InvoiceView {
  return {
    ...invoiceSummary(d),
    lines: d.lines.map(lineView),
    paidText: money(d.paidFen),
    refundedFen: d.refundedFen,
    refundedText: money(d.refundedFen),
    email: owner ? d.email : '',
  };
}

export function reversalView(r: InvoiceReversalDoc): InvoiceReversalView {
  return {
    id: r._id,
    orderId: r.orderId,
    number: r.number,
    invoiceId: r.invoiceId,
    invoiceNumber: r.invoiceNumber,
    titleName: r.title.name,
    amountFen: r.amountFen,
    amountText: money(r.amountFen),
    reason: r.reason,
    replacedByNumber: r.replacedByNumber,
    issueDate: r.issueDate,
    issuedAt: r.issuedAt,
  };
}
