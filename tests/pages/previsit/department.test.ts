import { session } from '../../../miniprogram/stores/session';
import type { DoctorSummary } from '../../../miniprogram/shared/dto/content';
import { tap, apiCalls, loadPage, renderPage, routeRequests, startLocalSystem, textOf, waitFor, wxMock, failRequests } from '../setup/page';
import type { LocalSystem } from '../../support/local-system';

describe('department page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('previsit/department/index');
  });
  beforeEach(async () => {
    jestReset();
    system = await startLocalSystem();
    routeRequests(system);
  });

  function jestReset(): void {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.makePhoneCall.mockReset();
    session.setHospitalsStatus('idle', '');
  }

  async function shown(departmentId: string) {
    const page = renderPage(id);
    await page.instance.onLoad({ id: departmentId });
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  it('shows the department’s category, location, phone, intro, conditions and doctors', async () => {
    const page = await shown('d-zz-cardio');
    const { doctors } = await system.ok<{ doctors: DoctorSummary[] }>('content', null, {
      action: 'listDoctors',
      hospitalId: 'h-zzcentral',
      departmentId: 'd-zz-cardio',
    });
    const text = textOf(page);
    expect(text).toContain('心血管内科');
    expect(text).toContain('内科');
    expect(text).toContain('门诊楼2楼A区');
    expect(text).toContain('0371-66128201');
    expect(text).toContain('国家标准版胸痛中心的核心科室');
    for (const c of ['高血压', '冠心病', '心律失常', '心力衰竭']) expect(text).toContain(c);
    expect(text).toContain(`本科室医生（${doctors.length} 位）`);
    for (const d of doctors) {
      expect(text).toContain(d.name);
      expect(text).toContain(d.specialties);
    }
    expect(text).toContain('陈立民');
    expect(text).toContain('主任医师');
    expect(apiCalls()).toEqual([{ fn: 'content', action: 'getDepartment', params: { departmentId: 'd-zz-cardio' } }]);
  });

  it('opens the department’s booking by date', async () => {
    const page = await shown('d-zz-cardio');
    tap(page, '#book-department');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/booking/department/index?id=d-zz-cardio' }));
  });

  it('带我去 opens the route to the department inside its hospital', async () => {
    const page = await shown('d-xy-tcm');
    tap(page, '#guide-department');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/navigation/route/index?hospitalId=h-xinyang-county&to=d-xy-tcm' }));
  });

  it('calls the department with one tap on the phone cell', async () => {
    const page = await shown('d-zz-cardio');
    tap(page, '#call-department');
    await waitFor(() => expect(wxMock.makePhoneCall).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '037166128201' })));
  });

  it('opens a doctor’s page from the list', async () => {
    const page = await shown('d-zz-cardio');
    tap(page, '#doctor-doc-zz-002');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/previsit/doctor/index?id=doc-zz-002' }));
  });

  it('says so when the department has no doctor', async () => {
    const page = await shown('d-zz-radio');
    expect(textOf(page)).toContain('放射科');
    expect(textOf(page)).toContain('本科室暂无医生介绍');
  });

  it('shows the empty state when the department does not exist', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'd-zz-missing' });
    await waitFor(() => expect(textOf(page)).toContain('没有找到这个科室'));
    expect(textOf(page)).not.toContain('重试');
    expect(apiCalls()).toEqual([{ fn: 'content', action: 'getDepartment', params: { departmentId: 'd-zz-missing' } }]);
  });

  it('shows the empty state without a department id and calls nothing', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('没有找到这个科室'));
    expect(apiCalls()).toEqual([]);
  });

  it('shows an error with a retry when the backend cannot be reached, and loads on retry', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'd-zz-cardio' });
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
    routeRequests(system);
    page.querySelector('#state')!.dispatchEvent('retry');
    await waitFor(() => expect(textOf(page)).toContain('门诊楼2楼A区'));
  });
});
