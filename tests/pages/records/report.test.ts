import type { ReportSummary } from '../../../miniprogram/shared/dto/records';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { CRITICAL_K, MOTHER, ZHANG } from '../../support/records-fixtures';
import { failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

describe('records report page (报告详情)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('records/report/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.makePhoneCall.mockReset();
    system = await startLocalSystem({ history: true });
    routeRequests(system);
    session.setDemoOpenid('demo-patient');
  });

  async function reportOf(patientId: string, pick: (r: ReportSummary) => boolean): Promise<ReportSummary> {
    const { reports } = await system.ok<{ reports: ReportSummary[] }>('records', 'demo-patient', { action: 'reports', patientId });
    const found = reports.find(pick);
    if (!found) throw new Error('no such report');
    return found;
  }

  async function opened(reportId: string): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad({ id: reportId });
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }

  it('a critical report: the hospital will call, the department’s phone one tap away, no value anywhere on the page', async () => {
    const r = await reportOf(MOTHER, (x) => x.critical);
    const page = await opened(r.id);
    const text = textOf(page);
    expect(text).toContain('请留意医院来电');
    expect(text).toContain('医院将立即与您联系');
    expect(text).not.toContain(CRITICAL_K);
    expect(JSON.stringify(page.data)).not.toContain(CRITICAL_K);
    tap(page, '#call-department');
    await waitFor(() => expect(wxMock.makePhoneCall).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '037166128213' })));
  });

  it('a lab report: items with value, unit, range and flag; abnormal first; a trend chart across visits from its data', async () => {
    const r = await reportOf(ZHANG, (x) => x.title === '肝功能');
    const page = await opened(r.id);
    const text = textOf(page);
    expect(text).toContain('丙氨酸氨基转移酶');
    expect(text).toContain('9-50 U/L');
    expect(text).toContain('审核 检验科');
    await page.instance.onAbnormalFirst({ detail: true });
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    expect(page.data.abnormalFirst).toBe(true);
    tap(page, '#trend-ALT');
    await waitFor(() => expect(page.data.chart).not.toBeNull());
    const points = Object.values(page.data.chart.points as Record<string, { date: string; value: number; y: number }>);
    expect(points).toHaveLength(8);
    expect(points.map((p) => p.date)).toEqual([...points.map((p) => p.date)].sort());
    expect(page.data.chart.uri).toMatch(/^data:image\/svg\+xml/);
    expect(page.data.chart.title).toContain('丙氨酸氨基转移酶（U/L） 参考范围 9-50');
    expect(textOf(page.querySelector('#trend-chart')!)).toContain(`${points[0].date}：${points[0].value}`);
  });

  it('an imaging report: findings and impression', async () => {
    const r = await reportOf(ZHANG, (x) => x.title === '常规心电图');
    const page = await opened(r.id);
    expect(textOf(page.querySelector('#findings')!)).toContain('心率');
    expect(textOf(page)).toContain('诊断意见');
  });

  it('a sensitive report asks for the ID number’s last 4 digits: a wrong one is refused with the reason, the right one opens it', async () => {
    const r = await reportOf(ZHANG, (x) => x.title === 'HIV抗体筛查');
    const page = await opened(r.id);
    expect(textOf(page)).toContain('请输入就诊人身份证号后4位查看');
    expect(textOf(page)).not.toContain('阴性');
    page.instance.onLast4({ detail: '0000' });
    tap(page, '#unlock');
    await waitFor(() => expect(page.data.last4Error).toBe('身份证号后4位不正确，本小时内还可尝试4次'));
    const zhang = (await system.ports.db.get<{ _id: string; idNumber: string }>('patients', ZHANG))!;
    page.instance.onLast4({ detail: zhang.idNumber.slice(-4) });
    tap(page, '#unlock');
    await waitFor(() => expect(textOf(page)).toContain('HIV抗体（初筛）'));
    expect(textOf(page)).toContain('阴性');
  });

  it('empty without an id; an error with a retry offline', async () => {
    const none = await opened('');
    expect(textOf(none)).toContain('没有找到这份报告');
    failRequests();
    const offline = await opened('rep-x');
    expect(textOf(offline)).toContain('重试');
  });
});
