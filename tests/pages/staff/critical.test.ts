import type { ReportDetail, ReportSummary } from '../../../miniprogram/shared/dto/records';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { CRITICAL_K, MOTHER } from '../../support/records-fixtures';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

describe('staff critical-value page (危急值处置)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/critical/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.showModal.mockClear();
    wxMock.makePhoneCall.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    system = await startLocalSystem({ history: true });
    routeRequests(system);
    session.setDemoOpenid('demo-nurse-zz');
  });
  afterEach(() => {
    session.setDemoOpenid('demo-patient');
  });

  async function criticalReport(): Promise<ReportSummary> {
    const { reports } = await system.ok<{ reports: ReportSummary[] }>('records', 'demo-patient', { action: 'reports', patientId: MOTHER });
    return reports.find((r) => r.critical)!;
  }

  async function opened(): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }

  it('lists the critical value with the patient’s phone; a nurse calls, records the handover, and the patient then sees the value', async () => {
    const r = await criticalReport();
    const page = await opened();
    const task = textOf(page.querySelector(`#task-${r.id}`)!);
    expect(task).toContain('王秀兰 · 肾功能+电解质');
    expect(task).toContain(`钾 ${CRITICAL_K} mmol/L ↑↑（3.50-5.30）`);
    tap(page, `#call-${r.id}`);
    await waitFor(() => expect(wxMock.makePhoneCall).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '13803710001' })));
    tap(page, `#start-${r.id}`);
    await waitFor(() => expect(page.querySelector(`#form-${r.id}`)).toBeTruthy());
    tap(page, '#save');
    await waitFor(() => expect(page.data.form.error).toBe('请填写联系到的人（患者本人或家属）'));
    page.instance.onPerson({ detail: '王秀兰之子张建国' });
    tap(page, '#method-phone');
    page.instance.onNote({ detail: '已嘱立即到急诊复查血钾' });
    tap(page, '#save');
    await waitFor(() => expect(textOf(page)).toContain('没有待处置的危急值'));
    expect(apiCalls().find((c) => c.action === 'recordContact')!.params).toMatchObject({
      reportId: r.id,
      contactedPerson: '王秀兰之子张建国',
      method: 'phone',
      note: '已嘱立即到急诊复查血钾',
    });
    const { report } = await system.ok<{ report: ReportDetail }>('records', 'demo-patient', { action: 'report', reportId: r.id });
    expect(report.items.find((i) => i.code === 'K')).toMatchObject({ value: CRITICAL_K, flag: '↑↑' });
  });

  it('a role without the worklist sees the error; offline a retry', async () => {
    session.setDemoOpenid('demo-billing-zz');
    expect(textOf(await opened())).toContain('重试');
    session.setDemoOpenid('demo-nurse-zz');
    failRequests();
    expect(textOf(await opened())).toContain('重试');
  });
});
