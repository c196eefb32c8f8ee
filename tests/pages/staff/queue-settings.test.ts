import { session } from '../../../miniprogram/stores/session';
import { formOfQueueSettings, queueSettingsInput, queueSummary, validateQueueForm } from '../../../miniprogram/staff/queue-settings/queue-settings-form';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

const DEFAULTS = { checkInOpensMinutes: 60, checkInClosesMinutes: 30, skipPlaces: 3, locationRadiusMeters: 0 };

describe('staff queue settings page (候诊设置)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/queue-settings/index');
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

  async function shown() {
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }

  it('the form checks each number against the server’s range and reads back as one sentence', () => {
    const form = formOfQueueSettings(DEFAULTS);
    expect(validateQueueForm(form)).toEqual({ checkInOpensMinutes: '', checkInClosesMinutes: '', skipPlaces: '', locationRadiusMeters: '' });
    expect(validateQueueForm({ ...form, skipPlaces: '0', locationRadiusMeters: '6000', checkInOpensMinutes: '1.5' })).toEqual({
      checkInOpensMinutes: '请填写0到720之间的整数',
      checkInClosesMinutes: '',
      skipPlaces: '请填写1到20之间的整数',
      locationRadiusMeters: '请填写0到5000之间的整数',
    });
    expect(queueSettingsInput({ ...form, locationRadiusMeters: ' 500 ' })).toEqual({ ...DEFAULTS, locationRadiusMeters: 500 });
    expect(queueSummary(DEFAULTS)).toBe('就诊前60分钟至开始后30分钟可签到；过号后移3位（两次后排到最后）；仅扫码签到');
  });

  it('shows the hospital’s settings, refuses a bad number on its field, and saves: check-in then follows them', async () => {
    const page = await shown();
    expect(textOf(page)).toContain('就诊前60分钟至开始后30分钟可签到');
    page.instance.onField({ detail: '9000', currentTarget: { dataset: { field: 'locationRadiusMeters' } } });
    tap(page, '#save');
    await waitFor(() => expect(page.data.errors.locationRadiusMeters).toBe('请填写0到5000之间的整数'));
    expect(apiCalls().filter((c) => c.action === 'saveSettings')).toHaveLength(0);
    page.instance.onField({ detail: '500', currentTarget: { dataset: { field: 'locationRadiusMeters' } } });
    page.instance.onField({ detail: '90', currentTarget: { dataset: { field: 'checkInOpensMinutes' } } });
    tap(page, '#save');
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '候诊设置已保存', icon: 'none' }));
    expect(apiCalls().find((c) => c.action === 'saveSettings')).toMatchObject({
      fn: 'queue',
      params: { hospitalId: 'h-zzcentral', ...DEFAULTS, checkInOpensMinutes: 90, locationRadiusMeters: 500 },
    });
    expect(await system.ports.db.get('hospitals', 'h-zzcentral')).toMatchObject({ queue: { checkInOpensMinutes: 90, locationRadiusMeters: 500 } });
    expect(textOf(page)).toContain('扫码或在医院500米内定位签到');
  });

  it('a nurse may read but not change them: the server’s refusal is shown; offline an error with retry', async () => {
    session.setDemoOpenid('demo-nurse-zz');
    const page = await shown();
    tap(page, '#save');
    await waitFor(() => expect(page.data.formError).not.toBe(''));
    expect(wxMock.showToast).toHaveBeenCalled();
    failRequests();
    const offline = await shown();
    expect(textOf(offline)).toContain('重试');
  });

  it('elder mode enlarges the page', async () => {
    session.setElderMode(true);
    const page = await shown();
    expect(page.querySelector('.pz-page')!.dom!.className).toContain('elder');
    session.setElderMode(false);
  });

  it('keeps what the admin typed when the page shows again; pull-down refresh (the page behaviour) shows the saved settings', async () => {
    const page = await shown();
    page.instance.onField({ detail: '90', currentTarget: { dataset: { field: 'checkInOpensMinutes' } } });
    await page.instance.onShow();
    await page.instance.onShow();
    expect(page.data.form.checkInOpensMinutes).toBe('90');
    await page.instance.onPullDownRefresh();
    await waitFor(() => expect(wxMock.stopPullDownRefresh).toHaveBeenCalled());
    expect(page.data.form.checkInOpensMinutes).toBe(String(DEFAULTS.checkInOpensMinutes));
  });
});
