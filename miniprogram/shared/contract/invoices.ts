/** The `invoices` cloud function (backend/handlers/invoices/): e-invoices (电子发票) for paid orders, their PDFs, and the billing role's day list. */
import { z } from 'zod';
import type { InvoiceDay, InvoiceLink, InvoiceSummary, InvoiceView, OrderInvoiceState } from '../dto/invoices';
import { type InvoiceTitleInput, TITLE_NAME_MAX, invoiceTitleProblems } from '../invoice-title';
import { act } from './define';
import { fields } from './fields';

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

const titleFields = {
  titleType: z.enum(['personal', 'company'], { message: '请选择个人或单位抬头' }),
  titleName: z.string().max(TITLE_NAME_MAX + 20),
  /** Only for a company title. */
  taxCode: z.string().max(30).optional(),
};

/** The title an invoice is made out to, as the patient fills it in. */
export type TitleParams = z.input<z.ZodObject<typeof titleFields>>;

/** The shared title rule (miniprogram/shared/invoice-title.ts), each problem on its field. */
function titleRule(value: InvoiceTitleInput, ctx: z.RefinementCtx<InvoiceTitleInput>): void {
  for (const [field, message] of Object.entries(invoiceTitleProblems(value))) ctx.addIssue({ code: 'custom', path: [field], message });
}

export const invoices = {
  request: act<{ invoice: InvoiceView }>()(
    z
      .object({
        orderId: fields.id(),
        ...titleFields,
        email: z.string().trim().max(100).regex(EMAIL, { message: '邮箱格式不正确' }).optional(),
        requestId: fields.requestId(),
      })
      .superRefine(titleRule),
  ),
  reissue: act<{ invoice: InvoiceView; voided: InvoiceSummary }>()(
    z.object({ invoiceId: fields.id(), ...titleFields, requestId: fields.requestId() }).superRefine(titleRule),
  ),
  get: act<{ invoice: InvoiceView }>()(z.object({ invoiceId: fields.id() })),
  /** A link to the invoice's PDF that works for a few minutes: ask for it right before downloading. */
  link: act<InvoiceLink>()(z.object({ invoiceId: fields.id() })),
  forOrder: act<{ state: OrderInvoiceState }>()(z.object({ orderId: fields.id() })),
  /** The account's own invoices, newest first (voided ones included). */
  mine: act<{ invoices: InvoiceSummary[] }>()(z.object({})),
  list: act<{ day: InvoiceDay }>()(z.object({ hospitalId: fields.id(), date: fields.date() })),
};
