import { session } from '../../../miniprogram/stores/session';
import { tap, apiCalls, loadPage, renderPage, routeRequests, startLocalSystem, textOf, waitFor, wxMock, failRequests } from '../setup/page';
import type { LocalSystem } from '../../support/local-system';

describe('departments page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('previsit/departments/index');
  });
  beforeEach(async () => {
    jestReset();
    system = await startLocalSystem();
    routeRequests(system);
  });

  function jestReset(): void {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
  }

  async function shown() {
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('心血管内科'));
    return page;
  }

  it('shows the categories in the sidebar and the first category’s departments with their locations', async () => {
    const page = await shown();
    const text = textOf(page);
    for (const label of ['内科', '外科', '妇产科', '儿科', '五官科', '医技科室']) expect(text).toContain(label);
    expect(text).toContain('门诊楼2楼A区');
    expect(text).toContain('消化内科');
    expect(text).not.toContain('骨科');
    expect(apiCalls().map((c) => `${c.fn}.${c.action}`)).toEqual(['content.listHospitals', 'content.listDepartments']);
    expect(apiCalls()[1].params).toEqual({ hospitalId: 'h-zzcentral' });
    expect(Object.keys(page.data.view.data.departments)).toHaveLength(31);
  });

  it('switches the category when a sidebar item is tapped', async () => {
    const page = await shown();
    tap(page, '#category-surgery');
    await waitFor(() => expect(textOf(page)).toContain('骨科'));
    expect(page.data.active).toBe(1);
    expect(page.querySelector('#department-d-zz-ortho')).toBeTruthy();
    expect(page.querySelector('#department-d-zz-cardio')).toBeFalsy();
  });

  it('opens a department when its cell is tapped', async () => {
    const page = await shown();
    tap(page, '#department-d-zz-cardio');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/previsit/department/index?id=d-zz-cardio' }));
  });

  it('searches by name across categories and opens a result', async () => {
    const page = await shown();
    page.instance.onSearch({ detail: '外科' });
    await waitFor(() => expect(textOf(page)).toContain('搜索结果'));
    const ids = Object.values(page.data.results as Record<string, { id: string }>).map((d) => d.id);
    expect(ids).toEqual(['d-zz-gensurg', 'd-zz-neurosurg', 'd-zz-uro', 'd-zz-thoracic']);
    expect(textOf(page)).toContain('外科 · ');
    expect(page.querySelector('#department-d-zz-cardio')).toBeFalsy();
    tap(page, '#result-d-zz-uro');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/previsit/department/index?id=d-zz-uro' }));
  });

  it('finds a department of another category than the one selected', async () => {
    const page = await shown();
    page.instance.onSearch({ detail: ' 眼科 ' });
    await waitFor(() => expect(page.querySelector('#result-d-zz-ophth')).toBeTruthy());
    expect(textOf(page)).toContain('五官科 · ');
  });

  it('shows an empty result for a name no department has, and the categories again when cleared', async () => {
    const page = await shown();
    page.instance.onSearch({ detail: '不存在的科' });
    await waitFor(() => expect(textOf(page)).toContain('没有找到名称含“不存在的科”的科室'));
    page.instance.onSearch({ detail: '' });
    await waitFor(() => expect(page.querySelector('#department-d-zz-cardio')).toBeTruthy());
  });

  it('shows the empty state when the hospital has no department', async () => {
    await system.ports.db.remove('departments', { hospitalId: 'h-zzcentral' });
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('暂无科室信息'));
  });

  it('shows an error with a retry when the backend cannot be reached, and loads on retry', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
    routeRequests(system);
    page.querySelector('#state')!.dispatchEvent('retry');
    await waitFor(() => expect(textOf(page)).toContain('心血管内科'));
  });
});
