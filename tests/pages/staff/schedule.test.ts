import { session } from '../../../miniprogram/stores/session';
import type { SlotView } from '../../../miniprogram/shared/dto/booking';
import type { TemplateView } from '../../../miniprogram/shared/dto/schedule';
import { groupOptions, initialPick, ownerOptions, ROOMS, type Owners } from '../../../miniprogram/staff/common/owners';
import { publishRange, publishSummary, templateDetail, templateEditUrl, weekRows } from '../../../miniprogram/staff/schedule/week';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

const SCHEDULER = 'demo-scheduler-zz';
const DOCTOR = 'doc-zz-001';

describe('staff schedule templates page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/schedule/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.showModal.mockClear();
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
    await page.instance.onLoad({});
    await waitFor(() => expect(page.data.templatesView.status).toBe('ready'));
    return page;
  }

  const slots = async (date: string): Promise<SlotView[]> =>
    (await system.ok<{ slots: SlotView[] }>('booking', null, { action: 'listSlots', doctorId: DOCTOR, date })).slots;

  const saveTemplate = (weekday: number, session: string, feeFen: number) =>
    system.ok('schedule', SCHEDULER, {
      action: 'saveTemplate',
      hospitalId: 'h-zzcentral',
      ownerType: 'doctor',
      ownerId: DOCTOR,
      weekday,
      session,
      startTime: session === 'am' ? '08:00' : '14:00',
      endTime: session === 'am' ? '12:00' : '18:00',
      slotMinutes: 30,
      capacity: 4,
      onsiteReserve: 1,
      feeFen,
    });

  it('shows the seeded weekly templates of the first doctor, 陈立民', async () => {
    const page = await opened();
    const text = textOf(page);
    expect(text).toContain('陈立民的每周排班');
    expect(text).toContain('08:00–12:00');
    expect(text).toContain('14:00–18:00');
    expect(text).toContain('每30分钟1个时段，共8个时段；每时段4个号，现场预留1个');
    expect(text).toContain('挂号费 ¥35.00');
    expect(page.querySelector('#edit-1-am')).toBeTruthy();
    expect(page.querySelector('#edit-3-pm')).toBeTruthy();
    expect(page.querySelector('#edit-6-am')).toBeTruthy();
    expect(page.querySelector('#add-2-am')).toBeTruthy();
    expect(page.querySelector('#edit-2-am')).toBeFalsy();
    expect(apiCalls().find((c) => c.action === 'listTemplates')?.params).toEqual({ hospitalId: 'h-zzcentral', ownerId: DOCTOR });
  });

  it('switches to another doctor and to an exam room', async () => {
    const page = await opened();
    await page.instance.onOwner({ detail: 'doc-zz-002' });
    await waitFor(() => expect(textOf(page)).toContain('郜雅琴的每周排班'));
    expect(textOf(page)).toContain('挂号费 ¥25.00');
    await page.instance.onGroup({ detail: ROOMS });
    await waitFor(() => expect(textOf(page)).toContain('CT检查的每周排班'));
    await waitFor(() => expect(textOf(page)).toContain('每20分钟1个时段'));
    expect(textOf(page)).toContain('挂号费 免费');
    expect(page.data.ownerType).toBe('resource');
  });

  it('opens the editor for a free session and for an existing template', async () => {
    const page = await opened();
    tap(page, '#add-2-pm');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: templateEditUrl('doctor', DOCTOR, '陈立民', 2, 'pm') }));
    tap(page, '#edit-1-am');
    await waitFor(() =>
      expect(wxMock.navigateTo).toHaveBeenLastCalledWith({
        url: '/staff/template-edit/index?ownerType=doctor&ownerId=doc-zz-001&weekday=1&session=am&name=%E9%99%88%E7%AB%8B%E6%B0%91',
      }),
    );
    await saveTemplate(2, 'pm', 3500);
    await page.instance.onShow();
    await waitFor(() => expect(page.querySelector('#edit-2-pm')).toBeTruthy());
  });

  it('publishes a newly saved template after confirming, and patients can book its slots', async () => {
    await saveTemplate(4, 'pm', 3500);
    expect(await slots('2026-11-26')).toHaveLength(0);
    const page = await opened();
    expect(textOf(page)).toContain('周四');
    tap(page, '#publish');
    await waitFor(() => expect(textOf(page)).toContain('陈立民的号源已发布'));
    expect(wxMock.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '发布号源' }));
    expect(textOf(page)).toContain('新增 8 / 更新 0 / 删除 0 / 有预约未改动 0');
    expect(textOf(page)).toContain('号源日期：2026-11-25 至 2026-12-02');
    expect(apiCalls().find((c) => c.action === 'publish')?.params).toEqual({ hospitalId: 'h-zzcentral', ownerId: DOCTOR });
    const made = await slots('2026-11-26');
    expect(made.map((s) => s.startTime)).toEqual(['14:00', '14:30', '15:00', '15:30', '16:00', '16:30', '17:00', '17:30']);
    expect(made[0]).toMatchObject({ status: 'open', feeFen: 3500, remaining: 3 });
  });

  it('moves a changed fee onto unbooked slots and leaves a booked slot alone', async () => {
    const slotId = 'slot-doc-zz-001-20261130-0800';
    await system.ok('booking', 'demo-patient', { action: 'book', slotId, patientId: 'pat-demo-zhang', requestId: 'req-test-0001' });
    await saveTemplate(1, 'am', 4000);
    const page = await opened();
    expect(textOf(page)).toContain('挂号费 ¥40.00');
    tap(page, '#publish');
    await waitFor(() => expect(textOf(page)).toContain('新增 0 / 更新 7 / 删除 0 / 有预约未改动 1'));
    const monday = await slots('2026-11-30');
    expect(monday.find((s) => s.id === slotId)?.feeFen).toBe(3500);
    expect(monday.filter((s) => s.id !== slotId).every((s) => s.feeFen === 4000)).toBe(true);
  });

  it('deletes a template after confirming, with its unbooked slots', async () => {
    expect(await slots('2026-11-28')).toHaveLength(8);
    const page = await opened();
    tap(page, '#remove-6-am');
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已删除', icon: 'none' }));
    expect(wxMock.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '删除排班', content: expect.stringContaining('陈立民周六上午') }));
    expect(apiCalls().find((c) => c.action === 'removeTemplate')?.params).toEqual({ templateId: 'tpl-doc-zz-001-6-am' });
    await waitFor(() => expect(page.querySelector('#add-6-am')).toBeTruthy());
    const left = await system.ok<{ templates: TemplateView[] }>('schedule', SCHEDULER, { action: 'listTemplates', hospitalId: 'h-zzcentral', ownerId: DOCTOR });
    expect(left.templates.map((t) => t.id)).toEqual(['tpl-doc-zz-001-1-am', 'tpl-doc-zz-001-3-pm']);
    expect(await slots('2026-11-28')).toHaveLength(0);
  });

  it('does nothing when a deletion or a publish is not confirmed', async () => {
    wxMock.showModal.mockImplementation((opts: { success?: (r: { confirm: boolean; cancel: boolean }) => void }) =>
      opts.success?.({ confirm: false, cancel: true }),
    );
    try {
      const page = await opened();
      tap(page, '#remove-1-am');
      tap(page, '#publish-all');
      await waitFor(() => expect(wxMock.showModal).toHaveBeenCalledTimes(2));
      await new Promise((r) => setTimeout(r, 30));
      expect(apiCalls().map((c) => c.action)).not.toContain('removeTemplate');
      expect(apiCalls().map((c) => c.action)).not.toContain('publish');
    } finally {
      wxMock.showModal.mockImplementation((opts: { success?: (r: { confirm: boolean; cancel: boolean }) => void }) =>
        opts.success?.({ confirm: true, cancel: false }),
      );
    }
  });

  it('publishes the whole hospital', async () => {
    await saveTemplate(2, 'pm', 3500);
    const page = await opened();
    tap(page, '#publish-all');
    await waitFor(() => expect(textOf(page)).toContain('全院号源已发布'));
    expect(wxMock.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '全院发布' }));
    expect(apiCalls().find((c) => c.action === 'publish')?.params).toEqual({ hospitalId: 'h-zzcentral' });
    expect(textOf(page)).toContain('新增 8 / 更新 0 / 删除 0 / 有预约未改动 0');
    expect(await slots('2026-12-01')).toHaveLength(8);
  });

  it("shows the server's refusal to a patient and to an editor", async () => {
    for (const openid of ['demo-patient', 'demo-editor-zz']) {
      session.setDemoOpenid(openid);
      const page = renderPage(id);
      await page.instance.onLoad({});
      await waitFor(() => expect(textOf(page)).toContain('没有权限进行此操作'));
      expect(textOf(page)).not.toContain('每周排班');
    }
  });

  it('shows an error with a retry when the backend cannot be reached', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
  });
});

describe('schedule page helpers', () => {
  const owners: Owners = {
    departments: [
      { id: 'd-a', hospitalId: 'h', name: '心内科', category: 'internal', categoryLabel: '内科', location: '' },
      { id: 'd-b', hospitalId: 'h', name: '放射科', category: 'medtech', categoryLabel: '医技科室', location: '' },
    ],
    doctors: [
      {
        id: 'doc-1',
        hospitalId: 'h',
        departmentId: 'd-a',
        departmentName: '心内科',
        name: '陈立民',
        title: 'chief',
        titleLabel: '主任医师',
        specialties: '',
        avatar: '',
      },
    ],
    resources: [{ id: 'res-ct', name: 'CT检查', examType: 'ct', departmentId: 'd-b', location: '', prepNotes: [] }],
  };

  it('offers departments with doctors, then the rooms', () => {
    expect(groupOptions(owners)).toEqual([
      { text: '心内科', value: 'd-a' },
      { text: '检查/治疗项目', value: ROOMS },
    ]);
    expect(ownerOptions(owners, 'd-a')).toEqual([{ text: '陈立民 主任医师', value: 'doc-1' }]);
    expect(ownerOptions(owners, ROOMS)).toEqual([{ text: 'CT检查', value: 'res-ct' }]);
    expect(initialPick(owners, 'res-ct')).toMatchObject({ group: ROOMS, ownerId: 'res-ct' });
    expect(initialPick(owners, 'unknown')).toMatchObject({ group: 'd-a', ownerId: 'doc-1' });
    expect(initialPick({ departments: [], doctors: [], resources: [] }, '')).toEqual({ group: '', ownerOptions: [], ownerId: '' });
  });

  it('lays the templates out as a week of three sessions', () => {
    const t = { startTime: '08:00', endTime: '11:00', slotMinutes: 20, capacity: 3, onsiteReserve: 0 };
    expect(templateDetail(t)).toBe('每20分钟1个时段，共9个时段；每时段3个号');
    const template: TemplateView = {
      ...t,
      id: 'tpl-1',
      ownerType: 'doctor',
      ownerId: 'doc-1',
      ownerName: '陈立民',
      departmentId: 'd-a',
      weekday: 7,
      weekdayLabel: '周日',
      session: 'evening',
      sessionLabel: '夜诊',
      feeFen: 1250,
      feeText: '¥12.50',
    };
    const rows = weekRows([template]);
    expect(rows).toHaveLength(7);
    expect(rows[6]).toMatchObject({ label: '周日', count: 1 });
    expect(rows[6].cells[2]).toMatchObject({ sessionLabel: '夜诊', templateId: 'tpl-1', hours: '08:00–11:00', feeText: '挂号费 ¥12.50' });
    expect(rows[0].cells.map((c) => c.hours)).toEqual(['未排班', '未排班', '未排班']);
  });

  it('words the publish result', () => {
    expect(publishSummary({ created: 8, updated: 1, removed: 2, keptBooked: 3, keptStopped: 0 })).toBe('新增 8 / 更新 1 / 删除 2 / 有预约未改动 3');
    expect(publishSummary({ created: 0, updated: 0, removed: 0, keptBooked: 0, keptStopped: 8 })).toBe(
      '新增 0 / 更新 0 / 删除 0 / 有预约未改动 0 / 停诊未改动 8',
    );
    expect(publishRange(['2026-11-25', '2026-11-26'])).toBe('号源日期：2026-11-25 至 2026-11-26');
    expect(publishRange([])).toBe('');
  });
});
