import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';
import { feverOrders, motherRegistration, paidRegistration, PATIENT, staffRefund } from './fixtures';

describe('billing bills page (门诊账单)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('billing/bills/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    session.setHospitalsStatus('idle', '');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid(PATIENT);
  });

  async function opened(): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }

  it('shows each visit with its totals: 合计, 已付, 待付 and 已退', async () => {
    const b = await paidRegistration(system);
    await feverOrders(system, b.appointmentId);
    await staffRefund(system, b.orderId, 1000, 1);
    const mother = await motherRegistration(system);
    const page = await opened();
    expect(Object.keys(page.data.view.data)).toHaveLength(2);
    const visit = textOf(page.querySelector(`#bill-${b.appointmentId}`)!);
    expect(visit).toContain('2026-11-25');
    expect(visit).toContain('郑州康宁医院');
    expect(visit).toContain('心血管内科 · 陈立民 · 就诊人 张建国');
    expect(visit).toContain('合计¥107.80');
    expect(visit).toContain('已付¥35.00');
    expect(visit).toContain('待付¥72.80');
    expect(visit).toContain('已退¥10.00');
    expect(visit).toContain('共4笔费用');
    expect(visit).toContain('有待付费用');
    const motherVisit = textOf(page.querySelector(`#bill-${mother.appointmentId}`)!);
    expect(motherVisit).toContain('就诊人 王秀兰');
    expect(motherVisit).toContain('合计¥35.00');
    expect(motherVisit).toContain('已付¥0.00');
    expect(motherVisit).toContain('待付¥35.00');
    expect(apiCalls()).toEqual([{ fn: 'orders', action: 'bills', params: {} }]);
  });

  it('opens the bill of a visit', async () => {
    const b = await paidRegistration(system);
    const page = await opened();
    const visit = textOf(page.querySelector(`#bill-${b.appointmentId}`)!);
    expect(visit).toContain('待付¥0.00');
    expect(visit).not.toContain('有待付费用');
    tap(page, `#bill-${b.appointmentId}`);
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/billing/bill/index?visitId=${b.appointmentId}` }));
  });

  it('shows the empty state for an account without bills, and an error with a retry offline', async () => {
    await paidRegistration(system);
    session.setDemoOpenid('demo-patient-2');
    const page = await opened();
    expect(textOf(page)).toContain('还没有门诊账单');
    session.setDemoOpenid(PATIENT);
    failRequests();
    const offline = await opened();
    expect(textOf(offline)).toContain('网络不太好');
    expect(textOf(offline)).toContain('重试');
  });
});
