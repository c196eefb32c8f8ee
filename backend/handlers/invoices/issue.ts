/**
 * Issuing and re-issuing invoices, exact under retries and races:
 * - the invoice id comes from the caller and the request id, so a retry finds the first invoice;
 * - a unique key (`validKey` = the order id while valid) lets an order hold one valid invoice;
 * - numbers come from a per-hospital, per-day counter claimed by a conditional update;
 * - every file is stored before the database write that points to it, and a re-issue voids the
 *   old invoice and inserts the new one in one transaction.
 * Two racing requests may each claim a number; the loser's number is left unused (a gap).
 */
import { createHash, randomBytes } from 'node:crypto';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { InvoiceTitle } from '../../../miniprogram/shared/invoice-title';
import { shanghaiDate, shanghaiTime } from '../../../miniprogram/shared/time';
import { renderInvoicePdf, unsupportedCharacters, type InvoicePdfData } from '../../adapters/pdf/invoice-pdf';
import type { OrderDoc } from '../../domain/billing/docs';
import { invoiceAmounts } from '../../domain/invoices/amounts';
import { rmbCapital } from '../../domain/invoices/capital';
import { InvoiceStatus, type InvoiceCounterDoc, type InvoiceDoc } from '../../domain/invoices/docs';
import { groupedCode, hospitalInvoiceCode, invoiceNumber, MAX_DAILY_SEQUENCE, verificationCode } from '../../domain/invoices/numbering';
import { DuplicateKeyError, type Db } from '../../ports';
import { AppError } from '../framework/app-error';
import type { Ctx } from '../framework/context';

/** How often a number claim is tried again when other claims win the counter first. */
const CLAIM_ATTEMPTS = 50;

export function invoiceIdOf(openid: string, requestId: string): string {
  return `inv-${createHash('sha256').update(`${openid}|${requestId}`).digest('hex').slice(0, 24)}`;
}

/** The next sequence of the hospital's day: read the counter, then claim seq + 1 only if it is unchanged. */
export async function claimSequence(db: Db, hospitalId: string, day: string): Promise<number> {
  const id = `ic-${hospitalId}-${day.replace(/-/g, '')}`;
  for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
    const counter = await db.get<InvoiceCounterDoc>('invoiceCounters', id);
    if (!counter) {
      try {
        await db.insert<InvoiceCounterDoc>('invoiceCounters', { _id: id, hospitalId, day, seq: 1 });
        return 1;
      } catch (e) {
        if (e instanceof DuplicateKeyError) continue;
        throw e;
      }
    }
    if (counter.seq >= MAX_DAILY_SEQUENCE) throw new AppError(ErrorCode.LIMIT_REACHED, '今日发票号码已用完，请明日再开具');
    if ((await db.update('invoiceCounters', { _id: id, seq: counter.seq }, { set: { seq: counter.seq + 1 } })) === 1) return counter.seq + 1;
  }
  throw new AppError(ErrorCode.STATE_CONFLICT, '开票繁忙，请稍后重试');
}

export const pdfPath = (d: Pick<InvoiceDoc, 'hospitalId' | 'number'>, voided = false): string =>
  `invoices/${d.hospitalId}/${d.number}${voided ? '.void' : ''}.pdf`;

function pdfData(d: InvoiceDoc, replacesNumber: string): InvoicePdfData {
  return {
    hospitalName: d.hospitalName,
    number: d.number,
    verificationCode: groupedCode(d.verificationCode),
    issueDate: d.issueDate,
    title: d.title,
    patientName: d.patientName,
    departmentName: d.departmentName,
    doctorName: d.doctorName,
    orderId: d.orderId,
    lines: d.lines,
    paidFen: d.paidFen,
    refundedFen: d.refundedFen,
    totalFen: d.totalFen,
    totalCapital: d.totalCapital,
    issuedAt: d.issuedAt,
    replacesNumber,
    voided: d.status === InvoiceStatus.void && d.voidedAt !== null ? { at: `${shanghaiDate(d.voidedAt)} ${shanghaiTime(d.voidedAt)}`, reason: d.voidReason } : null,
  };
}

async function storePdf(ctx: Ctx, d: InvoiceDoc, replacesNumber: string): Promise<Pick<InvoiceDoc, 'fileId' | 'filePath' | 'fileSize'>> {
  const path = pdfPath(d, d.status === InvoiceStatus.void);
  const stored = await ctx.ports.files.put(path, await renderInvoicePdf(pdfData(d, replacesNumber)), 'application/pdf');
  return { fileId: stored.fileId, filePath: path, fileSize: stored.size };
}

interface Draft {
  id: string;
  order: OrderDoc;
  title: InvoiceTitle;
  email: string;
  requestId: string;
  replaces: InvoiceDoc | null;
}

/** Checks the order and the title, claims a number, renders and stores the PDF: the invoice to insert. */
async function prepare(ctx: Ctx, draft: Draft): Promise<InvoiceDoc> {
  const amounts = invoiceAmounts(draft.order);
  if (!amounts.ok) throw new AppError(ErrorCode.STATE_CONFLICT, amounts.reason);
  const missing = unsupportedCharacters(draft.title.name);
  if (missing.length > 0) throw new AppError(ErrorCode.VALIDATION_FAILED, `抬头中的“${missing.join('')}”暂不能打印在电子发票上，请到收费窗口开具`, 'titleName');
  const { order } = draft;
  const day = shanghaiDate(ctx.now);
  const seq = await claimSequence(ctx.db, order.hospitalId, day);
  const doc: InvoiceDoc = {
    _id: draft.id,
    hospitalId: order.hospitalId,
    hospitalName: order.hospitalName,
    openid: order.openid,
    orderId: order._id,
    requestId: draft.requestId,
    validKey: order._id,
    number: invoiceNumber(hospitalInvoiceCode(order.hospitalId), day, seq),
    verificationCode: verificationCode(randomBytes(16)),
    status: InvoiceStatus.valid,
    title: draft.title,
    email: draft.email,
    patientName: order.patientName,
    departmentName: order.departmentName,
    doctorName: order.doctorName,
    orderTitle: order.title,
    issueDate: day,
    issuedAt: ctx.now,
    lines: amounts.lines,
    paidFen: amounts.paidFen,
    refundedFen: amounts.refundedFen,
    totalFen: amounts.totalFen,
    totalCapital: rmbCapital(amounts.totalFen),
    fileId: '',
    filePath: '',
    fileSize: 0,
    voidedAt: null,
    voidReason: '',
    replaces: draft.replaces?._id ?? '',
    replacedBy: '',
  };
  return { ...doc, ...(await storePdf(ctx, doc, draft.replaces?.number ?? '')) };
}

/** The invoice a request id already produced for the caller, if any; a different use of the id is refused. */
export async function earlierResult(ctx: Ctx, id: string, matches: (d: InvoiceDoc) => boolean): Promise<InvoiceDoc | null> {
  const first = await ctx.db.get<InvoiceDoc>('invoices', id);
  if (!first) return null;
  if (!matches(first)) throw new AppError(ErrorCode.VALIDATION_FAILED, '请求编号已用于另一张发票', 'requestId');
  return first;
}

export async function validInvoiceOf(ctx: Ctx, orderId: string): Promise<InvoiceDoc | null> {
  const [valid] = await ctx.db.find<InvoiceDoc>('invoices', { where: { validKey: orderId }, limit: 1 });
  return valid ?? null;
}

/** Issues the order's invoice once. */
export async function issueInvoice(ctx: Ctx, order: OrderDoc, title: InvoiceTitle, email: string, requestId: string): Promise<InvoiceDoc> {
  const id = invoiceIdOf(ctx.user(), requestId);
  const first = await earlierResult(ctx, id, (d) => d.orderId === order._id && d.replaces === '');
  if (first) return first;
  if (await validInvoiceOf(ctx, order._id)) throw new AppError(ErrorCode.STATE_CONFLICT, '该订单已开具发票；如需修改抬头，请使用“修改抬头重开”');
  const doc = await prepare(ctx, { id, order, title, email, requestId, replaces: null });
  try {
    await ctx.db.insert('invoices', doc);
    return doc;
  } catch (e) {
    if (!(e instanceof DuplicateKeyError)) throw e;
    const winner = await ctx.db.get<InvoiceDoc>('invoices', id);
    if (winner) return winner;
    throw new AppError(ErrorCode.STATE_CONFLICT, '该订单已开具发票；如需修改抬头，请使用“修改抬头重开”');
  }
}

/**
 * Voids `old` and issues a new invoice with the corrected title, in one transaction; the old one
 * keeps its number and points to a copy of its PDF with the 已作废 watermark.
 */
export async function reissueInvoice(ctx: Ctx, old: InvoiceDoc, order: OrderDoc, title: InvoiceTitle, requestId: string): Promise<{ invoice: InvoiceDoc; voided: InvoiceDoc }> {
  const id = invoiceIdOf(ctx.user(), requestId);
  const first = await earlierResult(ctx, id, (d) => d.replaces === old._id);
  if (first) return { invoice: first, voided: (await ctx.db.get<InvoiceDoc>('invoices', old._id)) ?? old };
  if (old.status !== InvoiceStatus.valid) throw new AppError(ErrorCode.STATE_CONFLICT, '该发票已作废，请刷新后查看新发票');
  const next = await prepare(ctx, { id, order, title, email: old.email, requestId, replaces: old });
  const voidedDoc: InvoiceDoc = {
    ...old,
    status: InvoiceStatus.void,
    validKey: `void:${old._id}`,
    voidedAt: ctx.now,
    voidReason: `抬头更正，已重开发票 ${next.number}`,
    replacedBy: next._id,
  };
  const voidFile = await storePdf(ctx, voidedDoc, '');
  const outcome = await ctx.db
    .transaction(async (tx) => {
      const current = await tx.get<InvoiceDoc>('invoices', old._id);
      if (!current || current.status !== InvoiceStatus.valid) return 'stale' as const;
      await tx.updateById('invoices', old._id, {
        set: { status: voidedDoc.status, validKey: voidedDoc.validKey, voidedAt: voidedDoc.voidedAt, voidReason: voidedDoc.voidReason, replacedBy: next._id, fileId: voidFile.fileId, filePath: voidFile.filePath, fileSize: voidFile.fileSize },
      });
      await tx.insert('invoices', next);
      return 'done' as const;
    })
    .catch((e: unknown) => {
      if (e instanceof DuplicateKeyError) return 'stale' as const;
      throw e;
    });
  if (outcome === 'stale') {
    const winner = await ctx.db.get<InvoiceDoc>('invoices', id);
    if (winner) return { invoice: winner, voided: (await ctx.db.get<InvoiceDoc>('invoices', old._id)) ?? old };
    throw new AppError(ErrorCode.STATE_CONFLICT, '该发票已作废，请刷新后查看新发票');
  }
  return { invoice: next, voided: { ...voidedDoc, ...voidFile } };
}
