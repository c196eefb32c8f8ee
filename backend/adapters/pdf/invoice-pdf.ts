/**
 * Renders an e-invoice (电子发票（门诊收费）) as an A4 PDF with pdf-lib. The Chinese text is set in
 * Peizhen Invoice Sans SC (fonts/: a GB 2312 subset of Noto Sans CJK SC, SIL OFL 1.1), embedded as
 * a per-document subset, so a one-page invoice is a few tens of KB.
 *
 * The font is read from `fonts/` beside this module: in the repository that is this folder; in a
 * deployed cloud function, `npm run build` copies it to `cloudfunctions/invoices/fonts/` beside the
 * bundled index.js, where `__dirname` points.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { InvoicePdfData } from '../../domain/invoices/docs';

export const INVOICE_FONT_FILE = 'PeizhenInvoiceSansSC-Regular.ttf';
/** The font's folder relative to this module (and to a bundled cloud function's index.js). */
export const INVOICE_FONT_DIR = 'fonts';

/** Drawn in place of a character the font does not have (a GB 2312 subset lacks rare hanzi). */
export const MISSING_GLYPH = '□';

let fontBytes: Uint8Array | null = null;
let characterSet: Set<number> | null = null;

function invoiceFont(): Uint8Array {
  if (!fontBytes) {
    const file = readFileSync(join(__dirname, INVOICE_FONT_DIR, INVOICE_FONT_FILE));
    // A copy in this realm's Uint8Array: pdf-lib checks `instanceof Uint8Array`.
    fontBytes = new Uint8Array(file.byteLength);
    fontBytes.set(file);
  }
  return fontBytes;
}

function supported(): Set<number> {
  if (!characterSet) characterSet = new Set(fontkit.create(invoiceFont()).characterSet);
  return characterSet;
}

/** The characters of `text` the invoice font cannot draw, each once: '王喆' → ['喆']. */
export function unsupportedCharacters(text: string): string[] {
  const set = supported();
  return [...new Set([...text].filter((c) => c.trim() !== '' && !set.has(c.codePointAt(0) ?? 0)))];
}

function printable(text: string): string {
  const set = supported();
  return [...text].map((c) => (c === ' ' || set.has(c.codePointAt(0) ?? 0) ? c : MISSING_GLYPH)).join('');
}

const yuan = (fen: number): string => `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;

function zhDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${y}年${m}月${d}日`;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 42;
const INK = rgb(0.13, 0.13, 0.13);
const MUTED = rgb(0.42, 0.42, 0.45);
const RED = rgb(0.66, 0.12, 0.12);
const RULE = rgb(0.66, 0.3, 0.3);

/** Table columns: x of each column's left edge, and the right edge of the amount columns. */
const COL = { category: MARGIN + 8, name: MARGIN + 84, quantity: 356, unit: 374, price: 468, amount: A4[0] - MARGIN - 8 };
const ROW = 20;

interface Text {
  size?: number;
  color?: RGB;
}

/** A page being written from the top down. */
class Sheet {
  page: PDFPage;
  y: number;

  constructor(
    private readonly doc: PDFDocument,
    readonly font: PDFFont,
  ) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  text(value: string, x: number, y: number, { size = 10, color = INK }: Text = {}): void {
    this.page.drawText(printable(value), { x, y, size, font: this.font, color });
  }

  width(value: string, size: number): number {
    return this.font.widthOfTextAtSize(printable(value), size);
  }

  right(value: string, xRight: number, y: number, style: Text = {}): void {
    this.text(value, xRight - this.width(value, style.size ?? 10), y, style);
  }

  center(value: string, y: number, style: Text = {}): void {
    this.text(value, (A4[0] - this.width(value, style.size ?? 10)) / 2, y, style);
  }

  /** `value` cut with … to fit `max` points. */
  fit(value: string, max: number, size: number): string {
    if (this.width(value, size) <= max) return value;
    let cut = [...value];
    while (cut.length > 1 && this.width(`${cut.join('')}…`, size) > max) cut = cut.slice(0, -1);
    return `${cut.join('')}…`;
  }

  rule(y: number, thickness = 0.8, color = RULE): void {
    this.page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness, color });
  }

  /** Starts a new page when fewer than `needed` points are left above the footer. */
  ensure(needed: number, continued: () => void): void {
    if (this.y - needed >= MARGIN + 60) return;
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
    continued();
  }
}

function header(s: Sheet, d: InvoicePdfData): void {
  s.center(d.hospitalName, s.y - 14, { size: 14 });
  s.center('电子发票（门诊收费）', s.y - 44, { size: 22, color: RED });
  s.y -= 60;
  s.rule(s.y, 1.6);
  s.rule(s.y - 3, 0.6);
  s.y -= 22;
  s.text(`发票号码：${d.number}`, MARGIN, s.y, { size: 11 });
  s.right(`开票日期：${zhDate(d.issueDate)}`, A4[0] - MARGIN, s.y, { size: 11 });
  s.y -= 18;
  s.text(`校验码：${d.verificationCode}`, MARGIN, s.y, { size: 11 });
  if (d.replacesNumber) s.right(`替代已作废发票 ${d.replacesNumber}`, A4[0] - MARGIN, s.y, { size: 9, color: MUTED });
  s.y -= 14;
}

function buyer(s: Sheet, d: InvoicePdfData): void {
  const top = s.y;
  const company = d.title.type === 'company';
  const rows: Array<[string, string]> = [
    ['抬头类型', company ? '单位' : '个人'],
    [company ? '单位名称' : '交款人', d.title.name],
    ...(company ? [['统一社会信用代码', d.title.taxCode] as [string, string]] : []),
    ['就诊人', d.patientName],
    ['就诊科室', [d.departmentName, d.doctorName].filter((x) => x).join(' · ') || '—'],
    ['收费项目', d.orderTitle],
  ];
  s.y -= 18;
  for (const [label, value] of rows) {
    s.text(`${label}：`, MARGIN + 8, s.y, { size: 10, color: MUTED });
    s.text(s.fit(value, 380, 11), MARGIN + 110, s.y, { size: 11 });
    s.y -= 18;
  }
  s.page.drawRectangle({ x: MARGIN, y: s.y + 6, width: A4[0] - 2 * MARGIN, height: top - s.y - 6, borderColor: RULE, borderWidth: 0.8 });
  s.y -= 10;
}

function tableHead(s: Sheet): void {
  s.page.drawRectangle({ x: MARGIN, y: s.y - 6, width: A4[0] - 2 * MARGIN, height: ROW, color: rgb(0.97, 0.93, 0.93) });
  s.text('项目类别', COL.category, s.y, { size: 10, color: MUTED });
  s.text('项目名称', COL.name, s.y, { size: 10, color: MUTED });
  s.right('数量', COL.quantity, s.y, { size: 10, color: MUTED });
  s.text('单位', COL.unit, s.y, { size: 10, color: MUTED });
  s.right('单价（元）', COL.price, s.y, { size: 10, color: MUTED });
  s.right('金额（元）', COL.amount, s.y, { size: 10, color: MUTED });
  s.y -= ROW + 2;
}

function items(s: Sheet, d: InvoicePdfData): void {
  const continued = () => {
    s.text(`${d.hospitalName}  电子发票（门诊收费）  发票号码：${d.number}（续）`, MARGIN, s.y - 10, { size: 10, color: MUTED });
    s.y -= 30;
    tableHead(s);
  };
  tableHead(s);
  for (const line of d.lines) {
    s.ensure(ROW * 2, continued);
    s.text(line.label, COL.category, s.y, { size: 11 });
    s.right(yuan(line.amountFen), COL.amount, s.y, { size: 11 });
    s.y -= ROW;
    for (const item of line.items) {
      s.ensure(ROW, continued);
      s.text(s.fit(item.name, COL.quantity - COL.name - 40, 10), COL.name, s.y, { size: 10 });
      s.right(String(item.quantity), COL.quantity, s.y, { size: 10 });
      s.text(s.fit(item.unit, 36, 10), COL.unit, s.y, { size: 10 });
      s.right(yuan(item.unitFen), COL.price, s.y, { size: 10 });
      s.right(yuan(item.amountFen), COL.amount, s.y, { size: 10 });
      s.y -= ROW;
    }
  }
  s.rule(s.y + 12, 0.6);
}

function totals(s: Sheet, d: InvoicePdfData): void {
  s.ensure(ROW * 4, () => undefined);
  s.y -= 6;
  if (d.refundedFen > 0) {
    s.text('实收金额', COL.category, s.y, { size: 10, color: MUTED });
    s.right(yuan(d.paidFen), COL.amount, s.y, { size: 10, color: MUTED });
    s.y -= ROW;
    s.text('减：已退款', COL.category, s.y, { size: 10, color: MUTED });
    s.right(yuan(-d.refundedFen), COL.amount, s.y, { size: 10, color: MUTED });
    s.y -= ROW;
  }
  s.text(`合计（大写）：${d.totalCapital}`, COL.category, s.y, { size: 12 });
  s.right(`（小写）¥${yuan(d.totalFen)}`, COL.amount, s.y, { size: 12 });
  s.y -= 12;
  s.rule(s.y, 1.6);
  s.y -= 22;
  s.text(`收款单位：${d.hospitalName}`, MARGIN, s.y, { size: 10 });
  s.right('开具方式：线上自助开具', A4[0] - MARGIN, s.y, { size: 10 });
  s.y -= 16;
  s.text('凭发票号码和校验码可向收款单位查验。', MARGIN, s.y, { size: 9, color: MUTED });
}

function watermark(doc: PDFDocument, font: PDFFont, voided: { at: string; reason: string }): void {
  for (const page of doc.getPages()) {
    page.drawText('已作废', { x: 150, y: 330, size: 110, font, color: RED, opacity: 0.22, rotate: degrees(30) });
    page.drawText(printable(`本发票已于 ${voided.at} 作废：${voided.reason}`), { x: MARGIN, y: MARGIN, size: 10, font, color: RED });
  }
}

/** The invoice as PDF bytes. */
export async function renderInvoicePdf(d: InvoicePdfData): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(invoiceFont(), { subset: true });
  const at = new Date(d.issuedAt);
  doc.setTitle(`${d.hospitalName} 电子发票 ${d.number}`);
  doc.setSubject('电子发票（门诊收费）');
  doc.setCreator('Peizhen 智慧陪诊');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(at);
  doc.setModificationDate(at);
  const s = new Sheet(doc, font);
  header(s, d);
  buyer(s, d);
  items(s, d);
  totals(s, d);
  if (d.voided) watermark(doc, font, d.voided);
  return doc.save({ useObjectStreams: false });
}
