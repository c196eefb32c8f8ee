import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

describe('booking exam orders page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('booking/exams/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.stopPullDownRefresh.mockReset();
    session.setHospitalsStatus('idle', '');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid('demo-patient');
  });
  afterEach(() => {
    session.setDemoOpenid('demo-patient');
  });

  async function shown(): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(['ready', 'empty']).toContain(page.data.view.status));
    return page;
  }

  it('lists the account’s exam orders with item, patient, department and status', async () => {
    const page = await shown();
    const text = textOf(page);
    expect(Object.keys(page.data.view.data)).toHaveLength(3);
    expect(text).toContain('胸部CT平扫');
    expect(text).toContain('肝胆胰脾彩超');
    expect(text).toContain('无痛胃镜检查');
    expect(text).toContain('就诊人 王秀兰');
    expect(text).toContain('呼吸内科 · 郭文涛开具');
    expect(text).not.toContain('科医生开具');
    expect(text).toContain('待预约');
    expect(text).not.toContain('泌尿系彩超');
    expect(apiCalls()).toEqual([{ fn: 'booking', action: 'examOrders', params: {} }]);
  });

  it('shows an order as 已预约 once booked, after a pull-down', async () => {
    const page = await shown();
    await system.ok('booking', 'demo-patient', {
      action: 'bookExam',
      examOrderId: 'exo-demo-ct',
      slotId: 'slot-res-zz-ct-20261126-0800',
      requestId: 'exams-booked-01',
    });
    await page.instance.onPullDownRefresh();
    await waitFor(() => expect(textOf(page)).toContain('已预约'));
    expect(Object.values(page.data.view.data as Record<string, { id: string; statusLabel: string }>).find((o) => o.id === 'exo-demo-ct')!.statusLabel).toBe(
      '已预约',
    );
    expect(wxMock.stopPullDownRefresh).toHaveBeenCalled();
  });

  it('opens an order', async () => {
    const page = await shown();
    page.querySelector('#order-exo-demo-us')!.dispatchEvent('tap');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/booking/exam/index?id=exo-demo-us' }));
  });

  it('shows the empty state without orders, and an error with a retry offline', async () => {
    session.setDemoOpenid('demo-patient-new');
    const page = await shown();
    expect(textOf(page)).toContain('暂无需要预约的检查单');
    failRequests();
    const offline = renderPage(id);
    await offline.instance.onShow();
    await waitFor(() => expect(textOf(offline)).toContain('网络不太好'));
    expect(textOf(offline)).toContain('重试');
  });
});
