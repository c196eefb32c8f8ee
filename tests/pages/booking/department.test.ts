import { session } from '../../../miniprogram/stores/session';
import type { DepartmentDoctorSessions } from '../../../miniprogram/shared/dto/booking';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

describe('booking department schedule page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('booking/department/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.stopPullDownRefresh.mockReset();
    session.setHospitalsStatus('idle', '');
    system = await startLocalSystem();
    routeRequests(system);
  });

  async function shown(query: Record<string, string>): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad(query);
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  const dayOf = (departmentId: string, date: string) =>
    system.ok<{ doctors: DepartmentDoctorSessions[] }>('booking', null, { action: 'departmentSchedule', departmentId, date });

  it('shows the window’s days and, for tomorrow by default, the doctors who work with their sessions', async () => {
    const page = await shown({ id: 'd-zz-geri' });
    const text = textOf(page);
    expect(text).toContain('老年医学科');
    expect(Object.keys(page.data.view.data.strip)).toHaveLength(8);
    expect(text).toContain('今天');
    expect(text).toContain('明天');
    expect(text).toContain('12-02');
    expect(page.data.date).toBe('2026-11-26');
    expect(text).toContain('谢振宇');
    expect(text).toContain('主治医师');
    expect(text).not.toContain('李桂芝');
    expect(text).toContain('下午');
    expect(text).toContain('免费');
    expect(text).toContain('剩24个');
    expect(
      apiCalls()
        .filter((c) => c.action === 'departmentSchedule')
        .at(-1)!.params,
    ).toEqual({ departmentId: 'd-zz-geri', date: '2026-11-26' });
  });

  it('loads another day’s doctors when a day is tapped, with fees and places from the backend', async () => {
    const page = await shown({ id: 'd-zz-cardio', date: '2026-11-30' });
    const { doctors } = await dayOf('d-zz-cardio', '2026-11-25');
    page.querySelector('#strip')!.querySelector('#day-2026-11-25')!.dispatchEvent('tap');
    await waitFor(() => expect(page.data.date).toBe('2026-11-25'));
    await waitFor(() => expect(textOf(page)).toContain(doctors[0].name));
    for (const d of doctors) expect(textOf(page)).toContain(d.name);
    expect(textOf(page)).toContain('陈立民');
    expect(textOf(page)).toContain('¥35.00');
    expect(apiCalls().at(-1)!.params).toEqual({ departmentId: 'd-zz-cardio', date: '2026-11-25' });
  });

  it('asks again for tomorrow when the device’s clock disagrees with the server', async () => {
    const clock = jest.spyOn(Date, 'now').mockReturnValueOnce(Date.UTC(2030, 0, 1));
    const page = await shown({ id: 'd-zz-geri' });
    clock.mockRestore();
    expect(page.data.date).toBe('2026-11-26');
    expect(textOf(page)).toContain('谢振宇');
    expect(
      apiCalls()
        .filter((c) => c.action === 'departmentSchedule')
        .map((c) => c.params.date),
    ).toEqual(['2030-01-02', '2026-11-26']);
  });

  it('says when nobody works that day', async () => {
    const page = await shown({ id: 'd-zz-geri' });
    await page.instance.onSelectDay({ detail: { owner: '', date: '2026-11-29' } });
    await waitFor(() => expect(textOf(page)).toContain('这一天没有医生出诊'));
  });

  it('shows a full session as 约满 and a stopped one as 停诊', async () => {
    await system.ports.db.update('slots', { ownerId: 'doc-zz-027', date: '2026-11-26' }, { set: { onlineRemaining: 0 } });
    const page = await shown({ id: 'd-zz-geri' });
    expect(textOf(page)).toContain('约满');
    expect(page.querySelector('#session-doc-zz-027-pm')!.dom!.className).toContain('disabled');
    await system.ports.db.update('slots', { ownerId: 'doc-zz-027', date: '2026-11-26' }, { set: { state: 'stopped' } });
    await page.instance.onPullDownRefresh();
    await waitFor(() => expect(textOf(page)).toContain('停诊'));
    expect(wxMock.stopPullDownRefresh).toHaveBeenCalled();
  });

  it('opens the doctor’s schedule on the chosen day when a session is tapped', async () => {
    const page = await shown({ id: 'd-zz-geri' });
    page.querySelector('#session-doc-zz-027-pm')!.dispatchEvent('tap');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/booking/doctor/index?id=doc-zz-027&date=2026-11-26' }));
  });

  it('shows the empty state for an unknown department and an error with a retry offline', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'd-nowhere' });
    await waitFor(() => expect(textOf(page)).toContain('没有找到这个科室'));
    failRequests();
    const offline = renderPage(id);
    await offline.instance.onLoad({ id: 'd-zz-geri' });
    await waitFor(() => expect(textOf(offline)).toContain('网络不太好'));
    expect(textOf(offline)).toContain('重试');
  });
});
