/**
 * Typed calls of the `invoices` cloud function (电子发票), and opening an invoice's PDF on the phone
 * (a short-lived link from `link`, wx.downloadFile into a temporary file, then wx.openDocument).
 */
import type { InvoiceDay, InvoiceLink, InvoiceSummary, InvoiceView, OrderInvoiceState } from '../shared/dto/invoices';
import type { InvoiceTitleType } from '../shared/invoice-title';
import { callFunction } from './transport';

const call = <T>(action: string, params: object = {}) => callFunction<T>('invoices', action, params);

export interface TitleParams {
  titleType: InvoiceTitleType;
  titleName: string;
  /** Only for a company title. */
  taxCode?: string;
}

export const invoiceForOrder = (orderId: string) => call<{ state: OrderInvoiceState }>('forOrder', { orderId });
export const requestInvoice = (orderId: string, title: TitleParams, requestId: string, email?: string) =>
  call<{ invoice: InvoiceView }>('request', { orderId, ...title, ...(email ? { email } : {}), requestId });
export const reissueInvoice = (invoiceId: string, title: TitleParams, requestId: string) =>
  call<{ invoice: InvoiceView; voided: InvoiceSummary }>('reissue', { invoiceId, ...title, requestId });
/** A link to the invoice's PDF that works for a few minutes: ask for it right before downloading. */
export const invoiceLink = (invoiceId: string) => call<InvoiceLink>('link', { invoiceId });
export const invoiceDay = (hospitalId: string, date: string) => call<{ day: InvoiceDay }>('list', { hospitalId, date });
/** The account's own invoices, newest first (voided ones included). */
export const myInvoiceList = () => call<{ invoices: InvoiceSummary[] }>('mine');

export type OpenOutcome = { ok: true } | { ok: false; message: string };

/** Downloads a PDF and opens it in WeChat's document viewer (with its menu, to save or forward). */
export function downloadAndOpen(url: string): Promise<OpenOutcome> {
  return new Promise((resolve) => {
    wx.downloadFile({
      url,
      success: (res) => {
        if (res.statusCode !== 200) {
          resolve({ ok: false, message: `发票下载失败（${res.statusCode}），请稍后重试` });
          return;
        }
        wx.openDocument({
          filePath: res.tempFilePath,
          fileType: 'pdf',
          showMenu: true,
          success: () => resolve({ ok: true }),
          fail: () => resolve({ ok: false, message: '无法打开发票文件，请稍后重试' }),
        });
      },
      fail: () => resolve({ ok: false, message: '发票下载失败，请检查网络后重试' }),
    });
  });
}
