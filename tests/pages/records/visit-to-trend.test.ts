/**
 * A page-level journey from a completed visit to a report's trend: the doctor completes 张建国's
 * visit (an ECG and 血脂四项 ordered); nothing is reported while the orders are unpaid; once paid
 * the tests show 检查中, then the final report opens from the list and its 总胆固醇 trend runs from
 * his history to today.
 */
import type { ReportSummary } from '../../../miniprogram/shared/dto/records';
import { session } from '../../../miniprogram/stores/session';
import { payVisitOrders } from '../../support/care-day';
import type { LocalSystem } from '../../support/local-system';
import { completedVisit } from '../../support/records-fixtures';
import { openFamilyPage } from './family-page';
import { loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

const TODAY = '2026-11-25';

describe('from a completed visit to a report’s trend', () => {
  let listId: string;
  let reportId: string;
  let system: LocalSystem;
  beforeAll(() => {
    listId = loadPage('records/reports/index');
    reportId = loadPage('records/report/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    system = await startLocalSystem({ history: true });
    routeRequests(system);
    session.setDemoOpenid('demo-patient');
    session.selectHospital('h-zzcentral');
  });

  const todays = (page: Rendered): ReportSummary[] =>
    Object.values(page.data.view.data.reports as Record<string, ReportSummary>).filter((r) => r.visitDate === TODAY);
  const later = (minutes: number) => system.setNow(system.ports.clock.now() + minutes * 60_000);

  it('unpaid: no results; paid: 检查中, then the report and its trend from the history to today', async () => {
    const visitId = await completedVisit(system, '原发性高血压');
    later(240);
    expect(todays(await openFamilyPage(listId))).toEqual([]);

    await payVisitOrders(system, visitId);
    later(11);
    const sampled = await openFamilyPage(listId);
    expect(
      todays(sampled)
        .map((r) => [r.title, r.statusText])
        .sort(),
    ).toEqual(
      [
        ['血脂四项', '检查中'],
        ['常规心电图', '检查中'],
      ].sort(),
    );

    later(24 * 60);
    const ready = await openFamilyPage(listId);
    const lipids = todays(ready).find((r) => r.title === '血脂四项')!;
    expect(lipids.statusText).toBe('已出报告');
    tap(ready, `#report-${lipids.id}`);
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/records/report/index?id=${lipids.id}` }));

    const page = renderPage(reportId);
    await page.instance.onLoad({ id: lipids.id });
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    expect(textOf(page)).toContain('总胆固醇');
    tap(page, '#trend-TC');
    await waitFor(() => expect(page.data.chart).not.toBeNull());
    const points = Object.values(page.data.chart.points as Record<string, { date: string; value: number }>);
    expect(points.length).toBe(5);
    expect(points.map((p) => p.date)).toEqual([...points.map((p) => p.date)].sort());
    expect(points[points.length - 1].date).toBe(TODAY);
    expect(textOf(page.querySelector('#trend-chart')!)).toContain(`${TODAY}：${points[points.length - 1].value}`);
  });
});
