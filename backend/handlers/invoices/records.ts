/**
 * Invoice records without their PDFs (so the billing functions that follow refunds do not carry
 * the PDF renderer): numbers from a per-hospital, per-day counter, new invoice documents, and the
 * one transaction that changes which invoice of an order is valid (InvoiceClaimDoc).
 */
import { randomBytes } from 'node:crypto';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { InvoiceTitle } from '../../../miniprogram/shared/invoice-title';
import { shanghaiDate } from '../../../miniprogram/shared/time';
import type { OrderDoc } from '../../domain/billing/docs';
import type { SettledAmounts } from '../../domain/invoices/amounts';
import { rmbCapital } from '../../domain/invoices/capital';
import { InvoiceStatus, type InvoiceClaimDoc, type InvoiceCounterDoc, type InvoiceDoc, type InvoiceReversalDoc } from '../../domain/invoices/docs';
import { hospitalInvoiceCode, invoiceNumber, MAX_DAILY_SEQUENCE, verificationCode } from '../../domain/invoices/numbering';
import { privatePath } from '../../private-files';
import { DuplicateKeyError, type Db, type Ports } from '../../ports';
import { AppError } from '../framework/app-error';

/** How often a number claim is tried again when other claims win the counter first. */
const CLAIM_ATTEMPTS = 50;

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

/** A new number of the hospital's day of `now`. */
export async function nextNumber(db: Db, hospitalId: string, now: number): Promise<string> {
  const day = shanghaiDate(now);
  return invoiceNumber(hospitalInvoiceCode(hospitalId), day, await claimSequence(db, hospitalId, day));
}

/** A private, unguessable path for an invoice's PDF (a new one for its void copy). */
const invoicePdfPath = (hospitalId: string): string => privatePath(`invoices/${hospitalId}`, 'pdf');

export interface InvoiceDraft {
  id: string;
  order: OrderDoc;
  amounts: SettledAmounts;
  title: InvoiceTitle;
  email: string;
  requestId: string;
  number: string;
  replaces: string;
  now: number;
}

/** A valid invoice whose PDF is not rendered yet (fileId ''). */
export function invoiceRecord(d: InvoiceDraft): InvoiceDoc {
  const { order, amounts } = d;
  return {
    _id: d.id,
    hospitalId: order.hospitalId,
    hospitalName: order.hospitalName,
    openid: order.openid,
    orderId: order._id,
    requestId: d.requestId,
    validKey: order._id,
    number: d.number,
    verificationCode: verificationCode(randomBytes(16)),
    status: InvoiceStatus.valid,
    title: d.title,
    email: d.email,
    patientName: order.patientName,
    departmentName: order.departmentName,
    doctorName: order.doctorName,
    orderTitle: order.title,
    issueDate: shanghaiDate(d.now),
    issuedAt: d.now,
    lines: amounts.lines,
    paidFen: amounts.paidFen,
    refundedFen: amounts.refundedFen,
    totalFen: amounts.totalFen,
    totalCapital: rmbCapital(amounts.totalFen),
    fileId: '',
    filePath: invoicePdfPath(order.hospitalId),
    fileSize: 0,
    voidedAt: null,
    voidReason: '',
    replaces: d.replaces,
    replacedBy: '',
  };
}

export const claimIdOf = (orderId: string): string => `ivc-${orderId}`;

/** The order's valid invoice: the one its claim names (an invoice issued before claims existed: by its validKey). */
export async function validInvoiceOf(db: Db, orderId: string): Promise<InvoiceDoc | null> {
  const claim = await db.get<InvoiceClaimDoc>('invoiceClaims', claimIdOf(orderId));
  if (claim) return claim.invoiceId ? db.get<InvoiceDoc>('invoices', claim.invoiceId) : null;
  const [earlier] = await db.find<InvoiceDoc>('invoices', { where: { validKey: orderId }, limit: 1 });
  return earlier ?? null;
}

export interface ValidChange {
  orderId: string;
  /** The valid invoice the caller saw (null: none); nothing changes unless it still is the valid one. */
  current: InvoiceDoc | null;
  /** Why `current` is voided. */
  voidReason: string;
  reversal: InvoiceReversalDoc | null;
  /** The new valid invoice, or null (the order is left without one). */
  next: InvoiceDoc | null;
  now: number;
}

/**
 * In one transaction: voids `current` (its PDF to be rendered again as the 已作废 copy at a new
 * path), writes the reversal and the next invoice, and points the order's claim at the next one.
 * False when another change came first.
 */
export async function changeValidInvoice(db: Db, c: ValidChange): Promise<boolean> {
  const currentId = c.current?._id ?? '';
  return db
    .transaction(async (tx) => {
      const claim = await tx.get<InvoiceClaimDoc>('invoiceClaims', claimIdOf(c.orderId));
      if ((claim ? claim.invoiceId : currentId) !== currentId) return false;
      if (c.current) {
        const stored = await tx.get<InvoiceDoc>('invoices', c.current._id);
        if (!stored || stored.status !== InvoiceStatus.valid) return false;
        await tx.updateById('invoices', stored._id, {
          set: {
            status: InvoiceStatus.void,
            validKey: `void:${stored._id}`,
            voidedAt: c.now,
            voidReason: c.voidReason,
            replacedBy: c.next?._id ?? '',
            fileId: '',
            filePath: invoicePdfPath(stored.hospitalId),
            fileSize: 0,
          },
        });
      }
      if (c.reversal) await tx.insert('invoiceReversals', c.reversal);
      if (c.next) await tx.insert('invoices', c.next);
      await tx.set<InvoiceClaimDoc>('invoiceClaims', {
        _id: claimIdOf(c.orderId),
        orderId: c.orderId,
        invoiceId: c.next?._id ?? '',
        invoicedFen: c.next?.totalFen ?? 0,
        updatedAt: c.now,
      });
      return true;
    })
    .catch((e: unknown) => {
      if (e instanceof DuplicateKeyError) return false;
      throw e;
    });
}

/** Deletes the PDF a voided invoice had before (its link then stops working); best effort. */
export async function removeReplacedPdf(ports: Ports, before: InvoiceDoc): Promise<void> {
  if (before.fileId === '') return;
  await ports.files.remove(before.fileId).catch((e: unknown) => {
    ports.logger.error('invoice file not removed', { invoiceId: before._id, error: e instanceof Error ? e.message : String(e) });
  });
}
