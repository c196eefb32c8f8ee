import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { requestIdOf } from '../../support/booking-fixtures';
import { afterTheVisit, visitToday } from '../../support/care-day';
import { MIN_POLL_MS } from '../../../miniprogram/behaviors/backoff-poll';
import { allFunctionKeys } from '../../../miniprogram/shared/offers';
import { tap, apiCalls, loadPage, renderPage, routeRequests, startLocalSystem, textOf, waitFor, wxMock, failRequests } from '../setup/page';

describe('home page', () => {
  let id: string;
  beforeAll(() => {
    id = loadPage('pages/home/index');
  });
  let system: LocalSystem;
  beforeEach(async () => {
    jestReset();
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid('demo-patient');
  });

  function jestReset(): void {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    session.setHospitalsStatus('idle', '');
  }

  it('loads the hospitals, picks the first, and shows its name, entries and articles', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('常用服务'));
    const text = textOf(page);
    expect(text).toContain(session.hospitalName);
    expect(text).toContain('三级甲等');
    expect(text).toContain('科室介绍');
    expect(text).toContain('就诊指南');
    expect(text).toContain('智能导诊');
    const grid = text.slice(text.indexOf('常用服务'));
    expect(grid.indexOf('预约挂号')).toBeLessThan(grid.indexOf('智能导诊'));
    expect(grid.indexOf('智能导诊')).toBeLessThan(grid.indexOf('我的预约'));
    expect(apiCalls().map((c) => c.action)).toEqual(['listHospitals', 'listArticles', 'mine', 'mine']);
    expect(apiCalls()[1].params).toMatchObject({ hospitalId: session.hospitalId, pageSize: 3 });
    expect(textOf(page)).not.toContain('下一步');
    expect(textOf(page)).toContain('门诊就医流程');
    await waitFor(() => expect(textOf(page)).toContain('健康科普'));
    expect(Object.keys(page.data.articles)).toHaveLength(3);
    expect(textOf(page)).toContain(page.data.articles[0].title);
  });

  it('shows only the service entries the hospital offers', async () => {
    const offers = allFunctionKeys.filter((k) => k !== 'triage' && k !== 'navigation');
    await system.ok('content', 'demo-admin-zz', { action: 'setOffers', hospitalId: 'h-zzcentral', offers });
    session.selectHospital('h-zzcentral');
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('常用服务'));
    await waitFor(() => expect(Object.values(page.data.functions as Record<string, { key: string }>).map((f) => f.key)).not.toContain('triage'));
    const keys = Object.values(page.data.functions as Record<string, { key: string }>).map((f) => f.key);
    expect(keys).not.toContain('navigation');
    expect(keys).toContain('booking');
    expect(keys).toContain('appointments');
    const grid = textOf(page).slice(textOf(page).indexOf('常用服务'));
    expect(grid).not.toContain('院内导航');
  });

  it('with nothing booked, opens on triage, booking and the hospital switch; the process explanation is below the services', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('常用服务'));
    const text = textOf(page);
    expect(text).toContain('今天需要什么帮助？');
    expect(text.indexOf('今天需要什么帮助？')).toBeLessThan(text.indexOf('常用服务'));
    expect(text.indexOf('常用服务')).toBeLessThan(text.indexOf('门诊就医流程'));
    tap(page, '#start-triage');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/previsit/triage/index' }));
    tap(page, '#start-booking');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/previsit/departments/index' }));
    tap(page, '#start-switch');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/pages/hospitals/index' }));
    expect(page.data.journey.map((s: { mark: string }) => s.mark).join('')).toBe('');
    expect(page.data.polling).toBe(false);
  });

  it('the journey promises no online step the hospital does not offer', async () => {
    await system.ok('content', 'demo-admin-zz', { action: 'setOffers', hospitalId: 'h-zzcentral', offers: ['hospital', 'departments', 'phones', 'guide'] });
    await session.loadHospitals();
    session.selectHospital('h-zzcentral');
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('到挂号窗口或自助机挂号'));
    expect(textOf(page)).not.toContain('按时段预约');
  });

  it('opens the hospital switcher when the hospital bar is tapped', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    page.querySelector('.hospital-bar')!.dispatchEvent('tap');
    await simulateSleep();
    expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/pages/hospitals/index' });
  });

  it('turns elder mode on and off from the first screen, saying which it is in words', async () => {
    session.setElderMode(false);
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page.querySelector('#elder-toggle')!)).toContain('长辈模式 · 未开启'));
    expect(page.querySelector('.pz-page')!.dom!.className).not.toMatch(/elder/);
    tap(page, '#elder-toggle');
    await waitFor(() => expect(session.elderMode).toBe(true));
    await waitFor(() => expect(textOf(page.querySelector('#elder-toggle')!)).toContain('长辈模式 · 已开启'));
    expect(page.querySelector('.pz-page')!.dom!.className).toMatch(/elder/);
    expect(wxMock.setStorageSync).toHaveBeenCalledWith('peizhen.elderMode', true);
    tap(page, '#elder-toggle');
    await waitFor(() => expect(session.elderMode).toBe(false));
    await waitFor(() => expect(textOf(page.querySelector('#elder-toggle')!)).toContain('开启大字'));
  });

  it('opens the visit guide from the journey card', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('查看就诊指南'));
    tap(page, '#open-guide');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/previsit/guide/index' }));
  });

  it('shows an error with a retry when the backend cannot be reached', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
  });

  describe('the journey companion', () => {
    async function shown() {
      const page = renderPage(id);
      await page.instance.onShow();
      await waitFor(() => expect(textOf(page)).toContain('常用服务'));
      return page;
    }

    it('puts an unpaid registration first, with its deadline, one tap from paying', async () => {
      const slot = (
        await system.ok<{ slots: Array<{ id: string; status: string }> }>('booking', null, { action: 'listSlots', doctorId: 'doc-zz-001', date: '2026-11-28' })
      ).slots.find((s) => s.status === 'open')!;
      const { id: appointmentId } = await system.ok<{ id: string }>('booking', 'demo-patient', {
        action: 'book',
        slotId: slot.id,
        patientId: 'pat-demo-zhang',
        requestId: requestIdOf(1),
      });
      const { order } = await system.ok<{ order: { id: string } }>('orders', 'demo-patient', { action: 'payAppointment', appointmentId });
      const page = await shown();
      await waitFor(() => expect(textOf(page)).toContain('下一步'));
      expect(textOf(page)).toContain('挂号费待支付 ¥35.00');
      expect(textOf(page)).toContain('请在09:45前完成');
      page.querySelector('#next-step')!.dispatchEvent('tap');
      await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/billing/order/index?id=${order.id}` }));
    });

    it('shows a booked visit with its time and where to check in', async () => {
      const { doctors } = await system.ok<{ doctors: Array<{ id: string }> }>('content', null, {
        action: 'listDoctors',
        hospitalId: 'h-zzcentral',
        departmentId: 'd-zz-geri',
      });
      const slots = await system.ports.db.find<{ _id: string; onlineRemaining: number }>('slots', {
        where: { ownerId: doctors[0].id, onlineRemaining: { gt: 0 } },
        orderBy: [['start', 'asc']],
        limit: 1,
      });
      const { id: appointmentId } = await system.ok<{ id: string }>('booking', 'demo-patient', {
        action: 'book',
        slotId: slots[0]._id,
        patientId: 'pat-demo-zhang',
        requestId: requestIdOf(2),
      });
      const page = await shown();
      await waitFor(() => expect(textOf(page)).toContain('下一步'));
      expect(textOf(page)).toMatch(/就诊：2026-\d\d-\d\d 周. (上午|下午) \d\d:\d\d-\d\d:\d\d/);
      expect(textOf(page)).toContain('老年医学科');
      expect(textOf(page)).toContain('我的就医旅程');
      expect(textOf(page)).not.toContain('今天需要什么帮助？');
      // Booked, not checked in: 预约挂号 is done, 到院签到 is the step to do — no ✓ on it.
      expect(textOf(page)).toContain('✓预约挂号');
      expect(textOf(page)).toContain('当前到院签到');
      expect(textOf(page)).not.toContain('✓到院签到');
      page.querySelector('#next-step')!.dispatchEvent('tap');
      await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/queue/status/index?id=${appointmentId}` }));
      expect(textOf(page)).toContain('去签到');
    });

    it('once checked in, shows the live queue state as the next step', async () => {
      const { doctors } = await system.ok<{ doctors: Array<{ id: string }> }>('content', null, {
        action: 'listDoctors',
        hospitalId: 'h-zzcentral',
        departmentId: 'd-zz-geri',
      });
      const slots = await system.ports.db.find<{ _id: string; onlineRemaining: number }>('slots', {
        where: { ownerId: doctors[0].id, onlineRemaining: { gt: 0 } },
        orderBy: [['start', 'asc']],
        limit: 1,
      });
      const { id: appointmentId } = await system.ok<{ id: string }>('booking', 'demo-patient', {
        action: 'book',
        slotId: slots[0]._id,
        patientId: 'pat-demo-zhang',
        requestId: requestIdOf(3),
      });
      await system.ok('queue', 'demo-admin-zz', {
        action: 'assignAreas',
        hospitalId: 'h-zzcentral',
        openid: 'demo-nurse-zz',
        departmentIds: ['d-zz-cardio', 'd-zz-resp', 'd-zz-geri'],
      });
      await system.ok('clinic', 'demo-nurse-zz', { action: 'checkIn', appointmentId });
      const page = await shown();
      await waitFor(() => expect(textOf(page)).toContain('候诊中，前面还有 0 人'));
      expect(textOf(page)).toContain('查看候诊');
      expect(textOf(page)).toContain('✓到院签到');
      expect(textOf(page)).toContain('当前候诊就诊');
      page.querySelector('#next-step')!.dispatchEvent('tap');
      await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/queue/status/index?id=${appointmentId}` }));
    });

    it('shows the care path’s next stop of a visit today, with 带我去 and the whole path', async () => {
      const visitId = await visitToday(system);
      const page = await shown();
      await waitFor(() => expect(textOf(page)).toContain('今日就诊路径 · 下一站'));
      expect(textOf(page)).toContain('就诊 · 门诊楼4楼C区');
      expect(textOf(page)).toContain('今日共1站');
      tap(page, '#care-guide');
      await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/navigation/route/index?hospitalId=h-zzcentral&to=zz-op-4c' }));
      tap(page, '#care-path');
      await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/navigation/care-path/index?appointmentId=${visitId}` }));
    });

    it('follows a visit under way today while shown: polls with backoff, the next stop moves with the day, stops when hidden', async () => {
      const visitId = await visitToday(system);
      const page = await shown();
      await waitFor(() => expect(textOf(page)).toContain('就诊 · 门诊楼4楼C区'));
      expect(page.data).toMatchObject({ polling: true, pollDelay: MIN_POLL_MS });
      await page.instance.poll();
      expect(page.data.pollDelay).toBe(7_500);
      await afterTheVisit(system, visitId);
      await page.instance.poll();
      expect(page.data.pollDelay).toBe(MIN_POLL_MS);
      expect(textOf(page)).not.toContain('就诊 · 门诊楼4楼C区');
      expect(textOf(page)).toContain('今日就诊路径 · 下一站');
      page.instance.onHide();
      expect(page.data.polling).toBe(false);
    });

    it('shows no care path card for a visit on another day: the path has nothing for today', async () => {
      const later = await system.ports.db.find<{ _id: string }>('slots', {
        where: { departmentId: 'd-zz-geri', date: { gt: '2026-11-25' }, onlineRemaining: { gt: 0 } },
        orderBy: [['date', 'asc']],
        limit: 1,
      });
      await system.ok('booking', 'demo-patient', { action: 'book', slotId: later[0]._id, patientId: 'pat-demo-zhang', requestId: requestIdOf('care-later') });
      const page = await shown();
      await waitFor(() => expect(apiCalls().map((c) => c.action)).toContain('carePath'));
      await waitFor(() => expect(textOf(page)).toContain('下一步'));
      expect(textOf(page)).not.toContain('今日就诊路径');
    });
  });
});

function simulateSleep(): Promise<void> {
  return new Promise((r) => setTimeout(r, 20));
}
