import type { InvoiceRenderer } from '../../ports';

/**
 * The invoice renderer (backend/adapters/pdf/invoice-pdf.ts), with pdf-lib, fontkit and the 2 MB
 * font, is required on first use only: the `invoices` function loads without them
 * (`npm run bench -- "cold start"`), and only issuing or rendering an invoice pays for them.
 */
export function invoicePdf(): typeof import('./invoice-pdf') {
  return require('./invoice-pdf');
}

/** The InvoiceRenderer port, loading the renderer on first use. */
export const lazyInvoiceRenderer: InvoiceRenderer = {
  unsupportedCharacters: (text) => invoicePdf().unsupportedCharacters(text),
  render: (d) => invoicePdf().renderInvoicePdf(d),
};
