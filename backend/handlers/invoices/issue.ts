/**
 * Issuing and re-issuing invoices, exact under retries and races:
 * - the invoice id comes from the caller and the request id, so a retry finds the first invoice;
 * - the order's claim (records.ts) lets an order hold one valid invoice;
 * - numbers come from a per-hospital, per-day counter claimed by a conditional update;
 * - the record is written first and the PDF rendered after (pdf-files.ts), so a request that loses
 *   a race leaves no file, only an unused number (a gap).
 */
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { InvoiceTitle } from '../../../miniprogram/shared/invoice-title';
import type { OrderDoc } from '../../domain/billing/docs';
import { invoiceAmounts, type SettledAmounts } from '../../domain/invoices/amounts';
import { InvoiceStatus, type InvoiceDoc } from '../../domain/invoices/docs';
import { AppError } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { withPdf } from './pdf-files';
import { changeValidInvoice, invoiceRecord, nextNumber, removeReplacedPdf, validInvoiceOf } from './records';
import { hashId } from '../../ids';

const ALREADY_ISSUED = '该订单已开具发票；如需修改抬头，请使用“修改抬头重开”';
const ALREADY_VOID = '该发票已作废，请刷新后查看新发票';

export function invoiceIdOf(openid: string, requestId: string): string {
  return hashId('inv', openid, requestId);
}

/** The order's amounts and the title, checked before a number is claimed. */
function checked(ctx: Ctx, order: OrderDoc, title: InvoiceTitle): SettledAmounts {
  const amounts = invoiceAmounts(order);
  if (!amounts.ok) throw new AppError(ErrorCode.STATE_CONFLICT, amounts.reason);
  const missing = ctx.ports.invoiceRenderer.unsupportedCharacters(title.name);
  if (missing.length > 0) throw new AppError(ErrorCode.VALIDATION_FAILED, `抬头中的“${missing.join('')}”暂不能打印在电子发票上，请到收费窗口开具`, 'titleName');
  return amounts;
}

/** The invoice a request id already produced for the caller, if any; a different use of the id is refused. */
export async function earlierResult(ctx: Ctx, id: string, matches: (d: InvoiceDoc) => boolean): Promise<InvoiceDoc | null> {
  const first = await ctx.db.get<InvoiceDoc>('invoices', id);
  if (!first) return null;
  if (!matches(first)) throw new AppError(ErrorCode.VALIDATION_FAILED, '请求编号已用于另一张发票', 'requestId');
  return first;
}

/** Issues the order's invoice once. */
export async function issueInvoice(ctx: Ctx, order: OrderDoc, title: InvoiceTitle, email: string, requestId: string): Promise<InvoiceDoc> {
  const id = invoiceIdOf(ctx.user(), requestId);
  const first = await earlierResult(ctx, id, (d) => d.orderId === order._id && d.replaces === '');
  if (first) return withPdf(ctx.ports, first);
  if (await validInvoiceOf(ctx.db, order._id)) throw new AppError(ErrorCode.STATE_CONFLICT, ALREADY_ISSUED);
  const amounts = checked(ctx, order, title);
  const number = await nextNumber(ctx.db, order.hospitalId, ctx.now);
  const next = invoiceRecord({ id, order, amounts, title, email, requestId, number, replaces: '', now: ctx.now });
  if (!(await changeValidInvoice(ctx.db, { orderId: order._id, current: null, voidReason: '', reversal: null, next, now: ctx.now }))) {
    const winner = await ctx.db.get<InvoiceDoc>('invoices', id);
    if (!winner) throw new AppError(ErrorCode.STATE_CONFLICT, ALREADY_ISSUED);
    return withPdf(ctx.ports, winner);
  }
  return withPdf(ctx.ports, next);
}

/**
 * Voids `old` and issues a new invoice with the corrected title, in one transaction; the old one
 * keeps its number and its PDF becomes a copy with the 已作废 watermark.
 */
export async function reissueInvoice(
  ctx: Ctx,
  old: InvoiceDoc,
  order: OrderDoc,
  title: InvoiceTitle,
  requestId: string,
): Promise<{ invoice: InvoiceDoc; voided: InvoiceDoc }> {
  const id = invoiceIdOf(ctx.user(), requestId);
  const outcome = async (invoice: InvoiceDoc) => {
    const voided = (await ctx.db.get<InvoiceDoc>('invoices', old._id)) ?? old;
    return { invoice: await withPdf(ctx.ports, invoice), voided: await withPdf(ctx.ports, voided) };
  };
  const first = await earlierResult(ctx, id, (d) => d.replaces === old._id);
  if (first) return outcome(first);
  if (old.status !== InvoiceStatus.valid) throw new AppError(ErrorCode.STATE_CONFLICT, ALREADY_VOID);
  const amounts = checked(ctx, order, title);
  const number = await nextNumber(ctx.db, order.hospitalId, ctx.now);
  const next = invoiceRecord({ id, order, amounts, title, email: old.email, requestId, number, replaces: old._id, now: ctx.now });
  const changed = await changeValidInvoice(ctx.db, {
    orderId: order._id,
    current: old,
    voidReason: `抬头更正，已重开发票 ${number}`,
    reversal: null,
    next,
    now: ctx.now,
  });
  if (changed) {
    await removeReplacedPdf(ctx.ports, old);
    return outcome(next);
  }
  const winner = await ctx.db.get<InvoiceDoc>('invoices', id);
  if (!winner) throw new AppError(ErrorCode.STATE_CONFLICT, ALREADY_VOID);
  return outcome(winner);
}
