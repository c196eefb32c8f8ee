import { session } from '../../../miniprogram/stores/session';
import type { DepartmentDetail } from '../../../miniprogram/shared/dto/content';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

describe('staff department introduction editor page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/department-edit/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateBack.mockReset();
    wxMock.showToast.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid('demo-editor-zz');
  });
  afterEach(() => {
    session.setDemoOpenid('demo-patient');
  });

  async function department(): Promise<DepartmentDetail> {
    return (await system.ok<{ department: DepartmentDetail }>('content', 'demo-patient', { action: 'getDepartment', departmentId: 'd-zz-cardio' })).department;
  }

  async function opened(): Promise<ReturnType<typeof renderPage>> {
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'd-zz-cardio' });
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  it('loads the department into the form', async () => {
    const page = await opened();
    expect(textOf(page)).toContain('心血管内科');
    expect(page.data.form).toMatchObject({
      location: '门诊楼2楼A区',
      phone: '0371-66128201',
      conditions: '高血压、冠心病、心律失常、心力衰竭、血脂异常、心肌炎',
    });
    expect(page.data.form.intro).toContain('国家标准版胸痛中心');
  });

  it('saves intro, location, phone and conditions; patients see the change', async () => {
    const page = await opened();
    page.instance.onIntro({ detail: '心血管内科是省级临床重点专科。' });
    page.instance.onLocation({ detail: '门诊楼3楼B区' });
    page.instance.onPhone({ detail: '0371-66128299' });
    page.instance.onConditions({ detail: '高血压，冠心病、房颤;心衰' });
    tap(page, '#save');
    await waitFor(() => expect(wxMock.navigateBack).toHaveBeenCalled());
    expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已保存', icon: 'none' });
    const after = await department();
    expect(after).toMatchObject({
      intro: '心血管内科是省级临床重点专科。',
      location: '门诊楼3楼B区',
      phone: '0371-66128299',
      conditions: ['高血压', '冠心病', '房颤', '心衰'],
    });
  });

  it('accepts an empty phone', async () => {
    const page = await opened();
    page.instance.onPhone({ detail: '' });
    tap(page, '#save');
    await waitFor(() => expect(wxMock.navigateBack).toHaveBeenCalled());
    expect((await department()).phone).toBe('');
  });

  it('shows a bad phone, an empty location and an empty intro inline without a request', async () => {
    const page = await opened();
    page.instance.onIntro({ detail: '' });
    page.instance.onLocation({ detail: ' ' });
    page.instance.onPhone({ detail: '电话66128201' });
    tap(page, '#save');
    await waitFor(() => expect(textOf(page)).toContain('请填写科室简介'));
    expect(textOf(page)).toContain('请填写科室位置');
    expect(textOf(page)).toContain('电话只能包含数字');
    expect(apiCalls().map((c) => c.action)).toEqual(['getDepartment']);
  });

  it('shows the server refusal to an editor of another hospital', async () => {
    session.setDemoOpenid('demo-editor-xy');
    const page = await opened();
    page.instance.onLocation({ detail: '门诊楼9楼' });
    tap(page, '#save');
    await waitFor(() => expect(textOf(page)).toContain('没有权限进行此操作'));
    expect((await department()).location).toBe('门诊楼2楼A区');
  });

  it('shows an error with a retry when the backend cannot be reached', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'd-zz-cardio' });
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
  });
});
