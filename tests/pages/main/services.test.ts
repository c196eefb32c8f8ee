import { session } from '../../../miniprogram/stores/session';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

describe('services page', () => {
  let id: string;
  beforeAll(() => {
    id = loadPage('pages/services/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    session.setHospitalsStatus('idle', '');
    session.setElderMode(false);
    routeRequests(await startLocalSystem());
  });
  afterAll(() => {
    session.setElderMode(false);
  });

  it('loads the hospitals and lists the functions by stage under the current hospital', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('切换医院'));
    const text = textOf(page);
    expect(apiCalls().map((c) => c.action)).toEqual(['listHospitals']);
    expect(session.hospitalName).toBe('郑州康宁医院');
    expect(text).toMatch(/当前医院\s*郑州康宁医院/);
    expect(text).toContain('诊前');
    expect(text).toContain('诊后');
    expect(text.indexOf('诊前')).toBeLessThan(text.indexOf('诊中'));
    expect(text.indexOf('诊中')).toBeLessThan(text.indexOf('诊后'));
    expect(text.indexOf('诊中')).toBeLessThan(text.indexOf('我的预约'));
    for (const name of ['智能导诊', '医院介绍', '科室介绍', '医生简介', '来院路线', '联系电话', '就诊指南', '预约挂号', '检查预约', '就诊人管理', '健康科普'])
      expect(text).toContain(name);
    expect(text.indexOf('就诊指南')).toBeLessThan(text.indexOf('诊后'));
    expect(text.indexOf('诊前')).toBeLessThan(text.indexOf('智能导诊'));
    expect(text.indexOf('智能导诊')).toBeLessThan(text.indexOf('医院介绍'));
    expect(text.indexOf('诊后')).toBeLessThan(text.indexOf('健康科普'));
  });

  it('shows only the functions the chosen hospital offers: the county hospital has no 医护到家 or 病历邮寄', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('医护到家'));
    expect(textOf(page)).toContain('病历邮寄');
    session.selectHospital('h-xinyang-county');
    await waitFor(() => expect(textOf(page)).toContain('光山县康宁医院'));
    await waitFor(() => expect(textOf(page)).not.toContain('医护到家'));
    expect(textOf(page)).not.toContain('病历邮寄');
    expect(textOf(page)).toContain('预约挂号');
    expect(page.querySelector('#fn-homecare')).toBeUndefined();
    session.selectHospital('h-zzcentral');
    await waitFor(() => expect(textOf(page)).toContain('医护到家'));
  });

  it('opens a function page from its grid item', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('健康科普'));
    tap(page, '#fn-articles');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/postvisit/articles/index' }));
    tap(page, '#fn-departments');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/previsit/departments/index' }));
    tap(page, '#fn-triage');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/previsit/triage/index' }));
  });

  it('opens the hospital switcher from the hospital line', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('切换医院'));
    tap(page, '#switch-hospital');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/pages/hospitals/index' }));
  });

  it('uses columns that fill every row (10 entries: five, two in elder mode) and the elder class in elder mode', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('健康科普'));
    const root = page.querySelector('.pz-page')!;
    expect(root.dom!.className).not.toContain('elder');
    const grid = page.querySelector('#grid-previsit')!;
    expect(Object.keys(page.data.groups[0].functions)).toHaveLength(10);
    expect(grid.data.columnNum).toBe(5);
    session.setElderMode(true);
    await waitFor(() => expect(root.dom!.className).toContain('elder'));
    await waitFor(() => expect(grid.data.columnNum).toBe(2));
  });

  it('shows an error with a retry when the backend cannot be reached', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
    expect(textOf(page)).not.toContain('医院介绍');
  });
});
