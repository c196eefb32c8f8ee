import { session } from '../../../miniprogram/stores/session';
import {
  doctorRowsOf,
  formOf,
  settingsInput,
  settingsSummary,
  validateDoctorRows,
  validateOnlineForm,
} from '../../../miniprogram/staff/online-settings/online-settings-form';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

type ModalOptions = { title: string; content: string; success?: (r: { confirm: boolean; cancel: boolean }) => void };
type Settings = { settings: { doctorFees: Record<string, number>; defaultFen: number; answerHours: number } };
type FollowupSettings = { settings: { windowDays: number; feeFen: number; shipsCold: boolean } };

const HOSPITAL = 'h-zzcentral';
const saves = () => apiCalls().filter((c) => c.action === 'saveSettings');

describe('staff online settings page (线上诊疗设置)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/online-settings/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.showToast.mockReset();
    wxMock.showModal.mockClear();
    session.setHospitalsStatus('idle', '');
    session.selectHospital(HOSPITAL);
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

  type Rendered = { data: Record<string, unknown> };
  const rowsOf = (page: Rendered) =>
    Object.values(page.data.rows as Record<string, { doctorId: string; name: string; fee: string; error: string; canPractise: boolean; practice: string }>);

  it('the form reads yuan as fen, leaves an empty doctor fee to the default, and refuses a bad amount in Chinese', () => {
    const consult = { answerHours: 24, defaultFen: 2000, departmentFen: 1000, doctorFees: { 'doc-a': 0, 'doc-b': 1250 } };
    const followup = { windowDays: 180, feeFen: 3000, shipsCold: false };
    const doctors = ['doc-a', 'doc-b', 'doc-c'].map((d) => ({
      id: d,
      hospitalId: HOSPITAL,
      departmentId: 'd',
      departmentName: '心内科',
      name: d,
      title: 'attending' as const,
      titleLabel: '主治医师',
      specialties: '',
      avatar: '',
    }));
    const rows = doctorRowsOf({ consult, followup, doctors, staff: [] });
    expect(rows.map((r) => r.fee)).toEqual(['0', '12.5', '']);
    expect(rows[0].practice).toBe('未绑定员工账号，不能在线接诊');
    const form = formOf(consult, followup);
    expect(form).toEqual({ answerHours: '24', defaultFee: '20', departmentFee: '10', windowDays: '180', followupFee: '30' });
    expect(validateOnlineForm({ ...form, defaultFee: '-5', windowDays: '10' })).toMatchObject({
      defaultFee: '请填写金额（元），如 35 或 12.5',
      windowDays: '请填写30到365之间的整数',
    });
    expect(validateDoctorRows([{ ...rows[2], fee: '1.234' }])[0].error).toBe('咨询费最多两位小数');
    const input = settingsInput(form, rows, true);
    expect(input).toEqual({ consult, followup: { ...followup, shipsCold: true } });
    expect(settingsSummary(input)).toBe(
      '在线咨询：默认¥20.00，向科室提问¥10.00，2位医生单独定价，24小时内未接诊自动退款；在线复诊：180天内到院就诊可复诊，¥30.00，寄送冷链药品。',
    );
  });

  it('shows the hospital’s real settings and doctors with their online eligibility', async () => {
    const consult = await system.ok<Settings>('consult', 'demo-admin-zz', { action: 'getSettings', hospitalId: HOSPITAL });
    const followup = await system.ok<FollowupSettings>('followup', 'demo-admin-zz', { action: 'settings', hospitalId: HOSPITAL });
    const { staff } = await system.ok<{ staff: Array<{ doctorId: string; onlineRefusal: string }> }>('staff', 'demo-admin-zz', {
      action: 'list',
      hospitalId: HOSPITAL,
    });
    const { doctors } = await system.ok<{ doctors: Array<{ id: string; name: string }> }>('content', null, { action: 'listDoctors', hospitalId: HOSPITAL });
    const page = await shown();
    expect(page.data.view.status).toBe('ready');
    expect(page.data.form.answerHours).toBe(String(consult.settings.answerHours));
    expect(page.data.form.windowDays).toBe(String(followup.settings.windowDays));
    expect(page.data.shipsCold).toBe(followup.settings.shipsCold);
    const rows = rowsOf(page);
    expect(rows.map((r) => r.name)).toEqual(doctors.map((d) => d.name));
    const bound = staff.filter((m) => m.doctorId !== '');
    expect(bound.length).toBeGreaterThan(0);
    for (const m of bound) {
      const row = rows.find((r) => r.doctorId === m.doctorId);
      expect(row).toBeDefined();
      expect(row!.canPractise).toBe(m.onlineRefusal === '');
      if (m.onlineRefusal) expect(row!.practice).toBe(m.onlineRefusal);
    }
    expect(textOf(page)).toContain(doctors[0].name);
    expect(textOf(page)).toContain('在线复诊');
  });

  it('edits a doctor’s fee and the follow-up settings, confirms, and the server keeps them', async () => {
    const page = await shown();
    const rows = rowsOf(page);
    const index = 0;
    const doctorId = rows[index].doctorId;
    page.instance.onFee({ detail: '35.5', currentTarget: { dataset: { index } } });
    page.instance.onField({ detail: '48', currentTarget: { dataset: { field: 'answerHours' } } });
    page.instance.onField({ detail: '90', currentTarget: { dataset: { field: 'windowDays' } } });
    page.instance.onShipsCold({ detail: true });
    tap(page, '#save');
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '线上诊疗设置已保存', icon: 'none' }));
    const modal = wxMock.showModal.mock.calls[0][0] as ModalOptions;
    expect(modal.title).toBe('保存线上诊疗设置');
    expect(modal.content).toContain('48小时内未接诊自动退款');
    expect(modal.content).toContain('90天内到院就诊可复诊');
    const consult = await system.ok<Settings>('consult', 'demo-admin-zz', { action: 'getSettings', hospitalId: HOSPITAL });
    expect(consult.settings.doctorFees[doctorId]).toBe(3550);
    expect(consult.settings.answerHours).toBe(48);
    const followup = await system.ok<FollowupSettings>('followup', 'demo-admin-zz', { action: 'settings', hospitalId: HOSPITAL });
    expect(followup.settings).toMatchObject({ windowDays: 90, shipsCold: true });
    const offer = await system.ok<{ offer: { feeFen: number } }>('consult', 'demo-patient', { action: 'offer', hospitalId: HOSPITAL, doctorId });
    expect(offer.offer.feeFen).toBe(3550);
    await waitFor(() => expect(rowsOf(page)[index].fee).toBe('35.5'));
  });

  it('an invalid amount shows a Chinese error and saves nothing; cancelling the confirmation saves nothing', async () => {
    const page = await shown();
    page.instance.onFee({ detail: 'abc', currentTarget: { dataset: { index: 0 } } });
    page.instance.onField({ detail: '2000', currentTarget: { dataset: { field: 'followupFee' } } });
    tap(page, '#save');
    await waitFor(() => expect(rowsOf(page)[0].error).toBe('请填写金额（元），如 35 或 12.5'));
    expect(page.data.errors.followupFee).toBe('复诊费不能超过1000元');
    expect(textOf(page)).toContain('复诊费不能超过1000元');
    expect(wxMock.showModal).not.toHaveBeenCalled();
    expect(saves()).toHaveLength(0);
    page.instance.onFee({ detail: '0', currentTarget: { dataset: { index: 0 } } });
    page.instance.onField({ detail: '30', currentTarget: { dataset: { field: 'followupFee' } } });
    wxMock.showModal.mockImplementationOnce((opts: ModalOptions) => opts.success?.({ confirm: false, cancel: true }));
    tap(page, '#save');
    await waitFor(() => expect(wxMock.showModal).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 20));
    expect(saves()).toHaveLength(0);
  });

  it('a nurse is refused with the server’s message; offline shows an error with retry', async () => {
    session.setDemoOpenid('demo-nurse-zz');
    const refused = await shown();
    expect(refused.data.view.status).toBe('error');
    expect(refused.data.view.error).not.toBe('');
    failRequests();
    const offline = await shown();
    expect(textOf(offline)).toContain('重试');
  });

  it('an answer time being typed survives coming back to the page; pull-down shows the saved settings again', async () => {
    const page = await shown();
    page.instance.onField({ detail: '36', currentTarget: { dataset: { field: 'answerHours' } } });
    await page.instance.onShow();
    await page.instance.onShow();
    expect((page.data.form as { answerHours: string }).answerHours).toBe('36');
    wxMock.stopPullDownRefresh.mockClear();
    await page.instance.onPullDownRefresh();
    expect((page.data.form as { answerHours: string }).answerHours).not.toBe('36');
    expect(wxMock.stopPullDownRefresh).toHaveBeenCalled();
  });

  it('elder mode enlarges the page', async () => {
    session.setElderMode(true);
    const page = await shown();
    expect(page.querySelector('.pz-page')!.dom!.className).toContain('elder');
    session.setElderMode(false);
  });
});
