/**
 * An invoice's PDF, rendered only after its record is written: by the request that issued it, or
 * — when that request stopped between the record and the file — by the next link asked for it.
 * A void invoice's PDF is its 已作废 copy at a new path (records.ts deletes the original).
 */
import { shanghaiDate, shanghaiTime } from '../../../miniprogram/shared/time';
import { InvoiceStatus, type InvoiceDoc, type InvoicePdfData } from '../../domain/invoices/docs';
import { groupedCode } from '../../domain/invoices/numbering';
import type { Ports } from '../../ports';

/** How often a render is tried again when the invoice changed (was voided) meanwhile. */
const RENDER_ATTEMPTS = 3;

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
    orderTitle: d.orderTitle,
    lines: d.lines,
    paidFen: d.paidFen,
    refundedFen: d.refundedFen,
    totalFen: d.totalFen,
    totalCapital: d.totalCapital,
    issuedAt: d.issuedAt,
    replacesNumber,
    voided:
      d.status === InvoiceStatus.void && d.voidedAt !== null ? { at: `${shanghaiDate(d.voidedAt)} ${shanghaiTime(d.voidedAt)}`, reason: d.voidReason } : null,
  };
}

/**
 * The invoice with its PDF stored: renders it when missing and records the file only if the
 * invoice is still as rendered; a render that lost to a change is deleted and done again.
 */
export async function withPdf(ports: Ports, invoice: InvoiceDoc): Promise<InvoiceDoc> {
  let d = invoice;
  for (let attempt = 0; attempt < RENDER_ATTEMPTS && d.fileId === ''; attempt++) {
    const replaced = d.replaces ? await ports.db.get<InvoiceDoc>('invoices', d.replaces) : null;
    const stored = await ports.files.put(d.filePath, await ports.invoiceRenderer.render(pdfData(d, replaced?.number ?? '')), 'application/pdf');
    const file = { fileId: stored.fileId, fileSize: stored.size };
    if ((await ports.db.update('invoices', { _id: d._id, status: d.status, filePath: d.filePath, fileId: '' }, { set: file })) === 1) return { ...d, ...file };
    const now = await ports.db.get<InvoiceDoc>('invoices', d._id);
    if (!now) throw new Error(`invoice ${d._id} disappeared`);
    if (now.fileId !== stored.fileId) await ports.files.remove(stored.fileId);
    d = now;
  }
  if (d.fileId === '') throw new Error(`invoice ${d._id} kept changing while its PDF was rendered`);
  return d;
}
