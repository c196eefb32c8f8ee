/** 我的发票: the account's e-invoices as cells, valid ones first, voided ones (reissued or refunded) apart. */
import type { InvoiceSummary } from '../../shared/dto/invoices';

export interface MyInvoiceCell {
  id: string;
  orderId: string;
  title: string;
  label: string;
  value: string;
}

export interface MyInvoices {
  valid: MyInvoiceCell[];
  voided: MyInvoiceCell[];
}

function cell(i: InvoiceSummary): MyInvoiceCell {
  const status = i.status === 'void' ? `（${i.statusLabel}${i.voidReason ? `：${i.voidReason}` : ''}）` : '';
  return {
    id: i.id,
    orderId: i.orderId,
    title: `${i.orderTitle}${status}`,
    label: `${i.hospitalName} · ${i.patientName} · 抬头：${i.titleName} · 开票 ${i.issueDate}`,
    value: i.totalText,
  };
}

export function myInvoices(list: readonly InvoiceSummary[]): MyInvoices {
  return { valid: list.filter((i) => i.status === 'valid').map(cell), voided: list.filter((i) => i.status === 'void').map(cell) };
}
