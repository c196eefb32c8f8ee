import { invoicePdf } from '../../../backend/adapters/pdf/lazy';
import type { InvoiceDoc } from '../../../backend/domain/invoices/docs';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { deliver, payInSandbox, startPaidBooking } from '../../support/payment-fixtures';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

const SLOW = 10_000;
const COMPANY = { name: '深圳市腾讯计算机系统有限公司', taxCode: '91440300708461136T' };

describe('billing invoice page', () => {
  let id: string;
  let system: LocalSystem;
  let orderId: string;
  let appointmentId: string;

  beforeAll(() => {
    id = loadPage('billing/invoice/index');
    // The renderer (pdf-lib, fontkit) loads on first use (backend/adapters/pdf/lazy.ts): load it before the timed tests.
    invoicePdf();
  });

  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.showToast.mockReset();
    wxMock.showModal.mockClear();
    wxMock.downloadFile = jest.fn((o: { url: string; success: (r: { statusCode: number; tempFilePath: string }) => void }) =>
      o.success({ statusCode: 200, tempFilePath: 'wxfile://tmp/invoice.pdf' }),
    );
    wxMock.openDocument = jest.fn((o: { success: () => void }) => o.success());
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid('demo-patient');
    const b = await startPaidBooking(system);
    await deliver(system, await payInSandbox(system, b.outTradeNo));
    orderId = b.orderId;
    appointmentId = b.appointmentId;
  });

  async function open(query: Record<string, string> = { orderId }): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad(query);
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }

  const invoices = () => system.ports.db.find<InvoiceDoc>('invoices', { where: { orderId } });
  const writes = () => apiCalls().filter((c) => c.action === 'request' || c.action === 'reissue');

  async function requestCompanyInvoice(page: Rendered): Promise<void> {
    page.instance.onTitleType({ detail: 'company' });
    page.instance.onTitleName({ detail: COMPANY.name });
    page.instance.onTaxCode({ detail: COMPANY.taxCode });
    tap(page, '#submit');
    await waitFor(() => expect(page.querySelector('#invoice-number')).toBeTruthy(), SLOW);
  }

  async function requestPersonalInvoice(page: Rendered): Promise<void> {
    page.instance.onTitleName({ detail: '张建国' });
    tap(page, '#submit');
    await waitFor(() => expect(page.querySelector('#invoice-number')).toBeTruthy(), SLOW);
  }

  /** Issues an invoice on the page, has billing refund `amountFen`, reloads; answers the first invoice. */
  async function refundAfterInvoice(page: Rendered, issue: (p: Rendered) => Promise<void>, amountFen: number, n: number): Promise<InvoiceDoc> {
    await issue(page);
    const [first] = await invoices();
    await system.ok('orders', 'demo-billing-zz', { action: 'refund', orderId, amountFen, reason: '退费', requestId: `req-page-refund-${n}` });
    await page.instance.load();
    await waitFor(() => expect(page.querySelector(`#reversal-rv-${first._id}`)).toBeTruthy());
    return first;
  }

  it('offers the request form for a paid order and checks the credit code inline with the shared rule', async () => {
    const page = await open();
    const text = textOf(page);
    expect(text).toContain('挂号费 心血管内科 陈立民');
    expect(text).toContain('开票金额 ¥35.00');
    expect(text).toContain('开具发票');
    expect(page.querySelector('#tax-code')).toBeFalsy();
    page.instance.onTitleType({ detail: 'company' });
    await waitFor(() => expect(page.querySelector('#tax-code')).toBeTruthy());
    page.instance.onTitleName({ detail: COMPANY.name });
    page.instance.onTaxCode({ detail: '9144030070846' });
    expect(page.data.errors.taxCode).toBe('');
    page.instance.onTaxCode({ detail: '91440300708461136A' });
    await waitFor(() => expect(textOf(page)).toContain('统一社会信用代码校验位不正确，请核对'));
    page.instance.onTitleName({ detail: '某' });
    tap(page, '#submit');
    await waitFor(() => expect(textOf(page)).toContain('单位名称至少2个字'));
    expect(textOf(page)).toContain('统一社会信用代码校验位不正确，请核对');
    expect(writes()).toHaveLength(0);
    page.instance.onTaxCode({ detail: COMPANY.taxCode.toLowerCase() });
    await waitFor(() => expect(textOf(page)).not.toContain('校验位不正确'));
  });

  it('requests a company invoice once and shows its number, code, title and amount', async () => {
    const page = await open();
    await requestCompanyInvoice(page);
    const [doc] = await invoices();
    const text = textOf(page);
    expect(text).toContain(doc.number);
    expect(text).toContain(doc.verificationCode.replace(/(\d{5})(?=\d)/g, '$1 '));
    expect(text).toContain(`单位 · ${COMPANY.name}`);
    expect(text).toContain(COMPANY.taxCode);
    expect(text).toContain('¥35.00（叁拾伍元整）');
    expect(text).toContain('有效');
    expect(wxMock.showToast).toHaveBeenCalledWith({ title: '发票已开具', icon: 'none' });
    expect(writes()[0].params).toMatchObject({ orderId, titleType: 'company', titleName: COMPANY.name, taxCode: COMPANY.taxCode });
    expect(String(writes()[0].params.requestId)).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(await invoices()).toHaveLength(1);
    expect(page.querySelector('#submit')).toBeFalsy();
  });

  it('下载/查看 downloads the PDF and opens it in the document viewer', async () => {
    const page = await open();
    await requestCompanyInvoice(page);
    tap(page, '#open');
    await waitFor(() => expect(wxMock.openDocument).toHaveBeenCalled());
    const [doc] = await invoices();
    expect(
      apiCalls()
        .filter((c) => c.action === 'link')
        .pop()!.params,
    ).toEqual({ invoiceId: doc._id });
    expect(wxMock.downloadFile).toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.stringMatching(new RegExp(`^http://127\\.0\\.0\\.1:0/files/${doc.filePath}\\?exp=\\d+&sig=[A-Za-z0-9_-]{43}$`)) }),
    );
    expect(wxMock.openDocument).toHaveBeenCalledWith(expect.objectContaining({ filePath: 'wxfile://tmp/invoice.pdf', fileType: 'pdf', showMenu: true }));

    wxMock.downloadFile = jest.fn((o: { fail: () => void }) => o.fail());
    tap(page, '#open');
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '发票下载失败，请检查网络后重试', icon: 'none' }));
  });

  it('修改抬头重开 asks first, then voids the old invoice and shows the new one', async () => {
    const page = await open();
    await requestPersonalInvoice(page);
    const [first] = await invoices();
    expect(textOf(page)).toContain('个人 · 张建国');

    tap(page, '#reissue-start');
    await waitFor(() => expect(page.querySelector('#reissue-note')).toBeTruthy());
    expect(page.data.form).toMatchObject({ titleType: 'personal', titleName: '张建国' });
    page.instance.onTitleType({ detail: 'company' });
    page.instance.onTitleName({ detail: COMPANY.name });
    page.instance.onTaxCode({ detail: COMPANY.taxCode });

    wxMock.showModal.mockImplementationOnce((o: { success: (r: { confirm: boolean; cancel: boolean }) => void }) =>
      o.success({ confirm: false, cancel: true }),
    );
    await page.instance.onSubmit();
    expect(wxMock.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ title: '修改抬头重开', content: expect.stringContaining(`原发票（${first.number}）将作废`) }),
    );
    expect(writes().filter((c) => c.action === 'reissue')).toHaveLength(0);

    tap(page, '#submit');
    await waitFor(() => expect(textOf(page)).toContain(`单位 · ${COMPANY.name}`), SLOW);
    const after = await invoices();
    const renewed = after.find((d) => d.status === 'valid')!;
    expect(after.find((d) => d._id === first._id)).toMatchObject({ status: 'void', replacedBy: renewed._id });
    const text = textOf(page);
    expect(text).toContain(renewed.number);
    expect(text).toContain('已作废的发票');
    expect(page.querySelector(`#voided-${first._id}`)!.dom!.textContent).toContain(first.number);
    expect(text).toContain(`抬头更正，已重开发票 ${renewed.number}`);
    expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已重新开具发票', icon: 'none' });
  });

  it('after a partial refund shows the new invoice for what remains and the red-letter reversal of the first', async () => {
    const page = await open();
    const first = await refundAfterInvoice(page, requestCompanyInvoice, 1000, 1);
    const renewed = (await invoices()).find((d) => d.status === 'valid')!;
    const text = textOf(page);
    expect(text).toContain('开票金额 ¥25.00');
    expect(textOf(page.querySelector('#invoice-number')!)).toBe(renewed.number);
    expect(text).toContain('¥25.00（贰拾伍元整）');
    expect(text).toContain(`单位 · ${COMPANY.name}`);
    expect(text).toContain('红字冲销记录');
    const reversal = textOf(page.querySelector(`#reversal-rv-${first._id}`)!);
    expect(reversal).toContain(`冲销原发票 ${first.number}`);
    expect(reversal).toContain('-¥35.00');
    expect(reversal).toContain(`重开 ${renewed.number}`);
    expect(page.querySelector('#reissue-start')).toBeTruthy();
  });

  it('after a full refund shows the voided invoice and its reversal, and never offers 修改抬头重开', async () => {
    const page = await open();
    const first = await refundAfterInvoice(page, requestPersonalInvoice, 3500, 2);
    const text = textOf(page);
    expect(text).toContain('开票金额 ¥0.00');
    expect(page.querySelector('#invoice-number')).toBeFalsy();
    expect(page.querySelector('#reissue-start')).toBeFalsy();
    expect(page.querySelector('#submit')).toBeFalsy();
    expect(text).not.toContain('修改抬头重开');
    expect(text).not.toContain('有效');
    expect(textOf(page.querySelector('#no-invoice')!)).toContain('订单已全额退款，不能开具发票');
    expect(textOf(page.querySelector(`#reversal-rv-${first._id}`)!)).toContain('-¥35.00');
    expect(textOf(page.querySelector(`#voided-${first._id}`)!)).toContain('订单已全额退款 ¥35.00，发票已红字冲销');
  });

  it('shows the server’s refusal of a title on its field', async () => {
    const page = await open();
    page.instance.onTitleName({ detail: '王喆' });
    tap(page, '#submit');
    await waitFor(() => expect(page.data.errors.titleName).toContain('“喆”'));
    expect(textOf(page)).toContain('暂不能打印在电子发票上');
    expect(await invoices()).toHaveLength(0);
  });

  it('shows why a refunded order cannot be invoiced, and an error with a retry offline', async () => {
    await system.ok('booking', 'demo-patient', { action: 'cancel', appointmentId });
    await system.runTimer('orders');
    const refunded = await open();
    expect(refunded.data.view.status).toBe('empty');
    expect(textOf(refunded)).toContain('订单已全额退款，不能开具发票');

    const other = await open({ orderId: 'ord-reg-nothing' });
    expect(textOf(other)).toContain('订单不存在');

    failRequests();
    const offline = await open();
    expect(textOf(offline)).toContain('网络不太好');
    expect(textOf(offline)).toContain('重试');
  });
});
