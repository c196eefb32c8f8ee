import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';
import { feverOrders, paidRegistration, PATIENT, staffRefund } from './fixtures';

describe('billing bill page (one visit)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('billing/bill/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    session.setHospitalsStatus('idle', '');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid(PATIENT);
  });

  async function opened(visitId: string): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad({ visitId });
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }
  const valueOf = (page: Rendered, selector: string) => textOf(page.querySelector(selector)!);

  it('shows the visit’s orders with their items, the totals per category and what was paid, is due and went back', async () => {
    const b = await paidRegistration(system);
    const orders = await feverOrders(system, b.appointmentId);
    await staffRefund(system, b.orderId, 500, 1);
    const page = await opened(b.appointmentId);
    expect(page.data.view.status).toBe('ready');
    expect(textOf(page)).toContain('2026-11-25 郑州康宁医院');
    expect(textOf(page)).toContain('心血管内科 · 陈立民 · 就诊人 张建国');
    expect(valueOf(page, '#sum-total')).toBe('合计¥107.80');
    expect(valueOf(page, '#sum-paid')).toBe('已付¥35.00');
    expect(valueOf(page, '#sum-unpaid')).toBe('待付¥72.80');
    expect(valueOf(page, '#sum-refunded')).toBe('已退¥5.00');
    expect(valueOf(page, '#category-registration')).toBe('挂号费¥35.00');
    expect(valueOf(page, '#category-lab')).toBe('检验费¥50.00');
    expect(valueOf(page, '#category-drug')).toBe('药品费¥12.80');
    expect(valueOf(page, '#category-consultation')).toBe('诊查费¥10.00');
    const lab = orders.find((o) => o.title.startsWith('检验'))!;
    const labCard = textOf(page.querySelector(`#card-${lab.id}`)!);
    expect(labCard).toContain('待支付');
    expect(labCard).toContain('血常规（五分类）检验费 · 1次 × ¥20.00¥20.00');
    expect(labCard).toContain('C反应蛋白检验费 · 1次 × ¥30.00¥30.00');
    expect(labCard).toContain('小计 ¥50.00');
    expect(textOf(page)).toContain('布洛芬缓释胶囊 0.3g×20粒药品费 · 1盒 × ¥12.80');
    expect(textOf(page.querySelector(`#order-${b.orderId}`)!)).toContain('部分退款');
    expect(apiCalls()).toEqual([{ fn: 'orders', action: 'bills', params: {} }]);
    tap(page, `#order-${lab.id}`);
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/billing/order/index?id=${lab.id}` }));
  });

  it('shows the empty state for a visit without a bill or of another account, and an error with a retry offline', async () => {
    const b = await paidRegistration(system);
    expect(textOf(await opened('appt-nothing'))).toContain('没有找到这次就诊的账单');
    expect(textOf(await opened(''))).toContain('没有找到这次就诊的账单');
    session.setDemoOpenid('demo-patient-2');
    expect(textOf(await opened(b.appointmentId))).toContain('没有找到这次就诊的账单');
    session.setDemoOpenid(PATIENT);
    failRequests();
    const offline = await opened(b.appointmentId);
    expect(textOf(offline)).toContain('网络不太好');
    expect(textOf(offline)).toContain('重试');
  });
});
