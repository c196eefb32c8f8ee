import type { OrderView } from '../../../miniprogram/shared/dto/billing';
import { visitsChanged } from '../../../miniprogram/stores/journey-store';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';
import { feverOrders, motherRegistration, paidRegistration, PATIENT, staffRefund } from './fixtures';

describe('billing orders page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('billing/orders/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    session.setHospitalsStatus('idle', '');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid(PATIENT);
  });

  /** A paid registration refunded ¥10 with its three fever orders unpaid, and the mother's unpaid registration. */
  async function seed(): Promise<{ paidId: string; outpatient: OrderView[]; motherOrderId: string }> {
    const b = await paidRegistration(system);
    await staffRefund(system, b.orderId, 1000, 1);
    const outpatient = await feverOrders(system, b.appointmentId);
    const mother = await motherRegistration(system);
    return { paidId: b.orderId, outpatient, motherOrderId: mother.orderId };
  }

  async function opened(status?: string): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad(status ? { status } : {});
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }

  const cardIds = (page: Rendered) => Object.values(page.data.view.data as Record<string, { id: string }>).map((c) => c.id);

  it('lists the orders to pay now by default, as the server has them', async () => {
    const { outpatient, motherOrderId } = await seed();
    const page = await opened();
    const { orders } = await system.ok<{ orders: OrderView[] }>('orders', PATIENT, { action: 'mine', status: 'unpaid' });
    expect(orders).toHaveLength(4);
    expect(cardIds(page).sort()).toEqual(orders.map((o) => o.id).sort());
    expect(cardIds(page)).toContain(motherOrderId);
    const text = textOf(page);
    expect(text).toContain('检验：血常规+C反应蛋白');
    expect(text).toContain('¥50.00');
    expect(text).toContain('处方：退热');
    expect(text).toContain('¥12.80');
    expect(textOf(page.querySelector(`#order-${motherOrderId}`)!)).toContain('就诊人 王秀兰');
    expect(textOf(page.querySelector(`#order-${outpatient[0].id}`)!)).toContain('待支付');
    expect(text).toContain('去支付');
    expect(apiCalls()).toEqual([{ fn: 'orders', action: 'mine', params: { status: 'unpaid' } }]);
  });

  it('switches to 已支付 and 退款, showing the partly refunded registration in both', async () => {
    const { paidId } = await seed();
    const page = await opened();
    await page.instance.onTabChange({ detail: { name: 'paid' } });
    await waitFor(() => expect(cardIds(page)).toEqual([paidId]));
    const card = textOf(page.querySelector(`#order-${paidId}`)!);
    expect(card).toContain('挂号费 心血管内科 陈立民');
    expect(card).toContain('部分退款');
    expect(card).toContain('¥35.00（已退 ¥10.00）');
    expect(card).toContain('就诊人 张建国');
    await page.instance.onTabChange({ detail: { name: 'refunded' } });
    await waitFor(() => expect(page.data.tab).toBe('refunded'));
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    expect(cardIds(page)).toEqual([paidId]);
    expect(apiCalls().map((c) => c.params.status)).toEqual(['unpaid', 'paid', 'refunded']);
  });

  it('opens on the tab of its link, and a card opens the order', async () => {
    const { paidId } = await seed();
    const page = await opened('paid');
    expect(page.data.tab).toBe('paid');
    expect(apiCalls()[0].params).toEqual({ status: 'paid' });
    tap(page, `#order-${paidId}`);
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/billing/order/index?id=${paidId}` }));
    tap(page, '#open-bills');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/billing/bills/index' }));
  });

  it('shows the held list again without a call, and lists again when shown after a page changed the orders', async () => {
    const page = await opened();
    expect(textOf(page)).toContain('没有待支付的订单');
    await page.instance.onShow();
    await page.instance.onShow();
    expect(apiCalls()).toHaveLength(1);
    await motherRegistration(system);
    // What the booking, order and result pages call after their writes.
    await visitsChanged();
    await page.instance.onShow();
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    expect(textOf(page)).toContain('王秀兰');
  });

  it('shows the empty state of each tab for an account without orders, and an error with a retry offline', async () => {
    await seed();
    session.setDemoOpenid('demo-patient-2');
    const page = await opened();
    expect(textOf(page)).toContain('没有待支付的订单');
    await page.instance.onTabChange({ detail: { name: 'refunded' } });
    await waitFor(() => expect(textOf(page)).toContain('没有退款的订单'));
    session.setDemoOpenid(PATIENT);
    failRequests();
    const offline = await opened();
    expect(textOf(offline)).toContain('网络不太好');
    expect(textOf(offline)).toContain('重试');
  });
});
