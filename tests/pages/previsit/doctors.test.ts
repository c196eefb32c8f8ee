import { session } from '../../../miniprogram/stores/session';
import type { DoctorSummary } from '../../../miniprogram/shared/dto/content';
import { tap, apiCalls, loadPage, renderPage, routeRequests, startLocalSystem, textOf, waitFor, wxMock, failRequests } from '../setup/page';
import type { LocalSystem } from '../../support/local-system';

describe('doctors page', () => {
  let id: string;
  let system: LocalSystem;
  let all: DoctorSummary[];
  beforeAll(() => {
    id = loadPage('previsit/doctors/index');
  });
  beforeEach(async () => {
    jestReset();
    system = await startLocalSystem();
    routeRequests(system);
    all = (await system.ok<{ doctors: DoctorSummary[] }>('content', null, { action: 'listDoctors', hospitalId: 'h-zzcentral' })).doctors;
  });

  function jestReset(): void {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
  }

  async function shown(query: Record<string, string> = {}) {
    const page = renderPage(id);
    await page.instance.onLoad(query);
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  function shownIds(page: ReturnType<typeof renderPage>): string[] {
    return Object.values(page.data.shown as Record<string, DoctorSummary>).map((d) => d.id);
  }

  it('lists every doctor of the hospital with title, department, specialties and a surname avatar', async () => {
    const page = await shown();
    expect(all).toHaveLength(76);
    const text = textOf(page);
    expect(text).toContain('共 76 位医生');
    for (const d of all.slice(0, 10)) expect(text).toContain(d.name);
    const chen = all.find((d) => d.name === '陈立民')!;
    expect(text).toContain(chen.specialties);
    expect(text).toContain('心血管内科');
    expect(text).toContain('主任医师');
    expect(page.querySelector(`#doctor-${chen.id}`)!.dom!.textContent).toContain('陈');
    expect(Object.values(page.data.shown as Record<string, { initial: string }>)[0].initial).toBe(all[0].name[0]);
    expect(apiCalls().map((c) => `${c.fn}.${c.action}`)).toEqual(['content.listHospitals', 'content.listDoctors']);
    expect(apiCalls()[1].params).toEqual({ hospitalId: 'h-zzcentral' });
    expect(page.querySelector('#department-filter')).toBeTruthy();
    expect(Object.keys(page.data.options)).toHaveLength(new Set(all.map((d) => d.departmentId)).size + 1);
  });

  it('lists only the doctors of the department given in the query', async () => {
    const page = await shown({ departmentId: 'd-zz-ortho' });
    expect(apiCalls()[1].params).toEqual({ hospitalId: 'h-zzcentral', departmentId: 'd-zz-ortho' });
    const ortho = all.filter((d) => d.departmentId === 'd-zz-ortho');
    expect(shownIds(page)).toEqual(ortho.map((d) => d.id));
    expect(textOf(page)).toContain(`骨科 · 共 ${ortho.length} 位医生`);
    expect(textOf(page)).toContain('杨振东');
    expect(textOf(page)).not.toContain('陈立民');
    expect(page.querySelector('#department-filter')).toBeFalsy();
  });

  it('filters by department with the dropdown', async () => {
    const page = await shown();
    page.instance.onFilter({ detail: 'd-zz-gastro' });
    await waitFor(() => expect(textOf(page)).toContain('共 3 位医生'));
    expect(shownIds(page)).toEqual(all.filter((d) => d.departmentId === 'd-zz-gastro').map((d) => d.id));
    expect(textOf(page)).toContain('范红梅');
    expect(textOf(page)).not.toContain('陈立民');
  });

  it('searches by name and by specialty text', async () => {
    const page = await shown();
    page.instance.onSearch({ detail: '陈立民' });
    await waitFor(() => expect(textOf(page)).toContain('共 1 位医生'));
    expect(shownIds(page)).toEqual(['doc-zz-001']);
    page.instance.onSearch({ detail: '射频消融' });
    const expected = all.filter((d) => d.specialties.includes('射频消融')).map((d) => d.id);
    await waitFor(() => expect(shownIds(page)).toEqual(expected));
    expect(expected.length).toBeGreaterThan(0);
    expect(textOf(page)).toContain('牛振华');
  });

  it('shows an empty result when nothing matches the search', async () => {
    const page = await shown();
    page.instance.onSearch({ detail: '没有这种专长' });
    await waitFor(() => expect(textOf(page)).toContain('没有找到相关医生'));
    expect(textOf(page)).toContain('共 0 位医生');
  });

  it('answers a symptom word with the departments the triage engine suggests and 智能导诊', async () => {
    const page = await shown();
    page.instance.onSearch({ detail: '牙疼' });
    await waitFor(() => expect(textOf(page)).toContain('按症状找科室'));
    expect(textOf(page)).toContain('口腔科');
    const triage = apiCalls().find((c) => c.fn === 'triage');
    expect(triage).toMatchObject({ action: 'assess', params: { hospitalId: 'h-zzcentral', text: '牙疼' } });
    tap(page, '#suggest-d-zz-dental');
    await waitFor(() => expect(page.data.filter).toBe('d-zz-dental'));
    await waitFor(() => expect(textOf(page)).toContain('彭志远'));
    expect(page.data.query).toBe('');
    page.instance.onSearch({ detail: '牙疼' });
    await waitFor(() => expect(textOf(page)).toContain('智能导诊'));
    tap(page, '#open-triage');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/previsit/triage/index' }));
  });

  it('opens a doctor’s page when a doctor is tapped', async () => {
    const page = await shown({ departmentId: 'd-zz-cardio' });
    tap(page, '#doctor-doc-zz-003');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/previsit/doctor/index?id=doc-zz-003' }));
  });

  it('shows the empty state for a department without doctors', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({ departmentId: 'd-zz-radio' });
    await waitFor(() => expect(textOf(page)).toContain('暂无医生信息'));
  });

  it('shows an error with a retry when the backend cannot be reached, and loads on retry', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
    routeRequests(system);
    page.querySelector('#state')!.dispatchEvent('retry');
    await waitFor(() => expect(textOf(page)).toContain('共 76 位医生'));
  });
});
