import { session } from '../../../miniprogram/stores/session';
import { nurseRows, toggled } from '../../../miniprogram/staff/nurse-areas/areas';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

describe('staff nurse-areas page (护士诊区)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/nurse-areas/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.showToast.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid('demo-admin-zz');
  });
  afterEach(() => {
    session.setDemoOpenid('demo-patient');
  });

  it('shows the nurses with their areas and saves a change', async () => {
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    expect(textOf(page)).toContain('赵静');
    expect(textOf(page)).toContain('负责：心血管内科、呼吸内科');
    tap(page, '#area-demo-nurse-zz-d-zz-resp');
    tap(page, '#area-demo-nurse-zz-d-zz-geri');
    tap(page, '#save-demo-nurse-zz');
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已保存赵静的诊区', icon: 'none' }));
    expect(apiCalls().find((c) => c.action === 'assignAreas')?.params).toEqual({
      hospitalId: 'h-zzcentral',
      openid: 'demo-nurse-zz',
      departmentIds: ['d-zz-cardio', 'd-zz-geri'],
    });
    expect(await system.ports.db.get('nurseAreas', 'na-demo-nurse-zz-h-zzcentral')).toMatchObject({ departmentIds: ['d-zz-cardio', 'd-zz-geri'] });
    await waitFor(() => expect(textOf(page)).toContain('负责：心血管内科、老年医学科'));
  });

  it('links to 候诊设置', async () => {
    wxMock.navigateTo.mockReset();
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    tap(page, '#to-queue-settings');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/queue-settings/index' }));
  });

  it("links to each area's check-in code to print", async () => {
    wxMock.navigateTo.mockReset();
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    expect(textOf(page)).toContain('诊区签到码（打印后张贴在诊区入口）');
    tap(page, '#code-d-zz-resp');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/area-code/index?departmentId=d-zz-resp' }));
  });

  it('refuses a nurse; shows a network failure', async () => {
    session.setDemoOpenid('demo-nurse-zz');
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(textOf(page)).toContain('没有权限进行此操作'));
    failRequests();
    const other = renderPage(id);
    await other.instance.onLoad();
    await waitFor(() => expect(textOf(other)).toContain('网络不太好'));
  });

  it('marks and toggles areas', () => {
    const rows = nurseRows({
      nurses: [{ openid: 'n', name: '赵静', departmentIds: ['a'] }],
      departments: [
        { id: 'a', name: '心内', location: '' },
        { id: 'b', name: '呼吸', location: '' },
      ],
    });
    expect(rows[0]).toMatchObject({
      summary: '负责：心内',
      areas: [
        { id: 'a', on: true },
        { id: 'b', on: false },
      ],
    });
    expect(toggled(rows[0], 'a').areas[0].on).toBe(false);
    expect(nurseRows({ nurses: [{ openid: 'n', name: '赵静', departmentIds: [] }], departments: [] })[0].summary).toBe('还没有分配诊区');
  });
});
