import { session } from '../../../miniprogram/stores/session';
import type { BookingSettingsView } from '../../../miniprogram/shared/dto/schedule';
import { releaseTimeProblem } from '../../../miniprogram/shared/schedule-rules';
import { formOfSettings, settingsFieldOf, settingsInput, settingsSummary, validateSettings } from '../../../miniprogram/staff/settings/settings-form';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

const SCHEDULER = 'demo-scheduler-zz';
const DEFAULTS: BookingSettingsView = {
  windowDays: 7,
  releaseTime: '08:00',
  cancelDeadlineMinutes: 120,
  holdMinutes: 15,
  dailyCap: 3,
  noShowCount: 3,
  noShowWithinDays: 90,
  noShowRestrictDays: 30,
};

describe('staff booking rules page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/settings/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.showToast.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid(SCHEDULER);
  });
  afterEach(() => {
    session.setDemoOpenid('demo-patient');
  });

  async function opened(): Promise<ReturnType<typeof renderPage>> {
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  const stored = async (): Promise<BookingSettingsView> =>
    (await system.ok<{ settings: BookingSettingsView }>('schedule', SCHEDULER, { action: 'getSettings', hospitalId: 'h-zzcentral' })).settings;

  it("loads the hospital's rules into the form", async () => {
    const page = await opened();
    expect(page.data.form).toEqual(formOfSettings(DEFAULTS));
    expect(textOf(page)).toContain('提前7天预约，每天08:00放号；就诊前120分钟可取消；未支付保留15分钟；每人每天最多3个预约；90天内爽约3次，30天内不能预约');
  });

  it('saves every field; the server keeps them and the page shows what it answered', async () => {
    const page = await opened();
    page.instance.onWindowDays({ detail: '14' });
    page.instance.onReleaseTime({ detail: '7:30' });
    page.instance.onCancelDeadline({ detail: '60' });
    page.instance.onHoldMinutes({ detail: '10' });
    page.instance.onDailyCap({ detail: '2' });
    page.instance.onNoShowCount({ detail: '4' });
    page.instance.onNoShowWithin({ detail: '180' });
    page.instance.onNoShowRestrict({ detail: '60' });
    tap(page, '#save');
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '预约规则已保存', icon: 'none' }));
    const saved = {
      windowDays: 14,
      releaseTime: '07:30',
      cancelDeadlineMinutes: 60,
      holdMinutes: 10,
      dailyCap: 2,
      noShowCount: 4,
      noShowWithinDays: 180,
      noShowRestrictDays: 60,
    };
    expect(apiCalls().find((c) => c.action === 'saveSettings')?.params).toEqual({ hospitalId: 'h-zzcentral', ...saved });
    expect(await stored()).toEqual(saved);
    await waitFor(() => expect(textOf(page)).toContain('提前14天预约，每天07:30放号'));
    const rules = await system.ok<{ rules: { windowDays: number; noShowText: string } }>('booking', null, { action: 'rules', hospitalId: 'h-zzcentral' });
    expect(rules.rules).toMatchObject({ windowDays: 14, noShowText: '180天内爽约4次，60天内不能预约' });
  });

  it('refuses a 23:00 release time inline with the server message, and no request', async () => {
    const page = await opened();
    page.instance.onReleaseTime({ detail: '23:00' });
    tap(page, '#save');
    await waitFor(() => expect(textOf(page)).toContain('放号时间不能在22:00至次日06:00之间'));
    expect(apiCalls().map((c) => c.action)).not.toContain('saveSettings');
    const server = await system.call('schedule', SCHEDULER, { action: 'saveSettings', hospitalId: 'h-zzcentral', ...DEFAULTS, releaseTime: '23:00' });
    expect(server).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'VALIDATION_FAILED', message: page.data.errors.releaseTime, field: 'releaseTime' }),
    });
    expect((await stored()).releaseTime).toBe('08:00');
  });

  it('refuses numbers out of range inline', async () => {
    const page = await opened();
    page.instance.onWindowDays({ detail: '15' });
    page.instance.onHoldMinutes({ detail: '3' });
    page.instance.onNoShowWithin({ detail: '' });
    tap(page, '#save');
    await waitFor(() => expect(textOf(page)).toContain('请填写1到14之间的整数'));
    expect(textOf(page)).toContain('请填写5到60之间的整数');
    expect(textOf(page)).toContain('请填写7到365之间的整数');
    expect(apiCalls().map((c) => c.action)).not.toContain('saveSettings');
  });

  it("shows the server's refusal to a patient and to an editor", async () => {
    for (const openid of ['demo-patient', 'demo-editor-zz']) {
      session.setDemoOpenid(openid);
      const page = renderPage(id);
      await page.instance.onLoad();
      await waitFor(() => expect(textOf(page)).toContain('没有权限进行此操作'));
      expect(page.querySelector('#save')).toBeFalsy();
    }
  });

  it('shows an error with a retry when the backend cannot be reached', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
  });
});

describe('booking rules form', () => {
  it('refuses release times from 22:00 to 05:59, minute by minute (the rule the server applies too)', () => {
    for (let m = 0; m < 24 * 60; m++) {
      const t = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      expect(releaseTimeProblem(t) !== '').toBe(m >= 22 * 60 || m < 6 * 60);
    }
    expect(releaseTimeProblem('21:59')).toBe('');
    expect(releaseTimeProblem('06:00')).toBe('');
  });

  it('checks each number against its range and builds the input', () => {
    const form = formOfSettings(DEFAULTS);
    expect(Object.values(validateSettings(form)).every((m) => m === '')).toBe(true);
    expect(settingsInput(form)).toEqual(DEFAULTS);
    expect(validateSettings({ ...form, cancelDeadlineMinutes: '2881' }).cancelDeadlineMinutes).toBe('请填写0到2880之间的整数');
    expect(validateSettings({ ...form, cancelDeadlineMinutes: '0' }).cancelDeadlineMinutes).toBe('');
    expect(validateSettings({ ...form, releaseTime: '8点' }).releaseTime).toBe('请按“08:00”的格式填写时间');
    expect(settingsSummary({ ...DEFAULTS, windowDays: 10 })).toContain('提前10天预约');
    expect(settingsFieldOf('releaseTime')).toBe('releaseTime');
    expect(settingsFieldOf('hospitalId')).toBe('');
  });
});
