import { session } from '../../../miniprogram/stores/session';
import { tap, apiCalls, loadPage, renderPage, routeRequests, startLocalSystem, textOf, waitFor, wxMock, failRequests } from '../setup/page';

describe('home page', () => {
  let id: string;
  beforeAll(() => {
    id = loadPage('pages/home/index');
  });
  beforeEach(async () => {
    jestReset();
    routeRequests(await startLocalSystem());
  });

  function jestReset(): void {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    session.setHospitalsStatus('idle', '');
  }

  it('loads the hospitals, picks the first, and shows its name, entries and articles', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('常用服务'));
    const text = textOf(page);
    expect(text).toContain(session.hospitalName);
    expect(text).toContain('三级甲等');
    expect(text).toContain('科室介绍');
    expect(text).toContain('就诊指南');
    expect(text).toContain('智能导诊');
    const grid = text.slice(text.indexOf('常用服务'));
    expect(grid.indexOf('预约挂号')).toBeLessThan(grid.indexOf('智能导诊'));
    expect(grid.indexOf('智能导诊')).toBeLessThan(grid.indexOf('我的预约'));
    expect(apiCalls().map((c) => c.action)).toEqual(['listHospitals', 'listArticles']);
    expect(apiCalls()[1].params).toMatchObject({ hospitalId: session.hospitalId, pageSize: 3 });
    await waitFor(() => expect(textOf(page)).toContain('健康科普'));
    expect(Object.keys(page.data.articles)).toHaveLength(3);
    expect(textOf(page)).toContain(page.data.articles[0].title);
  });

  it('opens the hospital switcher when the hospital bar is tapped', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    page.querySelector('.hospital-bar')!.dispatchEvent('tap');
    await simulateSleep();
    expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/pages/hospitals/index' });
  });

  it('opens the visit guide from the journey card', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('查看就诊指南'));
    tap(page, '#open-guide');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/previsit/guide/index' }));
  });

  it('shows an error with a retry when the backend cannot be reached', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
  });
});

function simulateSleep(): Promise<void> {
  return new Promise((r) => setTimeout(r, 20));
}
