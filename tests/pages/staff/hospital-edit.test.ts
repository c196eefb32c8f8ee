import { session } from '../../../miniprogram/stores/session';
import type { HospitalProfile } from '../../../miniprogram/shared/dto/content';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

const PHOTO = '/files/zz-front-gate.jpg';

describe('staff hospital introduction editor page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/hospital-edit/index');
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

  async function hospital(): Promise<HospitalProfile> {
    return (await system.ok<{ hospital: HospitalProfile }>('content', 'demo-patient', { action: 'getHospital', hospitalId: 'h-zzcentral' })).hospital;
  }

  async function opened(): Promise<ReturnType<typeof renderPage>> {
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  it('loads the current intro and specialties, one specialty per 、 with its bracketed note intact', async () => {
    const page = await opened();
    expect(textOf(page)).toContain('郑州康宁医院');
    expect(page.data.form.intro).toContain('郑州康宁医院前身为1956年');
    expect(page.data.form.specialties).toContain('心血管内科（省级临床重点专科，国家标准版胸痛中心）、神经内科');
    expect(apiCalls().map((c) => c.action)).toEqual(['listHospitals', 'getHospital']);
  });

  it('saves the intro and specialties, keeps the photos, and patients see the change', async () => {
    const before = await hospital();
    await system.ok('content', 'demo-editor-zz', {
      action: 'updateHospitalIntro',
      hospitalId: 'h-zzcentral',
      intro: before.intro,
      specialties: before.specialties,
      photos: [PHOTO],
    });
    const page = await opened();
    expect(textOf(page)).toContain('现有照片 1 张');
    page.instance.onIntro({ detail: '郑州康宁医院是一所三级甲等综合医院。' });
    page.instance.onSpecialties({ detail: '心血管内科（胸痛中心，省重点）、神经内科, 骨科，产科' });
    tap(page, '#save');
    await waitFor(() => expect(wxMock.navigateBack).toHaveBeenCalled());
    expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已保存', icon: 'none' });
    const after = await hospital();
    expect(after.intro).toBe('郑州康宁医院是一所三级甲等综合医院。');
    expect(after.specialties).toEqual(['心血管内科（胸痛中心，省重点）', '神经内科', '骨科', '产科']);
    expect(after.photos).toEqual([PHOTO]);
  });

  it('shows an empty intro and an over-long specialty inline without a request', async () => {
    const page = await opened();
    page.instance.onIntro({ detail: '  ' });
    page.instance.onSpecialties({ detail: `心内科、${'长'.repeat(31)}` });
    tap(page, '#save');
    await waitFor(() => expect(textOf(page)).toContain('请填写医院简介'));
    expect(textOf(page)).toContain('超过30个字');
    expect(apiCalls().map((c) => c.action)).not.toContain('updateHospitalIntro');
  });

  it('shows the server refusal when someone without the editor role saves', async () => {
    session.setDemoOpenid('demo-editor-xy');
    const page = await opened();
    page.instance.onIntro({ detail: '不该保存的简介' });
    tap(page, '#save');
    await waitFor(() => expect(textOf(page)).toContain('没有权限进行此操作'));
    expect(wxMock.navigateBack).not.toHaveBeenCalled();
    expect((await hospital()).intro).not.toBe('不该保存的简介');
  });

  it('shows an error with a retry when the backend cannot be reached', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
  });
});
