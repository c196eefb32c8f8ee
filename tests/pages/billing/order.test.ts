import { session } from '../../../miniprogram/stores/session';
import { shanghaiInstant } from '../../../miniprogram/shared/time';
import type { LocalSystem } from '../../support/local-system';
import { devPayCalls, routeWithDevPay } from '../setup/dev-pay';
import { apiCalls, failRequests, loadPage, renderPage, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';
import { appointmentStatus, feverOrders, paidRegistration, PATIENT, staffRefund, storedOrder, unpaidRegistration } from './fixtures';

type ModalOptions = { title: string; content: string; success?: (r: { confirm: boolean; cancel: boolean }) => void };

describe('billing order page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('billing/order/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.showModal.mockClear();
    wxMock.showToast.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.redirectTo.mockReset();
    session.setHospitalsStatus('idle', '');
    system = await startLocalSystem();
    routeWithDevPay(system);
    session.setDemoOpenid(PATIENT);
  });

  async function shown(orderId: string): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad({ id: orderId });
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  it('shows an unpaid registration: who and where, the items, the total, the deadline and the pay button', async () => {
    const b = await unpaidRegistration(system);
    const page = await shown(b.orderId);
    const text = textOf(page);
    expect(page.querySelector('#title')!.dom!.textContent).toBe('挂号费 心血管内科 陈立民');
    expect(page.querySelector('#status')!.dom!.textContent).toContain('待支付');
    expect(text).toContain('郑州康宁医院 · 心血管内科');
    expect(text).toContain('张建国');
    expect(text).toContain('挂号费（心血管内科 陈立民）');
    expect(text).toContain('挂号费 · 1次 × ¥35.00');
    expect(page.querySelector('#total')!.dom!.textContent).toBe('¥35.00');
    expect(page.querySelector('#deadline')!.dom!.textContent).toContain('请在09:45前完成支付');
    expect(textOf(page.querySelector('#pay')!)).toBe('支付 ¥35.00');
    expect(page.querySelector('#invoice')).toBeFalsy();
    expect(apiCalls()).toEqual([
      { fn: 'orders', action: 'get', params: { orderId: b.orderId } },
      { fn: 'reminders', action: 'templateIds', params: { hospitalId: 'h-zzcentral', kinds: ['payment_done', 'refund_done', 'orders_ready'] } },
    ]);
  });

  it('pays a registration end to end: the sandbox sheet confirms, the result page says paid, the appointment is booked', async () => {
    const b = await unpaidRegistration(system);
    expect(await appointmentStatus(system, b.appointmentId)).toBe('pending_payment');
    const page = await shown(b.orderId);
    tap(page, '#pay');
    await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalledWith({ url: `/billing/result/index?id=${b.orderId}&outcome=paid` }));
    const sheet = wxMock.showModal.mock.calls[0][0] as ModalOptions;
    expect(sheet.title).toBe('模拟微信支付（本地沙箱）');
    expect(sheet.content).toContain('支付 ¥35.00');
    expect(devPayCalls()).toEqual([`http://127.0.0.1:3000/dev/pay/${b.outTradeNo}`]);
    expect(
      apiCalls()
        .filter((c) => c.fn === 'orders')
        .map((c) => c.action),
    ).toEqual(['get', 'pay', 'settle']);
    expect(await storedOrder(system, b.orderId)).toMatchObject({ status: 'paid', paidFen: 3500, refundableFen: 3500 });
    expect(await appointmentStatus(system, b.appointmentId)).toBe('booked');
    expect(await system.ports.db.count('payments', { orderId: b.orderId })).toBe(1);
    expect(wxMock.requestSubscribeMessage).toHaveBeenCalledWith(
      expect.objectContaining({ tmplIds: ['demo-payment-done', 'demo-refund-done', 'demo-orders-ready'] }),
    );
    await waitFor(async () => expect(await system.ports.db.count('subscriptions', { openid: 'demo-patient' })).toBe(3));
  });

  it('opens the payment sheet only after the notices prompt closed', async () => {
    const b = await unpaidRegistration(system);
    const page = await shown(b.orderId);
    await waitFor(() => expect(page.data.noticeTemplates).toHaveLength(3));
    const prompt: { close?: () => void } = {};
    wxMock.requestSubscribeMessage.mockImplementationOnce((opts: { tmplIds: string[]; success?: (r: Record<string, string>) => void }) => {
      prompt.close = () => opts.success?.(Object.fromEntries(opts.tmplIds.map((t) => [t, 'accept'])));
    });
    tap(page, '#pay');
    await new Promise((r) => setTimeout(r, 50));
    expect(apiCalls().filter((c) => c.action === 'pay')).toEqual([]);
    expect(wxMock.showModal).not.toHaveBeenCalled();
    expect(prompt.close).toBeDefined();
    prompt.close?.();
    await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalledWith({ url: `/billing/result/index?id=${b.orderId}&outcome=paid` }));
  });

  it('leaves the order unpaid when the patient closes the sheet, and says the payment was cancelled', async () => {
    const b = await unpaidRegistration(system);
    const page = await shown(b.orderId);
    wxMock.showModal.mockImplementationOnce((opts: ModalOptions) => opts.success?.({ confirm: false, cancel: true }));
    tap(page, '#pay');
    await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalledWith({ url: `/billing/result/index?id=${b.orderId}&outcome=cancelled` }));
    expect(devPayCalls()).toEqual([]);
    expect(await storedOrder(system, b.orderId)).toMatchObject({ status: 'unpaid', paidFen: 0 });
    expect(await appointmentStatus(system, b.appointmentId)).toBe('pending_payment');
  });

  it('pays once on a double tap', async () => {
    const b = await unpaidRegistration(system);
    const page = await shown(b.orderId);
    tap(page, '#pay');
    tap(page, '#pay');
    await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 30));
    expect(apiCalls().filter((c) => c.action === 'pay')).toHaveLength(1);
    expect(wxMock.showModal).toHaveBeenCalledTimes(1);
  });

  it('shows no pay button for an order closed when its hold ran out', async () => {
    const b = await unpaidRegistration(system);
    system.setNow(shanghaiInstant('2026-11-25', '09:46'));
    await system.runTimer('booking');
    await system.runTimer('orders');
    expect((await storedOrder(system, b.orderId)).status).toBe('closed');
    const page = await shown(b.orderId);
    expect(page.querySelector('#status')!.dom!.textContent).toContain('已关闭');
    expect(page.querySelector('#pay')).toBeFalsy();
    expect(page.querySelector('#deadline')).toBeFalsy();
    expect(page.querySelector('#invoice')).toBeFalsy();
  });

  it('shows the server’s refusal when the hold ran out while the page was open, and the order as it is now', async () => {
    const b = await unpaidRegistration(system);
    const page = await shown(b.orderId);
    system.setNow(shanghaiInstant('2026-11-25', '09:46'));
    tap(page, '#pay');
    await waitFor(() => expect(page.querySelector('#pay-error')!.dom!.textContent).toBe('支付时间已过，号源已释放'));
    expect(wxMock.redirectTo).not.toHaveBeenCalled();
    expect(wxMock.showModal).not.toHaveBeenCalled();
    await waitFor(() => expect(page.querySelector('#pay')).toBeFalsy());
    expect((await storedOrder(system, b.orderId)).status).toBe('unpaid');
  });

  it('shows a paid order’s refunds (退款状态) and opens the e-invoice request', async () => {
    const b = await paidRegistration(system);
    await staffRefund(system, b.orderId, 1000, 1);
    const page = await shown(b.orderId);
    const text = textOf(page);
    expect(page.querySelector('#status')!.dom!.textContent).toContain('部分退款');
    expect(page.querySelector('#pay')).toBeFalsy();
    expect(text).toContain('支付时间');
    expect(text).toContain('退款记录');
    const [stored] = await system.ports.db.find<{ _id: string }>('refunds', { where: { orderId: b.orderId }, limit: 1 });
    expect(textOf(page.querySelector(`#refund-${stored._id}`)!)).toBe('退款 ¥10.00多收费用 · 2026-11-25 09:30已退款');
    tap(page, '#invoice');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/billing/invoice/index?orderId=${b.orderId}` }));
    tap(page, '#open-appointment');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/booking/appointment/index?id=${b.appointmentId}` }));
  });

  it('shows an outpatient order itemized by category, payable without a deadline', async () => {
    const b = await paidRegistration(system);
    const [lab] = (await feverOrders(system, b.appointmentId)).filter((o) => o.title.startsWith('检验'));
    const page = await shown(lab.id);
    const text = textOf(page);
    expect(text).toContain('检验：血常规+C反应蛋白');
    expect(text).toContain('血常规（五分类）');
    expect(text).toContain('检验费 · 1次 × ¥20.00');
    expect(text).toContain('C反应蛋白');
    expect(text).toContain('检验费 · 1次 × ¥30.00');
    expect(page.querySelector('#total')!.dom!.textContent).toBe('¥50.00');
    expect(page.querySelector('#deadline')).toBeFalsy();
    expect(page.querySelector('#open-appointment')).toBeFalsy();
    expect(textOf(page.querySelector('#pay')!)).toBe('支付 ¥50.00');
  });

  it('shows the empty state for an unknown order or another account’s, and an error with a retry offline', async () => {
    const b = await unpaidRegistration(system);
    session.setDemoOpenid('demo-patient-2');
    const other = renderPage(id);
    await other.instance.onLoad({ id: b.orderId });
    await waitFor(() => expect(textOf(other)).toContain('没有找到这笔订单'));
    expect(other.querySelector('#pay')).toBeFalsy();
    session.setDemoOpenid(PATIENT);
    failRequests();
    const offline = renderPage(id);
    await offline.instance.onLoad({ id: b.orderId });
    await waitFor(() => expect(textOf(offline)).toContain('网络不太好'));
    expect(textOf(offline)).toContain('重试');
  });
});
