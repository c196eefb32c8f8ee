import { session } from '../../../miniprogram/stores/session';
import { failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

describe('about page (关于)', () => {
  let id: string;
  beforeAll(() => {
    id = loadPage('pages/about/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    session.setHospitalsStatus('idle', '');
    session.setDemoOpenid('demo-patient');
    routeRequests(await startLocalSystem());
  });

  it('shows the app, how many functions the current hospital offers and my WeChat identifier; opens the privacy page', async () => {
    session.selectHospital('h-xinyang-county');
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(textOf(page.querySelector('#about-openid')!)).toContain('demo-patient'));
    expect(textOf(page)).toContain('智慧陪诊');
    await waitFor(() => expect(textOf(page.querySelector('#about-hospital')!)).toContain('光山县康宁医院'));
    expect(textOf(page.querySelector('#about-hospital')!)).toContain('本院提供18项服务（共23项）');
    tap(page, '#about-privacy');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/pages/privacy/index' }));
    session.selectHospital('h-zzcentral');
  });

  it('says so when the identifier cannot be read', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(textOf(page.querySelector('#about-openid')!)).toContain('暂时无法读取'));
  });
});
