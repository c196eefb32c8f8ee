import { session } from '../../../miniprogram/stores/session';
import type { OwnerSchedule, SlotView } from '../../../miniprogram/shared/dto/booking';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

describe('booking doctor schedule page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('booking/doctor/index');
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
    await waitFor(() => expect(page.data.slotsView.status).toBe('ready'));
    return page;
  }

  const slotsOf = (doctorId: string, date: string) => system.ok<{ slots: SlotView[] }>('booking', null, { action: 'listSlots', doctorId, date });

  it('shows the doctor, the seeded days with their marks, and the first open day’s slots with times and fees', async () => {
    const { schedule } = await system.ok<{ schedule: OwnerSchedule }>('booking', null, { action: 'doctorSchedule', doctorId: 'doc-zz-001' });
    const page = await shown({ id: 'doc-zz-001' });
    const text = textOf(page);
    expect(text).toContain('陈立民');
    expect(text).toContain('主任医师');
    expect(text).toContain('心血管内科');
    expect(Object.keys(page.data.strip)).toHaveLength(schedule.days.length);
    expect(schedule.days).toHaveLength(8);
    for (const day of schedule.days) {
      expect(text).toContain(day.dayLabel);
      expect(text).toContain(day.shortDate);
    }
    expect(page.data.strip[0]).toMatchObject({ date: '2026-11-25', dayLabel: '今天', mark: '有号' });
    expect(page.data.strip[1]).toMatchObject({ date: '2026-11-26', dayLabel: '明天', mark: '无号' });
    expect(page.data.date).toBe('2026-11-25');
    const { slots } = await slotsOf('doc-zz-001', '2026-11-25');
    expect(slots[0].startTime).toBe('14:00');
    expect(text).toContain('下午');
    expect(text).toContain('14:00-14:30');
    expect(text).toContain('17:00-17:30');
    expect(text).toContain('¥35.00');
    expect(text).toContain(`剩${slots[0].remaining}个`);
    expect(apiCalls().map((c) => c.action)).toEqual(['doctorSchedule', 'listSlots']);
    expect(apiCalls()[1].params).toEqual({ doctorId: 'doc-zz-001', date: '2026-11-25' });
  });

  it('opens the requested day, and a tap on another day loads its slots', async () => {
    const page = await shown({ id: 'doc-zz-026', date: '2026-11-30' });
    expect(page.data.date).toBe('2026-11-30');
    expect(textOf(page)).toContain('上午');
    expect(textOf(page)).toContain('08:00-08:30');
    expect(textOf(page)).toContain('免费');
    page.querySelector('#strip')!.querySelector('#day-2026-12-02')!.dispatchEvent('tap');
    await waitFor(() => expect(textOf(page)).toContain('14:00-14:30'));
    expect(page.data.date).toBe('2026-12-02');
    expect(apiCalls().at(-1)!.params).toEqual({ doctorId: 'doc-zz-026', date: '2026-12-02' });
    expect(textOf(page)).not.toContain('08:00-08:30');
  });

  it('says when the doctor does not work on the chosen day', async () => {
    const page = await shown({ id: 'doc-zz-026' });
    await page.instance.onSelectDay({ detail: { owner: '', date: '2026-11-26' } });
    await waitFor(() => expect(textOf(page)).toContain('这一天医生不出诊'));
  });

  it('opens the confirm page with the slot, doctor and date when an open slot is tapped', async () => {
    const page = await shown({ id: 'doc-zz-026' });
    tap(page, '#slot-doc-zz-026-20261125-1400');
    await waitFor(() =>
      expect(wxMock.navigateTo).toHaveBeenCalledWith({
        url: '/booking/confirm/index?slotId=slot-doc-zz-026-20261125-1400&doctorId=doc-zz-026&date=2026-11-25',
      }),
    );
  });

  it('shows a full slot as 约满, disabled, and a tap on it goes nowhere', async () => {
    await system.ports.db.update('slots', { _id: 'slot-doc-zz-001-20261130-0830' }, { set: { onlineRemaining: 0 } });
    const page = await shown({ id: 'doc-zz-001', date: '2026-11-30' });
    const node = page.querySelector('#slot-doc-zz-001-20261130-0830')!;
    expect(node.dom!.className).toContain('disabled');
    expect(node.dom!.textContent).toContain('约满');
    expect(page.querySelector('#slot-doc-zz-001-20261130-0800')!.dom!.className).not.toContain('disabled');
    tap(page, '#slot-doc-zz-001-20261130-0830');
    await new Promise((r) => setTimeout(r, 30));
    expect(wxMock.navigateTo).not.toHaveBeenCalled();
  });

  it('marks stopped, ended and not yet released slots and days', async () => {
    await system.ports.db.update('slots', { ownerId: 'doc-zz-001', date: '2026-11-28' }, { set: { state: 'stopped' } });
    const page = await shown({ id: 'doc-zz-001', date: '2026-11-28' });
    expect(page.data.strip[3]).toMatchObject({ date: '2026-11-28', mark: '停诊' });
    expect(textOf(page)).toContain('停诊');
    system.setNow(Date.UTC(2026, 10, 25, 6, 45));
    await page.instance.onPullDownRefresh();
    await waitFor(() => expect(wxMock.stopPullDownRefresh).toHaveBeenCalled());
    await page.instance.onSelectDay({ detail: { owner: '', date: '2026-11-25' } });
    await waitFor(() => expect(textOf(page)).toContain('已结束'));
    expect(page.data.slotsView.data[0].slots[0]).toMatchObject({ time: '14:00-14:30', open: false, stateText: '已结束' });
  });

  it('shows 未放号 before the release time for the last day of the window', async () => {
    system.setNow(Date.UTC(2026, 10, 24, 23, 30));
    const page = await shown({ id: 'doc-zz-001', date: '2026-12-02' });
    expect(page.data.strip[7]).toMatchObject({ date: '2026-12-02', mark: '未放号' });
    expect(textOf(page)).toContain('未放号');
  });

  it('enlarges the page in elder mode', async () => {
    const page = await shown({ id: 'doc-zz-001' });
    const root = page.querySelector('.pz-page')!;
    expect(root.dom!.className).not.toContain('elder');
    session.setElderMode(true);
    try {
      await waitFor(() => expect(root.dom!.className).toContain('elder'));
    } finally {
      session.setElderMode(false);
    }
  });

  it('shows the empty state for a doctor that does not exist, and an error with a retry offline', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'doc-nobody' });
    await waitFor(() => expect(textOf(page)).toContain('没有找到这位医生的排班'));
    failRequests();
    const offline = renderPage(id);
    await offline.instance.onLoad({ id: 'doc-zz-001' });
    await waitFor(() => expect(textOf(offline)).toContain('网络不太好'));
    expect(textOf(offline)).toContain('重试');
  });
});
