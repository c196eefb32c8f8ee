import { session } from '../../../miniprogram/stores/session';
import type { CarePathView } from '../../../miniprogram/shared/dto/navigation';
import type { LocalSystem } from '../../support/local-system';
import { afterTheVisit, payVisitOrders, visitToday } from '../../support/care-day';
import { MIN_POLL_MS } from '../../../miniprogram/behaviors/backoff-poll';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

describe('care path page (今日就诊路径)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('navigation/care-path/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    session.setElderMode(false);
    session.setDemoOpenid('demo-patient');
    system = await startLocalSystem();
    routeRequests(system);
  });

  async function shown(appointmentId: string) {
    const page = renderPage(id);
    await page.instance.onLoad({ appointmentId });
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }

  it('lists the day’s stops in the planned order with their turn, notes and 带我去 to each', async () => {
    const visitId = await visitToday(system);
    await afterTheVisit(system, visitId);
    const page = await shown(visitId);
    const planned = await system.ok<CarePathView>('queue', 'demo-patient', { action: 'carePath', appointmentId: visitId, elder: false });
    const text = textOf(page);
    expect(text).toContain('今日就诊路径');
    expect(text).toContain(`全部完成约需${planned.totalMinutes}分钟`);
    expect(text).toContain('最省时');
    const positions = planned.stops.map((s) => text.indexOf(s.place));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain(`约${planned.stops[0].etaMinutes}分钟后轮到`);
    expect(text).toContain('需空腹，先做');
    expect(text).toContain('等检查结果出来后');
    tap(page, '#guide-1');
    await waitFor(() =>
      expect(wxMock.navigateTo).toHaveBeenCalledWith({
        url: `/navigation/route/index?hospitalId=h-zzcentral&to=${planned.stops[1].pointId}&from=${planned.stops[0].pointId}`,
      }),
    );
  });

  it('plans again when asked, in elder mode with larger text', async () => {
    session.setElderMode(true);
    const visitId = await visitToday(system);
    const page = await shown(visitId);
    expect(page.querySelector('.pz-page')!.dom!.className).toContain('elder');
    expect(textOf(page)).toContain('门诊楼4楼C区');
    tap(page, '#replan');
    await waitFor(() => expect(apiCalls().filter((c) => c.action === 'carePath')).toHaveLength(2));
    expect(apiCalls()[1]).toMatchObject({ fn: 'queue', params: { appointmentId: visitId, elder: true } });
  });

  it('shows each stop’s live queue and what is already done today', async () => {
    const visitId = await visitToday(system);
    await afterTheVisit(system, visitId);
    await payVisitOrders(system, visitId);
    const page = await shown(visitId);
    const text = textOf(page);
    expect(text).toContain('实时排队：无需排队');
    expect(page.querySelector('#done')).toBeTruthy();
    expect(text).toContain('今天已完成');
    expect(text).toContain('就诊 · 门诊楼4楼C区');
    expect(text).toContain('缴费 · 门诊楼1楼');
  });

  it('another account’s appointment is the empty state; offline an error with retry', async () => {
    const visitId = await visitToday(system);
    session.setDemoOpenid('demo-patient-2');
    const other = await shown(visitId);
    expect(textOf(other)).toContain('今天没有待办的就诊环节');
    session.setDemoOpenid('demo-patient');
    failRequests();
    const offline = await shown(visitId);
    expect(textOf(offline)).toContain('网络不太好');
    expect(textOf(offline)).toContain('重试');
  });

  it('re-plans by itself while open: polls with backoff, says when the order changed, stops when hidden', async () => {
    const visitId = await visitToday(system);
    await afterTheVisit(system, visitId);
    const page = await shown(visitId);
    expect(page.data).toMatchObject({ polling: true, pollDelay: MIN_POLL_MS });
    expect(page.querySelector('#reordered')).toBeFalsy();
    await page.instance.poll();
    expect(page.data.pollDelay).toBe(7_500);
    expect(page.querySelector('#reordered')).toBeFalsy();
    await payVisitOrders(system, visitId);
    await page.instance.poll();
    expect(page.data.pollDelay).toBe(MIN_POLL_MS);
    expect(textOf(page)).toContain('排队有变化，已按最新情况调整顺序');
    expect(textOf(page)).toContain('缴费 · 门诊楼1楼');
    expect(apiCalls().filter((c) => c.action === 'carePath')).toHaveLength(3);
    page.instance.onHide();
    expect(page.data.polling).toBe(false);
    page.instance.onShow();
    await waitFor(() => expect(page.data.polling).toBe(true));
    const late = page.instance.poll();
    page.instance.onHide();
    await late;
    expect(page.data.polling).toBe(false);
    page.instance.onUnload();
  });
});
