import { session } from '../../../miniprogram/stores/session';
import type { HospitalProfile } from '../../../miniprogram/shared/dto/content';
import { tap, apiCalls, loadPage, renderPage, routeRequests, startLocalSystem, textOf, waitFor, wxMock, failRequests } from '../setup/page';
import type { LocalSystem } from '../../support/local-system';

describe('hospital page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('previsit/hospital/index');
  });
  beforeEach(async () => {
    jestReset();
    system = await startLocalSystem();
    routeRequests(system);
  });

  function jestReset(): void {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.stopPullDownRefresh.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
  }

  it('loads the hospitals, then shows the chosen hospital with its level, counts, intro, specialties, hours and address', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('郑州康宁医院'));
    const text = textOf(page);
    expect(text).toContain('三级甲等');
    expect(text).toContain('综合医院');
    expect(text).toContain('科室 31 个');
    expect(text).toContain('医生 76 位');
    expect(text).toContain('郑州康宁医院前身为1956年创办的郑州康宁联合诊所');
    expect(text).toContain('心血管内科（省级临床重点专科，国家标准版胸痛中心）');
    expect(text).toContain('河南省郑州市金水区康宁街18号');
    expect(text).toContain('急诊、发热门诊24小时开放');
    expect(apiCalls().map((c) => `${c.fn}.${c.action}`)).toEqual(['content.listHospitals', 'content.getHospital']);
    expect(apiCalls()[1].params).toEqual({ hospitalId: 'h-zzcentral' });
    expect(Object.keys(page.data.view.data.paragraphs)).toHaveLength(4);
    // The demo building drawn for the project (scripts/demo-media.ts), from the local emulator.
    expect(page.querySelector('.photo')!.toJSON().attrs).toContainEqual({ name: 'src', value: 'http://127.0.0.1:3000/files/demo/hospitals/h-zzcentral.png' });
  });

  it('shows the photos in a swiper when the hospital has some', async () => {
    const photo = 'https://example.invalid/h-zzcentral-gate.jpg';
    const doc = await system.ports.db.get<{ _id: string; photos: string[] }>('hospitals', 'h-zzcentral');
    await system.ports.db.remove('hospitals', { _id: 'h-zzcentral' });
    await system.ports.db.insert('hospitals', { ...doc!, photos: [photo] });
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(page.querySelector('.photos')).toBeTruthy());
    expect(page.querySelector('.photo')!.toJSON().attrs).toContainEqual({ name: 'src', value: photo });
  });

  it('shows the hospital the session has chosen', async () => {
    session.selectHospital('h-xinyang-county');
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('光山县康宁医院'));
    const hospital = (await system.ok<{ hospital: HospitalProfile }>('content', null, { action: 'getHospital', hospitalId: 'h-xinyang-county' })).hospital;
    expect(textOf(page)).toContain('二级甲等');
    expect(textOf(page)).toContain(`科室 ${hospital.departmentCount} 个`);
    expect(textOf(page)).toContain(hospital.address);
    expect(apiCalls()[1].params).toEqual({ hospitalId: 'h-xinyang-county' });
  });

  it('shows the empty state when the platform has no hospital', async () => {
    await system.ports.db.remove('hospitals', {});
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('暂无医院信息'));
    expect(apiCalls().map((c) => c.action)).toEqual(['listHospitals']);
  });

  it.each([
    ['#open-directions', '/previsit/directions/index'],
    ['#open-phones', '/previsit/phones/index'],
    ['#open-departments', '/previsit/departments/index'],
    ['#address', '/previsit/directions/index'],
  ])('tapping %s opens %s', async (selector, url) => {
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('来院路线'));
    tap(page, selector);
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url }));
  });

  it('reloads on pull-down and stops the refresh indicator', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('郑州康宁医院'));
    await page.instance.onPullDownRefresh();
    expect(apiCalls().map((c) => c.action)).toEqual(['listHospitals', 'getHospital', 'getHospital']);
    expect(wxMock.stopPullDownRefresh).toHaveBeenCalled();
  });

  it('shows an error with a retry when the backend cannot be reached, and loads on retry', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
    routeRequests(system);
    page.querySelector('#state')!.dispatchEvent('retry');
    await waitFor(() => expect(textOf(page)).toContain('郑州康宁医院'));
  });
});
