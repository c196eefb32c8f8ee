/**
 * E-invoices on the real store: issued once per order, retries answer the first, a title correction
 * voids and re-issues, refunds and other accounts are refused, and the PDF really contains the
 * invoice (its text extracted by pdf.js, as a viewer reads it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudDb } from '../../backend/adapters/cloud/cloud-db';
import { collections } from '../../backend/collections';
import type { OrderDoc } from '../../backend/domain/billing/docs';
import type { InvoiceDoc, InvoiceReversalDoc } from '../../backend/domain/invoices/docs';
import { hospitalInvoiceCode } from '../../backend/domain/invoices/numbering';
import { claimSequence } from '../../backend/handlers/invoices/records';
import { invoicesFollowMoney, sweepInvoicesAfterRefunds } from '../../backend/handlers/invoices/follow-refund';
import { createEmulator } from '../../backend/dev-server/server';
import { functions } from '../../backend/functions';
import { hospitals } from '../../backend/dev-server/seed/content/hospitals';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { InvoiceDay, InvoiceSummary, InvoiceView, OrderInvoiceState } from '../../miniprogram/shared/dto/invoices';
import type { Envelope } from '../../miniprogram/shared/envelope';
import { bundleFunctions } from '../../scripts/build';
import type { Files } from '../../backend/ports';
import { FROZEN_NOW, startLocalSystem, TEST_FILES_DIR, type LocalSystem } from '../support/local-system';
import { deliver, orderDoc, payInSandbox, startPaidBooking } from '../support/payment-fixtures';
import { createWxServerSdkStub } from '../support/wx-server-sdk-stub';

const stub = createWxServerSdkStub({ collections });
jest.mock('wx-server-sdk', () => stub, { virtual: true });

const ADMIN = 'platform-admin';
const PATIENT = 'demo-patient';
const COMPANY = { titleType: 'company', titleName: '深圳市腾讯计算机系统有限公司', taxCode: '91440300708461136T' };
const PERSON = { titleType: 'personal', titleName: '张建国' };
/** Where an invoice's PDF is stored: a private folder and 128 random bits, nothing guessable. */
const PRIVATE_PDF = /^private\/invoices\/h-zzcentral\/[0-9a-f]{32}\.pdf$/;

let sys: LocalSystem;
let pdfs: Map<string, Uint8Array>;

beforeEach(async () => {
  sys = await startLocalSystem({ adminOpenids: [ADMIN] });
  pdfs = new Map();
  const files: Files = sys.ports.files;
  const put = files.put.bind(files);
  jest.spyOn(files, 'put').mockImplementation(async (path, content, type) => {
    pdfs.set(path, content);
    return put(path, content, type);
  });
});

/** A paid registration order of demo-patient (¥35, 张建国, 心血管内科 陈立民). */
async function paidOrder(n = 1): Promise<string> {
  const b = await startPaidBooking(sys, n);
  await deliver(sys, await payInSandbox(sys, b.outTradeNo));
  expect((await orderDoc(sys, b.orderId)).status).toBe('paid');
  return b.orderId;
}

const request = (orderId: string, requestId: string, title: Record<string, string> = COMPANY, openid = PATIENT) =>
  sys.call<{ invoice: InvoiceView }>('invoices', openid, { action: 'request', orderId, requestId, ...title });
const invoiceOf = async (orderId: string, requestId: string, title: Record<string, string> = COMPANY) => {
  const res = await request(orderId, requestId, title);
  if (!res.ok) throw new Error(`${res.error.code} ${res.error.message}`);
  return res.data.invoice;
};
const stored = (id: string) => sys.ports.db.get<InvoiceDoc>('invoices', id);
/** An invoice's PDF as stored through the Files port (asking for its link renders one still missing). */
async function pdfOf(invoiceId: string): Promise<Uint8Array> {
  await sys.ok('invoices', PATIENT, { action: 'link', invoiceId });
  const doc = await stored(invoiceId);
  const bytes = doc ? pdfs.get(doc.filePath) : undefined;
  if (!bytes) throw new Error(`no PDF stored for ${invoiceId}`);
  return bytes;
}

/** The text of each page as pdf.js extracts it (run in a child process: pdf.js is an ES module). */
function pdfText(bytes: Uint8Array): { numPages: number; pages: string[] } {
  const script = `
    import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
    const chunks = [];
    for await (const c of process.stdin) chunks.push(c);
    const doc = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), verbosity: 0 }).promise;
    const pages = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(content.items.map((item) => item.str ?? '').join(''));
    }
    process.stdout.write(JSON.stringify({ numPages: doc.numPages, pages }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { input: Buffer.from(bytes), cwd: join(__dirname, '..', '..') });
  return JSON.parse(out.toString('utf8')) as { numPages: number; pages: string[] };
}

describe('issuing', () => {
  it('issues one invoice for a paid order and stores its PDF as a private file at an unguessable path', async () => {
    const orderId = await paidOrder();
    const invoice = await invoiceOf(orderId, 'req-inv-00001');
    const code = hospitalInvoiceCode('h-zzcentral');
    expect(invoice).toMatchObject({
      orderId,
      number: `${code}20261125000001`,
      status: 'valid',
      statusLabel: '有效',
      titleType: 'company',
      titleTypeLabel: '单位',
      titleName: '深圳市腾讯计算机系统有限公司',
      taxCode: '91440300708461136T',
      hospitalName: '郑州康宁医院',
      patientName: '张建国',
      issueDate: '2026-11-25',
      totalFen: 3500,
      totalText: '¥35.00',
      totalCapital: '叁拾伍元整',
      lines: [{ label: '挂号费', amountText: '¥35.00', items: [expect.objectContaining({ quantity: 1, unit: '次', amountText: '¥35.00' })] }],
    });
    expect(invoice.verificationCode).toMatch(/^\d{5} \d{5} \d{5} \d{5}$/);
    const doc = (await stored(invoice.id))!;
    expect(doc).toMatchObject({ validKey: orderId, fileId: `/files/${doc.filePath}` });
    expect(doc.filePath).toMatch(PRIVATE_PDF);
    expect(doc.filePath).not.toContain(invoice.number);
    expect(doc.fileSize).toBeGreaterThan(5_000);
    expect(invoice).not.toHaveProperty('downloadUrl');
    const { state } = await sys.ok<{ state: OrderInvoiceState }>('invoices', PATIENT, { action: 'forOrder', orderId });
    expect(state).toMatchObject({ invoiceable: false, reason: '', amountText: '¥35.00', invoice: { id: invoice.id }, voided: [] });
    const { invoices } = await sys.ok<{ invoices: InvoiceSummary[] }>('invoices', PATIENT, { action: 'mine' });
    expect(invoices.map((i) => i.id)).toEqual([invoice.id]);
  });

  it('answers the first invoice to a retried request, even five at once', async () => {
    const orderId = await paidOrder();
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => invoiceOf(orderId, 'req-inv-00002')));
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    expect(new Set(answers.map((a) => a.number)).size).toBe(1);
    expect(await sys.ports.db.count('invoices')).toBe(1);
    expect(await request(orderId, 'req-inv-00002', PERSON)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'requestId' } });
  });

  it('keeps one valid invoice per order when different requests race', async () => {
    const orderId = await paidOrder();
    const answers = await Promise.all(['req-inv-race-1', 'req-inv-race-2', 'req-inv-race-3'].map((r) => request(orderId, r)));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    for (const a of answers.filter((x) => !x.ok)) expect(a).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT' } });
    expect(await sys.ports.db.count('invoices', { orderId, status: 'valid' })).toBe(1);
    expect(pdfs.size).toBe(1);
    expect(await request(orderId, 'req-inv-later-1')).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT', message: expect.stringContaining('修改抬头重开') },
    });
  });

  it('numbers a hospital’s day from one counter, claimed exactly once each', async () => {
    const seqs = await Promise.all(Array.from({ length: 20 }, () => claimSequence(sys.ports.db, 'h-zzcentral', '2026-11-25')));
    expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await claimSequence(sys.ports.db, 'h-zzcentral', '2026-11-26')).toBe(1);
    expect(await claimSequence(sys.ports.db, 'h-xinyang-county', '2026-11-25')).toBe(1);
  });

  it('invoices what was finally paid after a partial refund', async () => {
    const orderId = await paidOrder();
    await sys.ok('orders', 'demo-billing-zz', { action: 'refund', orderId, amountFen: 1000, reason: '多收费用', requestId: 'req-refund-001' });
    expect(await orderDoc(sys, orderId)).toMatchObject({ status: 'partially_refunded', refundedFen: 1000 });
    const invoice = await invoiceOf(orderId, 'req-inv-00003', PERSON);
    expect(invoice).toMatchObject({
      totalFen: 2500,
      totalCapital: '贰拾伍元整',
      paidText: '¥35.00',
      refundedText: '¥10.00',
      titleTypeLabel: '个人',
      taxCode: '',
    });
    const text = pdfText(await pdfOf(invoice.id)).pages.join('');
    expect(text).toContain('减：已退款');
    expect(text).toContain('贰拾伍元整');
    // A person reads what was paid for, never the internal order id.
    expect(text).not.toContain(orderId);
    expect(text).not.toContain('订单编号');
    expect(text).toContain(`收费项目： ${(await orderDoc(sys, orderId)).title}`);
  });
});

describe('refusals', () => {
  it('refuses a fully refunded order and an unpaid one, writing nothing', async () => {
    const b = await startPaidBooking(sys);
    expect(await request(b.orderId, 'req-inv-00004')).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT', message: '订单尚未支付，不能开具发票' } });
    await deliver(sys, await payInSandbox(sys, b.outTradeNo));
    await sys.ok('booking', PATIENT, { action: 'cancel', appointmentId: b.appointmentId });
    await sys.runTimer('orders');
    expect(await orderDoc(sys, b.orderId)).toMatchObject({ status: 'refunded' });
    expect(await request(b.orderId, 'req-inv-00005')).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT', message: '订单已全额退款，不能开具发票' } });
    const { state } = await sys.ok<{ state: OrderInvoiceState }>('invoices', PATIENT, { action: 'forOrder', orderId: b.orderId });
    expect(state).toMatchObject({ invoiceable: false, reason: '订单已全额退款，不能开具发票', invoice: null, amountFen: 0 });
    expect(await sys.ports.db.count('invoices')).toBe(0);
    expect(await sys.ports.db.count('invoiceCounters')).toBe(0);
    expect(pdfs.size).toBe(0);
  });

  it('refuses a credit code with a wrong check character on the field taxCode', async () => {
    const orderId = await paidOrder();
    expect(await request(orderId, 'req-inv-00006', { ...COMPANY, taxCode: '91440300708461136A' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'taxCode', message: '统一社会信用代码校验位不正确，请核对' },
    });
    expect(await request(orderId, 'req-inv-00007', { titleType: 'company', titleName: '某某有限公司' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'taxCode' },
    });
    expect(await request(orderId, 'req-inv-00008', { titleType: 'personal', titleName: '王' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'titleName' },
    });
    expect(await request(orderId, 'req-inv-00009', { titleType: 'personal', titleName: '王喆' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'titleName', message: expect.stringContaining('“喆”') },
    });
    expect(await sys.ports.db.count('invoices')).toBe(0);
  });

  it('hides another account’s orders and invoices (NOT_FOUND)', async () => {
    const orderId = await paidOrder();
    const invoice = await invoiceOf(orderId, 'req-inv-00010');
    const other = 'demo-patient-2';
    expect(await request(orderId, 'req-inv-00011', COMPANY, other)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await sys.call('invoices', other, { action: 'forOrder', orderId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await sys.call('invoices', other, { action: 'get', invoiceId: invoice.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await sys.call('invoices', other, { action: 'reissue', invoiceId: invoice.id, ...PERSON, requestId: 'req-inv-00012' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await sys.ok<{ invoices: InvoiceSummary[] }>('invoices', other, { action: 'mine' })).invoices).toEqual([]);
    expect(await sys.call('invoices', null, { action: 'mine' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('lets billing staff of the hospital read invoices and list a day; billing of another hospital is FORBIDDEN', async () => {
    const orderId = await paidOrder();
    const invoice = await invoiceOf(orderId, 'req-inv-00013');
    const seen = await sys.ok<{ invoice: InvoiceView }>('invoices', 'demo-billing-zz', { action: 'get', invoiceId: invoice.id });
    expect(seen.invoice).toMatchObject({ number: invoice.number, titleName: COMPANY.titleName, email: '' });
    const { day } = await sys.ok<{ day: InvoiceDay }>('invoices', 'demo-billing-zz', { action: 'list', hospitalId: 'h-zzcentral', date: '2026-11-25' });
    expect(day).toMatchObject({ validCount: 1, voidCount: 0, validTotalFen: 3500, validTotalText: '¥35.00', invoices: [{ id: invoice.id }] });

    await sys.ok('staff', ADMIN, { action: 'grant', hospitalId: 'h-xinyang-county', openid: 'billing-xy-01', name: '李会计', role: 'billing' });
    expect(await sys.call('invoices', 'billing-xy-01', { action: 'get', invoiceId: invoice.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sys.call('invoices', 'billing-xy-01', { action: 'list', hospitalId: 'h-zzcentral', date: '2026-11-25' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await sys.call('invoices', 'demo-editor-zz', { action: 'list', hospitalId: 'h-zzcentral', date: '2026-11-25' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await sys.ok('invoices', 'billing-xy-01', { action: 'list', hospitalId: 'h-xinyang-county', date: '2026-11-25' })).toMatchObject({
      day: { invoices: [] },
    });
  });
});

describe('re-issuing after a title correction', () => {
  it('voids the old invoice with its reason and issues a new number; a retry answers the same', async () => {
    const orderId = await paidOrder();
    const first = await invoiceOf(orderId, 'req-inv-00014', PERSON);
    const reissue = (requestId: string, title: Record<string, string> = COMPANY) =>
      sys.call<{ invoice: InvoiceView; voided: InvoiceSummary }>('invoices', PATIENT, { action: 'reissue', invoiceId: first.id, requestId, ...title });

    expect(await reissue('req-inv-00015', PERSON)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'titleName', message: '新抬头与原发票相同，无需重开' },
    });
    const res = await reissue('req-inv-00016');
    if (!res.ok) throw new Error(res.error.message);
    const { invoice, voided } = res.data;
    expect(invoice).toMatchObject({ status: 'valid', titleName: COMPANY.titleName, taxCode: COMPANY.taxCode, replaces: first.id, totalFen: 3500 });
    expect(Number(invoice.number)).toBe(Number(first.number) + 1);
    expect(voided).toMatchObject({
      id: first.id,
      number: first.number,
      status: 'void',
      statusLabel: '已作废',
      replacedBy: invoice.id,
      voidReason: `抬头更正，已重开发票 ${invoice.number}`,
    });
    expect(await stored(first.id)).toMatchObject({ validKey: `void:${first.id}`, voidedAt: sys.ports.clock.now() });
    expect((await stored(first.id))!.filePath).toMatch(PRIVATE_PDF);

    const again = await reissue('req-inv-00016');
    expect(again).toMatchObject({ ok: true, data: { invoice: { id: invoice.id, number: invoice.number } } });
    expect(await reissue('req-inv-00017', PERSON)).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT' } });
    expect(await sys.ports.db.count('invoices', { orderId, status: 'valid' })).toBe(1);
    expect(await sys.ports.db.count('invoices', { orderId })).toBe(2);

    const { state } = await sys.ok<{ state: OrderInvoiceState }>('invoices', PATIENT, { action: 'forOrder', orderId });
    expect(state).toMatchObject({ invoice: { id: invoice.id }, voided: [{ id: first.id, status: 'void' }] });
    expect(pdfText(await pdfOf(first.id)).pages.join('')).toContain('已作废');
    const { day } = await sys.ok<{ day: InvoiceDay }>('invoices', 'demo-billing-zz', { action: 'list', hospitalId: 'h-zzcentral', date: '2026-11-25' });
    expect(day).toMatchObject({ validCount: 1, voidCount: 1, validTotalFen: 3500 });
  });

  it('two re-issues racing with different requests: one wins, the other is refused', async () => {
    const orderId = await paidOrder();
    const first = await invoiceOf(orderId, 'req-inv-00018', PERSON);
    const answers = await Promise.all(
      ['req-inv-00019', 'req-inv-00020'].map((requestId, i) =>
        sys.call('invoices', PATIENT, { action: 'reissue', invoiceId: first.id, requestId, ...COMPANY, titleName: `${COMPANY.titleName}${'甲乙'[i]}` }),
      ),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.find((a) => !a.ok)).toMatchObject({ ok: false, error: { code: 'STATE_CONFLICT' } });
    expect(await sys.ports.db.count('invoices', { orderId, status: 'valid' })).toBe(1);
    expect(await sys.ports.db.count('invoices', { orderId, status: 'void' })).toBe(1);
  });
});

describe('the PDF', () => {
  it('is a real PDF whose text has the hospital, the title, the number, the code and the amount in words', async () => {
    const orderId = await paidOrder();
    const invoice = await invoiceOf(orderId, 'req-inv-00021');
    const bytes = await pdfOf(invoice.id);
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(bytes.byteLength).toBeLessThan(200_000);
    const { numPages, pages } = pdfText(bytes);
    expect(numPages).toBe(1);
    const text = pages[0];
    for (const expected of [
      '郑州康宁医院',
      '电子发票（门诊收费）',
      `发票号码：${invoice.number}`,
      `校验码：${invoice.verificationCode}`,
      '开票日期：2026年11月25日',
      '深圳市腾讯计算机系统有限公司',
      '91440300708461136T',
      '张建国',
      '挂号费',
      '叁拾伍元整',
      '¥35.00',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('已作废');
  });

  it('the voided copy carries the 已作废 watermark and the reason', async () => {
    const orderId = await paidOrder();
    const first = await invoiceOf(orderId, 'req-inv-00022', PERSON);
    const { invoice } = await sys.ok<{ invoice: InvoiceView }>('invoices', PATIENT, {
      action: 'reissue',
      invoiceId: first.id,
      requestId: 'req-inv-00023',
      ...COMPANY,
    });
    const voided = pdfText(await pdfOf(first.id)).pages.join('');
    expect(voided).toContain('已作废');
    expect(voided).toContain(`抬头更正，已重开发票 ${invoice.number}`);
    expect(voided).toContain(first.number);
    const replacement = pdfText(await pdfOf(invoice.id)).pages.join('');
    expect(replacement).toContain(`替代已作废发票 ${first.number}`);
    expect(replacement).not.toContain('本发票已于');
  });
});

describe('files by permission', () => {
  let server: Server;
  let base: string;

  beforeEach(async () => {
    server = createEmulator({ functions, ports: sys.ports, fileRoots: [TEST_FILES_DIR] });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** GET a path (and query) of a link on the emulator under test. */
  const download = (url: string) => {
    const u = new URL(url, 'http://127.0.0.1');
    return fetch(`${base}${u.pathname}${u.search}`);
  };
  const link = (invoiceId: string, openid: string | null = PATIENT) =>
    sys.call<{ url: string; expiresAt: number }>('invoices', openid, { action: 'link', invoiceId });
  const linkOf = async (invoiceId: string, openid = PATIENT) => {
    const res = await link(invoiceId, openid);
    if (!res.ok) throw new Error(`${res.error.code} ${res.error.message}`);
    return res.data;
  };

  it('serves an invoice only through a signed, short-lived link of its owner or the hospital’s billing staff', async () => {
    const orderId = await paidOrder();
    const invoice = await invoiceOf(orderId, 'req-inv-files-01');
    const doc = (await stored(invoice.id))!;
    expect((await download(`/files/invoices/h-zzcentral/${invoice.number}.pdf`)).status).toBe(404);
    expect((await download(`/files/${doc.filePath}`)).status).toBe(404);
    for (const disguised of [
      `/files//${doc.filePath}`,
      `/files/%2F${doc.filePath}`,
      `/files/x/../${doc.filePath}`,
      `/files/./${doc.filePath}?exp=9999999999999&sig=AAAA`,
    ]) {
      expect({ disguised, status: (await download(disguised)).status }).toEqual({ disguised, status: 404 });
    }

    const own = await linkOf(invoice.id);
    expect(own.url).toMatch(/^http:\/\/127\.0\.0\.1:0\/files\/private\/invoices\/h-zzcentral\/[0-9a-f]{32}\.pdf\?exp=\d+&sig=[A-Za-z0-9_-]{43}$/);
    expect(own.expiresAt).toBe(sys.ports.clock.now() + 10 * 60_000);
    const res = await download(own.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(pdfText(new Uint8Array(await res.arrayBuffer())).pages.join('')).toContain(invoice.number);

    expect((await download((await linkOf(invoice.id, 'demo-billing-zz')).url)).status).toBe(200);
    expect(await link(invoice.id, 'demo-patient-2')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await sys.ok('staff', ADMIN, { action: 'grant', hospitalId: 'h-xinyang-county', openid: 'billing-xy-02', name: '李会计', role: 'billing' });
    expect(await link(invoice.id, 'billing-xy-02')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await link(invoice.id, null)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await link('inv-nothing', PATIENT)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const signed = new URL(own.url);
    const sig = signed.searchParams.get('sig')!;
    const tampered = `${signed.pathname}?exp=${Number(signed.searchParams.get('exp')) + 3_600_000}&sig=${sig}`;
    expect((await download(tampered)).status).toBe(404);
    const otherFile = `/files/private/invoices/h-zzcentral/${'0'.repeat(32)}.pdf?exp=${signed.searchParams.get('exp')}&sig=${sig}`;
    expect((await download(otherFile)).status).toBe(404);
    sys.setNow(sys.ports.clock.now() + 10 * 60_000 + 1);
    expect((await download(own.url)).status).toBe(404);
  });

  it('a PDF stored by number before private files existed is not served by its path either', async () => {
    const files: Files = sys.ports.files;
    const earlier = await files.put('invoices/h-zzcentral/816120261101000001.pdf', new TextEncoder().encode('%PDF-1.7'), 'application/pdf');
    expect((await download(earlier.fileId)).status).toBe(404);
    expect((await download((await files.link(earlier.fileId)).url)).status).toBe(200);
    const article = await files.put('demo/article-cover.svg', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml');
    expect(await files.link(article.fileId)).toEqual({ url: `http://127.0.0.1:0${article.fileId}`, expiresAt: null });
    expect((await download(article.fileId)).status).toBe(200);
  });

  it('renders the PDF only after the number and the record are claimed, and a missing file is rendered by the link', async () => {
    const orderId = await paidOrder();
    const put = jest.mocked(sys.ports.files.put);
    put.mockRejectedValueOnce(new Error('storage down'));
    expect(await request(orderId, 'req-inv-files-02')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const [doc] = await sys.ports.db.find<InvoiceDoc>('invoices', { where: { orderId } });
    expect(doc).toMatchObject({ status: 'valid', fileId: '' });
    expect(pdfs.size).toBe(0);

    const { url } = await linkOf(doc._id);
    expect((await stored(doc._id))!.fileId).toBe(`/files/${doc.filePath}`);
    const res = await download(url);
    expect(res.status).toBe(200);
    expect(pdfText(new Uint8Array(await res.arrayBuffer())).pages.join('')).toContain(doc.number);
    expect((await invoiceOf(orderId, 'req-inv-files-02')).number).toBe(doc.number);
  });

  it('a re-issue makes the original unreachable: its old link fails and the void invoice links its 已作废 copy', async () => {
    const orderId = await paidOrder();
    const first = await invoiceOf(orderId, 'req-inv-files-03', PERSON);
    const before = await linkOf(first.id);
    expect((await download(before.url)).status).toBe(200);
    await sys.ok('invoices', PATIENT, { action: 'reissue', invoiceId: first.id, requestId: 'req-inv-files-04', ...COMPANY });
    expect((await download(before.url)).status).toBe(404);
    const after = await linkOf(first.id);
    expect(after.url).not.toBe(before.url);
    const res = await download(after.url);
    expect(res.status).toBe(200);
    expect(pdfText(new Uint8Array(await res.arrayBuffer())).pages.join('')).toContain('已作废');
  });
});

describe('invoices follow the money', () => {
  const refund = (orderId: string, amountFen: number, n: number) =>
    sys.ok('orders', 'demo-billing-zz', { action: 'refund', orderId, amountFen, reason: '退费', requestId: `req-inv-refund-${n}` });
  const stateOf = async (orderId: string) => (await sys.ok<{ state: OrderInvoiceState }>('invoices', PATIENT, { action: 'forOrder', orderId })).state;

  it('a full refund voids the invoice with a red-letter reversal, and the void invoice cannot be re-issued', async () => {
    const orderId = await paidOrder();
    const first = await invoiceOf(orderId, 'req-inv-money-01', COMPANY);
    await refund(orderId, 3500, 1);
    expect(await orderDoc(sys, orderId)).toMatchObject({ status: 'refunded', refundedFen: 3500 });
    expect(await stored(first.id)).toMatchObject({ status: 'void', validKey: `void:${first.id}`, voidReason: '订单已全额退款 ¥35.00，发票已红字冲销' });

    const state = await stateOf(orderId);
    expect(state).toMatchObject({ invoice: null, invoiceable: false, amountText: '¥0.00', voided: [{ id: first.id, status: 'void', statusLabel: '已作废' }] });
    expect(state.reversals).toEqual([
      expect.objectContaining({
        invoiceId: first.id,
        invoiceNumber: first.number,
        amountFen: -3500,
        amountText: '-¥35.00',
        titleName: COMPANY.titleName,
        replacedByNumber: '',
      }),
    ]);
    expect(state.reversals[0].number).toMatch(/^\d{18}$/);
    expect(state.reversals[0].number).not.toBe(first.number);
    expect(await sys.call('invoices', PATIENT, { action: 'reissue', invoiceId: first.id, requestId: 'req-inv-money-02', ...PERSON })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT' },
    });

    const { day } = await sys.ok<{ day: InvoiceDay }>('invoices', 'demo-billing-zz', { action: 'list', hospitalId: 'h-zzcentral', date: '2026-11-25' });
    expect(day).toMatchObject({
      validCount: 0,
      voidCount: 1,
      validTotalFen: 0,
      reversalCount: 1,
      reversalTotalText: '-¥35.00',
      reversals: [{ invoiceNumber: first.number, amountFen: -3500 }],
    });
    await sys.ok('staff', ADMIN, { action: 'grant', hospitalId: 'h-xinyang-county', openid: 'billing-xy-03', name: '李会计', role: 'billing' });
    expect(await sys.call('invoices', 'billing-xy-03', { action: 'list', hospitalId: 'h-zzcentral', date: '2026-11-25' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await sys.ok<{ state: OrderInvoiceState }>('invoices', PATIENT, { action: 'forOrder', orderId })).state.reversals).toHaveLength(1);
    expect(await sys.call('invoices', 'demo-patient-2', { action: 'forOrder', orderId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('a partial refund voids and reverses the invoice and issues one for what remains, with the same title', async () => {
    const orderId = await paidOrder();
    const first = await invoiceOf(orderId, 'req-inv-money-03', COMPANY);
    await refund(orderId, 1000, 2);
    const state = await stateOf(orderId);
    expect(state.invoice).toMatchObject({
      status: 'valid',
      totalFen: 2500,
      totalCapital: '贰拾伍元整',
      refundedText: '¥10.00',
      titleName: COMPANY.titleName,
      taxCode: COMPANY.taxCode,
      replaces: first.id,
    });
    expect(state).toMatchObject({ amountText: '¥25.00', voided: [{ id: first.id, replacedBy: state.invoice!.id }] });
    expect(state.reversals).toEqual([expect.objectContaining({ invoiceNumber: first.number, amountText: '-¥35.00', replacedByNumber: state.invoice!.number })]);
    expect(await sys.ports.db.count('invoices', { orderId, status: 'valid' })).toBe(1);

    await refund(orderId, 500, 3);
    const later = await stateOf(orderId);
    expect(later.invoice).toMatchObject({ totalFen: 2000, titleName: COMPANY.titleName });
    expect(later.reversals).toHaveLength(2);
    expect(await sys.ports.db.count('invoices', { orderId, status: 'valid' })).toBe(1);
    const text = pdfText(await pdfOf(later.invoice!.id)).pages.join('');
    expect(text).toContain('贰拾元整');
  });

  it('is idempotent: run again or concurrently, it leaves exactly one valid invoice matching the money', async () => {
    const orderId = await paidOrder();
    const first = await invoiceOf(orderId, 'req-inv-money-04', PERSON);
    expect(await invoicesFollowMoney(sys.ports, orderId, sys.ports.clock.now())).toBe('unchanged');
    await sys.ports.db.update('orders', { _id: orderId }, { inc: { refundedFen: 1500, refundableFen: -1500 }, set: { status: 'partially_refunded' } });
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => invoicesFollowMoney(sys.ports, orderId, sys.ports.clock.now())));
    expect(outcomes.filter((o) => o === 'reissued')).toHaveLength(1);
    expect(await invoicesFollowMoney(sys.ports, orderId, sys.ports.clock.now())).toBe('unchanged');
    const valid = await sys.ports.db.find<InvoiceDoc>('invoices', { where: { orderId, status: 'valid' } });
    expect(valid).toHaveLength(1);
    expect(valid[0]).toMatchObject({ totalFen: 2000, replaces: first.id });
    expect(await sys.ports.db.count('invoices', { orderId })).toBe(2);
    expect(await sys.ports.db.count('invoiceReversals', { orderId })).toBe(1);
  });

  it('a title correction racing a refund still leaves exactly one valid invoice, matching the money', async () => {
    const orderId = await paidOrder();
    const first = await invoiceOf(orderId, 'req-inv-money-06', PERSON);
    await Promise.all([
      sys.call('invoices', PATIENT, { action: 'reissue', invoiceId: first.id, requestId: 'req-inv-money-07', ...COMPANY }),
      refund(orderId, 1000, 5),
      refund(orderId, 500, 6),
    ]);
    await sys.runTimer('orders');
    const valid = await sys.ports.db.find<InvoiceDoc>('invoices', { where: { orderId, status: 'valid' } });
    expect(valid).toHaveLength(1);
    expect(valid[0].totalFen).toBe(2000);
    expect(await sys.ports.db.get('invoiceClaims', `ivc-${orderId}`)).toMatchObject({ invoiceId: valid[0]._id, invoicedFen: 2000 });
    const reversed = await sys.ports.db.find<InvoiceReversalDoc>('invoiceReversals', { where: { orderId } });
    const voided = await sys.ports.db.find<InvoiceDoc>('invoices', { where: { orderId, status: 'void' } });
    expect(reversed.length).toBeGreaterThanOrEqual(1);
    for (const r of reversed) expect(voided.map((d) => d._id)).toContain(r.invoiceId);
  });

  it('the orders timer heals a refund whose invoice follow-up never ran', async () => {
    const orderId = await paidOrder();
    const first = await invoiceOf(orderId, 'req-inv-money-05', PERSON);
    const realGet = sys.ports.db.get.bind(sys.ports.db);
    const stopped = ((collection: string, id: string) =>
      collection === 'invoiceClaims' ? Promise.reject(new Error('function instance stopped')) : realGet(collection, id)) as typeof realGet;
    const crash = jest.spyOn(sys.ports.db, 'get').mockImplementation(stopped);
    await refund(orderId, 3500, 4);
    expect(crash).toHaveBeenCalledWith('invoiceClaims', `ivc-${orderId}`);
    crash.mockRestore();
    expect(await orderDoc(sys, orderId)).toMatchObject({ status: 'refunded' });
    expect(await stored(first.id)).toMatchObject({ status: 'valid' });
    await sys.runTimer('orders');
    expect(await stored(first.id)).toMatchObject({ status: 'void' });
    expect(await sys.ports.db.count('invoiceReversals', { orderId })).toBe(1);
    expect(await sweepInvoicesAfterRefunds(sys.ports, sys.ports.clock.now())).toBe(0);
  });
});

describe('the bundled cloud function on a stub of wx-server-sdk', () => {
  type Main = (event: unknown, context: { request_id?: string }) => Promise<Envelope<unknown>>;
  let main: Main;
  const outpatient: OrderDoc = {
    _id: 'ord-opd-cloud-0001',
    hospitalId: 'h-zzcentral',
    hospitalName: '郑州康宁医院',
    openid: 'cloud-patient',
    patientId: 'pat-cloud',
    patientName: '李秀英',
    kind: 'outpatient',
    visitId: 'appt-cloud-0001',
    visitDate: '2026-11-25',
    departmentName: '呼吸内科',
    doctorName: '周敏',
    title: '门诊缴费 呼吸内科',
    items: [
      { code: 'LAB-CBC', name: '血常规（五分类）', category: 'lab', quantity: 1, unit: '项', unitFen: 2500, amountFen: 2500 },
      { code: 'IMG-DR', name: '胸部正位片（DR）', category: 'imaging', quantity: 1, unit: '次', unitFen: 8000, amountFen: 8000 },
      { code: 'DRUG-IBU', name: '布洛芬缓释胶囊 0.3g×20粒', category: 'drug', quantity: 2, unit: '盒', unitFen: 1500, amountFen: 3000 },
    ],
    totalFen: 13500,
    status: 'paid',
    holdUntil: null,
    outTradeNo: 'PZCLOUD0001',
    transactionId: '4200009999',
    paidFen: 13500,
    refundableFen: 13500,
    refundedFen: 0,
    paidAt: FROZEN_NOW,
    closedAt: null,
    noticePending: false,
    createdAt: FROZEN_NOW,
    updatedAt: FROZEN_NOW,
  };

  beforeAll(async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'pz-invoices-'));
    await bundleFunctions(outDir);
    stub.init({ env: stub.DYNAMIC_CURRENT_ENV });
    const cloudDb = new CloudDb(stub.database({ throwOnNotFound: false }));
    await cloudDb.insert('orders', outpatient);
    // The order's hospital: a new invoice is issued only where the hospital offers 电子发票 (docs/offers.md).
    await cloudDb.insert('hospitals', hospitals.find((h) => h._id === outpatient.hospitalId) ?? hospitals[0]);
    main = (require(join(outDir, 'invoices', 'index.js')) as { main: Main }).main;
  }, 60_000);

  it('issues and re-issues with the font shipped beside the bundle, storing PDFs in cloud storage', async () => {
    stub.setOpenid('cloud-patient');
    const issued = await main(
      { action: 'request', orderId: outpatient._id, requestId: 'req-cloud-inv-01', ...PERSON, titleName: '李秀英' },
      { request_id: 'c1' },
    );
    expect(issued).toMatchObject({
      ok: true,
      data: { invoice: { totalFen: 13500, totalCapital: '壹佰叁拾伍元整', lines: [{ label: '化验费' }, { label: '检查费' }, { label: '药品费' }] } },
    });
    const invoice = (issued as { data: { invoice: InvoiceView } }).data.invoice;
    expect(invoice).not.toHaveProperty('downloadUrl');
    const cloudDb = new CloudDb(stub.database({ throwOnNotFound: false }));
    const doc = (await cloudDb.get<InvoiceDoc>('invoices', invoice.id))!;
    expect(doc.filePath).toMatch(/^private\/invoices\/h-zzcentral\/[0-9a-f]{32}\.pdf$/);
    const storageRule = JSON.parse(readFileSync(join(__dirname, '..', '..', 'database', 'storage-rules.json'), 'utf8')) as Record<string, unknown>;
    expect(storageRule).toMatchObject({ read: false, write: false });
    const link = await main({ action: 'link', invoiceId: invoice.id }, {});
    expect(link).toMatchObject({ ok: true, data: { url: expect.stringMatching(new RegExp(`^https://.+/${doc.filePath}\\?sign=stub&maxAge=600$`)) } });
    const file = [...stub.files.values()].find((f) => f.cloudPath === doc.filePath)!;
    const text = pdfText(new Uint8Array(file.content)).pages.join('');
    for (const expected of ['电子发票（门诊收费）', invoice.number, '李秀英', '化验费', '胸部正位片（DR）', '壹佰叁拾伍元整']) expect(text).toContain(expected);
    expect([...stub.files.values()].some((f) => f.cloudPath.includes(invoice.number))).toBe(false);

    const again = await main({ action: 'request', orderId: outpatient._id, requestId: 'req-cloud-inv-01', ...PERSON, titleName: '李秀英' }, {});
    expect(again).toMatchObject({ ok: true, data: { invoice: { id: invoice.id, number: invoice.number } } });
    const reissued = await main({ action: 'reissue', invoiceId: invoice.id, requestId: 'req-cloud-inv-02', ...COMPANY }, {});
    expect(reissued).toMatchObject({ ok: true, data: { invoice: { status: 'valid', replaces: invoice.id }, voided: { id: invoice.id, status: 'void' } } });
    const voidDoc = (await cloudDb.get<InvoiceDoc>('invoices', invoice.id))!;
    expect(voidDoc.filePath).not.toBe(doc.filePath);
    expect([...stub.files.values()].map((f) => f.cloudPath)).not.toContain(doc.filePath);
    const voidLink = await main({ action: 'link', invoiceId: invoice.id }, {});
    expect(voidLink).toMatchObject({ ok: true, data: { url: expect.stringContaining(voidDoc.filePath) } });
    expect(pdfText(new Uint8Array([...stub.files.values()].find((f) => f.cloudPath === voidDoc.filePath)!.content)).pages.join('')).toContain('已作废');

    stub.setOpenid('someone-else');
    expect(await main({ action: 'get', invoiceId: invoice.id }, {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await main({ action: 'link', invoiceId: invoice.id }, {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      await main({ action: 'request', orderId: outpatient._id, requestId: 'req-cloud-inv-03', ...COMPANY, taxCode: '91440300708461136A' }, {}),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'taxCode' },
    });
  });
});
