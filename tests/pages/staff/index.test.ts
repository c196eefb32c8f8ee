import { session } from '../../../miniprogram/stores/session';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

describe('staff workbench page', () => {
  let id: string;
  beforeAll(() => {
    id = loadPage('staff/index/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    routeRequests(await startLocalSystem());
  });
  afterEach(() => {
    session.setDemoOpenid('demo-patient');
  });

  it('shows the hospital, the editor role and the editor entries for an editor', async () => {
    session.setDemoOpenid('demo-editor-zz');
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('我的工作'));
    await waitFor(() => expect(textOf(page)).toContain('郑州康宁医院'));
    const text = textOf(page);
    expect(text).toContain('内容编辑');
    expect(text).toContain('科普文章');
    expect(text).toContain('医院介绍');
    expect(text).toContain('科室介绍');
    expect(text).not.toContain('没有工作人员权限');
    expect(text).not.toContain('排班模板');
    expect(text).not.toContain('预约规则');
    expect(text).not.toContain('出诊管理');
    expect(page.querySelector('#entry-schedule')).toBeFalsy();
    expect(page.querySelector('#entry-clinic')).toBeFalsy();
    expect(page.querySelector('#entry-billing')).toBeFalsy();
    expect(text).not.toContain('收费工作台');
    expect(apiCalls().map((c) => c.action)).toEqual(['listHospitals', 'me']);
    tap(page, '#entry-articles');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/articles/index' }));
    tap(page, '#entry-departments');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/departments/index' }));
  });

  it('shows a scheduler the scheduling entries and not the editor entries', async () => {
    session.setDemoOpenid('demo-scheduler-zz');
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('我的工作'));
    const text = textOf(page);
    expect(text).toContain('排班员');
    expect(text).toContain('排班模板');
    expect(text).toContain('预约规则');
    expect(text).toContain('出诊管理');
    expect(text).toContain('停诊、加号');
    expect(text).not.toContain('科普文章');
    expect(page.querySelector('#entry-articles')).toBeFalsy();
    tap(page, '#entry-schedule');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/schedule/index' }));
    tap(page, '#entry-booking-rules');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/settings/index' }));
    tap(page, '#entry-clinic');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/clinic/index' }));
  });

  it('shows a billing clerk the 收费 entry and nothing else', async () => {
    session.setDemoOpenid('demo-billing-zz');
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('我的工作'));
    const text = textOf(page);
    expect(text).toContain('收费员');
    expect(textOf(page.querySelector('#entry-billing')!)).toContain('收费工作台');
    expect(text).toContain('当日收费与退款汇总');
    expect(text).not.toContain('科普文章');
    expect(text).not.toContain('排班模板');
    expect(page.data.view.data.entries).toEqual([expect.objectContaining({ key: 'billing', url: '/staff/billing/index' })]);
    tap(page, '#entry-billing');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/billing/index' }));
  });

  it('shows an admin as 管理员 with the scheduling, editor and billing entries, since an admin holds every role', async () => {
    session.setDemoOpenid('demo-admin-zz');
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('我的工作'));
    expect(textOf(page)).toContain('管理员');
    expect(textOf(page)).toContain('医院介绍');
    expect(textOf(page)).toContain('排班模板');
    expect(textOf(page)).toContain('出诊管理');
    expect(textOf(page)).toContain('收费工作台');
    tap(page, '#entry-billing');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/billing/index' }));
    tap(page, '#entry-hospital');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/hospital-edit/index' }));
    tap(page, '#entry-members');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/members/index' }));
    tap(page, '#entry-hospital-settings');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/hospital-settings/index' }));
    tap(page, '#entry-nurse-areas');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/nurse-areas/index' }));
  });

  it('shows the no-permission state to a patient, with a way to switch hospital', async () => {
    session.setDemoOpenid('demo-patient');
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('您在本院没有工作人员权限'));
    expect(textOf(page)).toContain('切换');
    expect(textOf(page)).not.toContain('科普文章');
    expect(page.querySelector('#entry-articles')).toBeFalsy();
    tap(page, '#switch-hospital');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/pages/hospitals/index' }));
  });

  it('shows no entries in a hospital where the editor holds no role, and offers the hospital where they do', async () => {
    session.setDemoOpenid('demo-editor-xy');
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('您在本院没有工作人员权限'));
    expect(textOf(page)).toContain('光山县康宁医院');
    tap(page, '#hospital-h-xinyang-county');
    await waitFor(() => expect(textOf(page)).toContain('我的工作'));
    expect(session.hospitalId).toBe('h-xinyang-county');
    await waitFor(() => expect(textOf(page)).toContain('当前医院光山县康宁医院'));
    expect(textOf(page)).toContain('科普文章');
  });

  it('shows an error with a retry when the backend cannot be reached', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
  });
});
