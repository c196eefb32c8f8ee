import { session } from '../../../miniprogram/stores/session';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

describe('hospitals page', () => {
  let id: string;
  beforeAll(() => {
    id = loadPage('pages/hospitals/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateBack.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    routeRequests(await startLocalSystem());
  });
  afterAll(() => {
    session.selectHospital('h-zzcentral');
  });

  it('lists the seeded hospitals with level and address, the current one checked', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('光山县康宁医院'));
    const text = textOf(page);
    expect(apiCalls().map((c) => c.action)).toEqual(['listHospitals']);
    expect(text).toContain('郑州康宁医院');
    expect(text).toContain('三级甲等');
    expect(text).toContain('二级甲等');
    expect(text).toContain('河南省郑州市金水区康宁街18号');
    expect(text).toContain('河南省信阳市光山县紫水街道康宁路66号');
    expect(textOf(page.querySelector('#hospital-h-zzcentral')!)).toContain('当前');
    expect(textOf(page.querySelector('#hospital-h-xinyang-county')!)).not.toContain('当前');
  });

  it('selects the tapped hospital and goes back', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('光山县康宁医院'));
    tap(page, '#hospital-h-xinyang-county');
    await waitFor(() => expect(wxMock.navigateBack).toHaveBeenCalledWith({ delta: 1 }));
    expect(session.hospitalId).toBe('h-xinyang-county');
    expect(session.hospitalName).toBe('光山县康宁医院');
    expect(wxMock.setStorageSync).toHaveBeenCalledWith('peizhen.hospitalId', 'h-xinyang-county');
    await waitFor(() => expect(textOf(page.querySelector('#hospital-h-xinyang-county')!)).toContain('当前'));
    expect(textOf(page.querySelector('#hospital-h-zzcentral')!)).not.toContain('当前');
  });

  it('shows an error with a retry, and the list after retrying', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
    expect(textOf(page)).not.toContain('郑州康宁医院');
    routeRequests(await startLocalSystem());
    page.querySelector('#state')!.dispatchEvent('retry');
    await waitFor(() => expect(textOf(page)).toContain('光山县康宁医院'));
  });
});
