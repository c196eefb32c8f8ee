import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

describe('booking my appointments page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('booking/appointments/index');
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

  const book = (slotId: string, patientId: string, requestId: string) =>
    system.ok<{ id: string }>('booking', 'demo-patient', { action: 'book', slotId, patientId, requestId });

  async function shown(): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(['ready', 'empty']).toContain(page.data.view.status));
    return page;
  }

  it('offers 去挂号 when there is no appointment', async () => {
    const page = await shown();
    expect(textOf(page)).toContain('当前没有预约');
    tap(page, '#go-book');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/previsit/departments/index' }));
  });

  it('lists the current appointments with status, doctor, department, patient, time, fee and place', async () => {
    const free = await book('slot-doc-zz-026-20261125-1400', 'pat-demo-zhang', 'list-free-0001');
    const paid = await book('slot-doc-zz-001-20261130-0800', 'pat-demo-zhang-mother', 'list-paid-0001');
    const page = await shown();
    const text = textOf(page);
    expect(Object.keys(page.data.view.data)).toHaveLength(2);
    expect(page.data.view.data[0].id).toBe(free.id);
    expect(text).toContain('李桂芝');
    expect(text).toContain('已预约');
    expect(text).toContain('老年医学科 · 就诊人 张建国');
    expect(text).toContain('2026-11-25 周三 下午 14:00-14:30');
    expect(text).toContain('免费');
    expect(text).toContain('陈立民');
    expect(text).toContain('待支付');
    expect(text).toContain('心血管内科 · 就诊人 王秀兰');
    expect(text).toContain('2026-11-30 周一 上午 08:00-08:30');
    expect(text).toContain('¥35.00');
    expect(apiCalls()[0]).toEqual({ fn: 'booking', action: 'mine', params: { status: 'active' } });
    page.querySelector(`#appointment-${paid.id}`)!.dispatchEvent('tap');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/booking/appointment/index?id=${paid.id}` }));
  });

  it('moves a cancelled appointment to 历史', async () => {
    const a = await book('slot-doc-zz-026-20261125-1400', 'pat-demo-zhang', 'list-cancel-01');
    await system.ok('booking', 'demo-patient', { action: 'cancel', appointmentId: a.id });
    const page = await shown();
    expect(textOf(page)).toContain('当前没有预约');
    await page.instance.onTabChange({ detail: { name: 'past' } });
    await waitFor(() => expect(textOf(page)).toContain('已取消'));
    expect(textOf(page)).toContain('李桂芝');
    expect(apiCalls().at(-1)!.params).toEqual({ status: 'past' });
    await page.instance.onTabChange({ detail: { name: 'active' } });
    await waitFor(() => expect(textOf(page)).toContain('当前没有预约'));
  });

  it('refreshes on pull-down', async () => {
    const page = await shown();
    await book('slot-doc-zz-026-20261125-1400', 'pat-demo-zhang', 'list-pull-0001');
    await page.instance.onPullDownRefresh();
    await waitFor(() => expect(textOf(page)).toContain('李桂芝'));
    expect(wxMock.stopPullDownRefresh).toHaveBeenCalled();
  });

  it('shows an error with a retry when the backend cannot be reached', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
  });
});
