import type { ReportSummary } from '../../../miniprogram/shared/dto/records';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { CRITICAL_K, MOTHER, ZHANG } from '../../support/records-fixtures';
import { openFamilyPage } from './family-page';
import { apiCalls, failRequests, loadPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

describe('records reports page (报告查询)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('records/reports/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    system = await startLocalSystem({ history: true });
    routeRequests(system);
    session.setDemoOpenid('demo-patient');
    session.selectHospital('h-zzcentral');
  });

  const opened = (query: Record<string, string> = {}): Promise<Rendered> => openFamilyPage(id, query);

  const reportsOf = (page: Rendered): ReportSummary[] => Object.values(page.data.view.data.reports as Record<string, ReportSummary>);

  it('lists the first family member’s reports newest first, with status, visit, department and the 互认 mark', async () => {
    const page = await opened();
    const list = reportsOf(page);
    expect(list.length).toBeGreaterThan(30);
    const text = textOf(page);
    expect(text).toContain('张建国');
    expect(text).toContain('王秀兰');
    expect(text).toContain('糖化血红蛋白');
    expect(text).toContain('已出报告');
    expect(text).toContain('互认');
    expect(text).toContain('隐私报告，查看需验证');
    const county = list.find((r) => r.mutual)!;
    expect(textOf(page.querySelector(`#report-${county.id}`)!)).toContain('光山县康宁医院');
    expect(apiCalls().filter((c) => c.fn === 'records')).toEqual([
      { fn: 'records', action: 'reports', params: { patientId: ZHANG, hospitalId: 'h-zzcentral' } },
    ]);
  });

  it('switches to 王秀兰: her critical report says to expect the hospital’s call and shows no value; tapping opens it', async () => {
    const page = await opened();
    tap(page, `#member-${MOTHER}`);
    await waitFor(() => expect(page.data.selected === MOTHER && page.data.view.status === 'ready').toBe(true));
    expect(textOf(page)).toContain('请留意医院来电');
    expect(textOf(page)).not.toContain(CRITICAL_K);
    const critical = reportsOf(page).find((r) => r.critical)!;
    tap(page, `#report-${critical.id}`);
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/records/report/index?id=${critical.id}` }));
    tap(page, '#to-prescriptions');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/records/prescriptions/index?patientId=${MOTHER}` }));
  });

  it('without a member asked for, opens on 本人 (the family store’s default) even when another member was added first', async () => {
    const add = (name: string, idNumber: string, relation: string, requestId: string) =>
      system.ok<{ id: string }>('patients', 'demo-patient-new', {
        action: 'add',
        name,
        idType: 'resident_id',
        idNumber,
        phone: '13912345678',
        relation,
        requestId,
      });
    const parent = await add('张国强', '110105194502020038', 'parent', 'add-parent-0001');
    const self = await add('李淑芬', '11010519700101002X', 'self', 'add-self-00001');
    session.setDemoOpenid('demo-patient-new');
    const page = await opened();
    expect(Object.values(page.data.members as Record<string, { id: string }>).map((m) => m.id)).toEqual([parent.id, self.id]);
    expect(page.data.selected).toBe(self.id);
    expect(apiCalls().filter((c) => c.fn === 'records')[0].params).toMatchObject({ patientId: self.id });
  });

  it('empty for a family member without reports; an error with a retry offline', async () => {
    session.setDemoOpenid('demo-patient-2');
    const page = await opened();
    expect(textOf(page)).toContain('还没有检查检验报告。就诊人在本平台预约并由医生完成接诊后');
    failRequests();
    const offline = await opened();
    await waitFor(() => expect(textOf(offline)).toContain('重试'));
  });

  it('elder mode enlarges the page', async () => {
    session.setElderMode(true);
    const page = await opened();
    expect(page.querySelector('.pz-page')!.dom!.className).toContain('elder');
    session.setElderMode(false);
  });
});
