/**
 * The title form of the invoice page: 个人 or 单位, a name, and a company's credit code, checked with
 * the same rule the server applies (shared/invoice-title.ts, shared/credit-code.ts).
 */
import type { TitleParams } from '../../shared/contract/invoices';
import type { InvoiceView } from '../../shared/dto/invoices';
import { creditCodeProblem, normalizeCreditCode } from '../../shared/credit-code';
import { InvoiceTitleType, invoiceTitleProblems, invoiceTitleTypeLabels } from '../../shared/invoice-title';

export interface InvoiceForm {
  titleType: InvoiceTitleType;
  titleName: string;
  taxCode: string;
}

export interface InvoiceFormErrors {
  titleName: string;
  taxCode: string;
}

export const titleTypeOptions = Object.values(InvoiceTitleType).map((value) => ({ value, label: invoiceTitleTypeLabels[value] }));

export const emptyForm = (): InvoiceForm => ({ titleType: InvoiceTitleType.personal, titleName: '', taxCode: '' });
export const noErrors = (): InvoiceFormErrors => ({ titleName: '', taxCode: '' });

export function formOfInvoice(invoice: InvoiceView): InvoiceForm {
  return { titleType: invoice.titleType, titleName: invoice.titleName, taxCode: invoice.taxCode };
}

export function isTitleType(value: string): value is InvoiceTitleType {
  return value === InvoiceTitleType.personal || value === InvoiceTitleType.company;
}

export function formErrors(form: InvoiceForm): InvoiceFormErrors {
  const problems = invoiceTitleProblems({
    titleType: form.titleType,
    titleName: form.titleName,
    taxCode: form.titleType === InvoiceTitleType.company ? form.taxCode : '',
  });
  return { titleName: problems.titleName ?? '', taxCode: problems.taxCode ?? '' };
}

export const hasErrors = (errors: InvoiceFormErrors): boolean => errors.titleName !== '' || errors.taxCode !== '';

/** While typing: the code's problem once all 18 characters are there, nothing before. */
export function liveTaxCodeError(taxCode: string): string {
  return normalizeCreditCode(taxCode).length >= 18 ? (creditCodeProblem(taxCode) ?? '') : '';
}

export function titleParams(form: InvoiceForm): TitleParams {
  return form.titleType === InvoiceTitleType.company
    ? { titleType: form.titleType, titleName: form.titleName.trim(), taxCode: normalizeCreditCode(form.taxCode) }
    : { titleType: form.titleType, titleName: form.titleName.trim() };
}

/** A field of the form the server named, or null for a message of the whole form. */
export function formField(field: string | undefined): keyof InvoiceFormErrors | null {
  return field === 'titleName' || field === 'taxCode' ? field : null;
}

export function reissueConfirmText(invoice: InvoiceView, form: InvoiceForm): string {
  return `原发票（${invoice.number}）将作废，并按新抬头“${form.titleName.trim()}”重新开具。确定重开吗？`;
}
