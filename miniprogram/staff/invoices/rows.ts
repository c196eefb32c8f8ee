/** 当日发票 (billing role): a day's invoices as cells, valid ones and voided ones apart. */
import type { InvoiceDay, InvoiceSummary } from '../../shared/dto/invoices';

export interface InvoiceCell {
  id: string;
  title: string;
  label: string;
  value: string;
}

export interface InvoiceList {
  date: string;
  validTitle: string;
  voidTitle: string;
  valid: InvoiceCell[];
  voided: InvoiceCell[];
}

function cell(i: InvoiceSummary): InvoiceCell {
  const why = i.status === 'void' && i.voidReason ? ` · 作废原因：${i.voidReason}` : '';
  return {
    id: i.id,
    title: `发票 ${i.number}`,
    label: `${i.patientName} · ${i.orderTitle} · 抬头：${i.titleName}（${i.titleTypeLabel}）${why}`,
    value: i.totalText,
  };
}

export function invoiceList(day: InvoiceDay): InvoiceList {
  return {
    date: day.date,
    validTitle: `有效发票 ${day.validCount} 张，合计 ${day.validTotalText}`,
    voidTitle: `已作废 ${day.voidCount} 张`,
    valid: day.invoices.filter((i) => i.status === 'valid').map(cell),
    voided: day.invoices.filter((i) => i.status === 'void').map(cell),
  };
}
