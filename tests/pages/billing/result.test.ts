import { session } from '../../../miniprogram/stores/session';
import { shanghaiInstant } from '../../../miniprogram/shared/time';
import type { LocalSystem } from '../../support/local-system';
import { payInSandbox } from '../../support/payment-fixtures';
import { routeWithDevPay } from '../setup/dev-pay';
import { apiCalls, failRequests, loadPage, renderPage, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';
import { appointmentStatus, feverOrders, paidRegistration, PATIENT, storedOrder, unpaidRegistration } from './fixtures';

describe('billing payment result page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('billing/result/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.showToast.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.redirectTo.mockReset();
    wxMock.switchTab.mockReset();
    session.setHospitalsStatus('idle', '');
    system = await startLocalSystem();
    routeWithDevPay(system);
    session.setDemoOpenid(PATIENT);
  });

  async function shown(orderId: string, outcome: string): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad({ id: orderId, outcome });
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }
  const title = (page: Rendered) => page.querySelector('#outcome-title')!.dom!.textContent;

  it('says 支付成功 for a paid registration, and opens its appointment, the order or home', async () => {
    const b = await paidRegistration(system);
    const page = await shown(b.orderId, 'paid');
    expect(title(page)).toBe('支付成功');
    expect(page.querySelector('#outcome-desc')!.dom!.textContent).toBe('已支付 ¥35.00，预约成功，请按时就诊。');
    expect(textOf(page)).toContain('挂号费 心血管内科 陈立民');
    expect(textOf(page)).toContain('已支付');
    expect(page.querySelector('#refresh')).toBeFalsy();
    tap(page, '#open-appointment');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/booking/appointment/index?id=${b.appointmentId}` }));
    tap(page, '#open-order');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/billing/order/index?id=${b.orderId}` }));
    tap(page, '#go-home');
    await waitFor(() => expect(wxMock.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' }));
  });

  it('says 支付处理中 while the notice is on its way, and 刷新 settles it with the sandbox', async () => {
    const b = await unpaidRegistration(system);
    await payInSandbox(system, b.outTradeNo);
    const page = await shown(b.orderId, 'pending');
    expect(title(page)).toBe('支付处理中');
    expect(page.querySelector('#open-appointment')).toBeTruthy();
    tap(page, '#refresh');
    await waitFor(() => expect(title(page)).toBe('支付成功'));
    expect(apiCalls().map((c) => c.action)).toEqual(['get', 'settle']);
    expect(await storedOrder(system, b.orderId)).toMatchObject({ status: 'paid', paidFen: 3500 });
    expect(await appointmentStatus(system, b.appointmentId)).toBe('booked');
  });

  it('keeps 支付处理中 when nothing was paid yet, and says so', async () => {
    const b = await unpaidRegistration(system);
    const page = await shown(b.orderId, 'pending');
    tap(page, '#refresh');
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '暂未收到支付结果，请稍后再试', icon: 'none' }));
    expect(title(page)).toBe('支付处理中');
    expect((await storedOrder(system, b.orderId)).status).toBe('unpaid');
  });

  it('says 已取消支付 when the sheet was closed: the order is still unpaid and may be paid before its deadline', async () => {
    const b = await unpaidRegistration(system);
    const page = await shown(b.orderId, 'cancelled');
    expect(title(page)).toBe('已取消支付');
    expect(page.querySelector('#outcome-desc')!.dom!.textContent).toBe('订单仍待支付，请在09:45前完成支付。');
    expect(textOf(page)).toContain('待支付');
    expect((await storedOrder(system, b.orderId)).status).toBe('unpaid');
    tap(page, '#pay-again');
    await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalledWith({ url: `/billing/order/index?id=${b.orderId}` }));
  });

  it('says the order closed when the hold ran out', async () => {
    const b = await unpaidRegistration(system);
    system.setNow(shanghaiInstant('2026-11-25', '09:46'));
    await system.runTimer('orders');
    const page = await shown(b.orderId, 'cancelled');
    expect(title(page)).toBe('订单已关闭');
    expect(page.querySelector('#outcome-desc')!.dom!.textContent).toBe('超时未支付，号源已释放，请重新预约。');
    expect(page.querySelector('#pay-again')).toBeFalsy();
    expect(page.querySelector('#refresh')).toBeFalsy();
  });

  it('has no appointment button for an outpatient order', async () => {
    const b = await paidRegistration(system);
    const [lab] = await feverOrders(system, b.appointmentId);
    const page = await shown(lab.id, 'cancelled');
    expect(title(page)).toBe('已取消支付');
    expect(page.querySelector('#outcome-desc')!.dom!.textContent).toBe('订单仍待支付。');
    expect(page.querySelector('#open-appointment')).toBeFalsy();
    expect(page.querySelector('#pay-again')).toBeTruthy();
  });

  it('shows the empty state for another account’s order, and an error with a retry offline', async () => {
    const b = await paidRegistration(system);
    session.setDemoOpenid('demo-patient-2');
    const other = renderPage(id);
    await other.instance.onLoad({ id: b.orderId, outcome: 'paid' });
    await waitFor(() => expect(textOf(other)).toContain('没有找到这笔订单'));
    session.setDemoOpenid(PATIENT);
    failRequests();
    const offline = renderPage(id);
    await offline.instance.onLoad({ id: b.orderId, outcome: 'paid' });
    await waitFor(() => expect(textOf(offline)).toContain('网络不太好'));
    expect(textOf(offline)).toContain('重试');
  });
});
