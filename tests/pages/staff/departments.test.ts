import { session } from '../../../miniprogram/stores/session';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

describe('staff departments page', () => {
  let id: string;
  beforeAll(() => {
    id = loadPage('staff/departments/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.stopPullDownRefresh.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    routeRequests(await startLocalSystem());
    session.setDemoOpenid('demo-editor-zz');
  });
  afterEach(() => {
    session.setDemoOpenid('demo-patient');
  });

  it('lists every department of the hospital with location and phone, and opens the editor', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('心血管内科'));
    const text = textOf(page);
    expect(text).toContain('门诊楼2楼A区 · 电话 0371-66128201');
    expect(text).toContain('消化内科');
    expect(Object.keys(page.data.rows)).toHaveLength(31);
    expect(apiCalls().at(-1)).toMatchObject({ action: 'listAllDepartmentsForEdit', params: { hospitalId: 'h-zzcentral' } });
    tap(page, '#department-d-zz-cardio');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/department-edit/index?id=d-zz-cardio' }));
  });

  it('reloads on pull-down and stops the spinner', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await page.instance.onPullDownRefresh();
    expect(wxMock.stopPullDownRefresh).toHaveBeenCalled();
    expect(apiCalls().filter((c) => c.action === 'listAllDepartmentsForEdit')).toHaveLength(2);
  });

  it('shows the server refusal to a patient', async () => {
    session.setDemoOpenid('demo-patient');
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('没有权限进行此操作'));
    expect(textOf(page)).not.toContain('心血管内科');
  });

  it('shows an error with a retry when the backend cannot be reached', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
  });
});
