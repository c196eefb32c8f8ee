import { session } from '../../../miniprogram/stores/session';
import type { DaySummary } from '../../../miniprogram/shared/dto/booking';
import type { StaffSlotView } from '../../../miniprogram/shared/dto/schedule';
import * as rows from '../../../miniprogram/staff/clinic/clinic-rows';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

const SCHEDULER = 'demo-scheduler-zz';
const DOCTOR = 'doc-zz-001';
const MONDAY = '2026-11-30';

interface StoredAppointment {
  _id: string;
  status: string;
}
interface StoredSlot {
  _id: string;
  capacity: number;
  onlineRemaining: number;
  state: string;
}

describe('staff clinic page (stop-clinic and add-on)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/clinic/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
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
    await waitFor(() => expect(page.data.slotsView.status).toBe('ready'));
    return page;
  }

  async function onMonday(): Promise<ReturnType<typeof renderPage>> {
    const page = await opened();
    await page.instance.onDay({ detail: { name: MONDAY } });
    await waitFor(() => expect(page.data.slotsView.status).toBe('ready'));
    await waitFor(() => expect(textOf(page)).toContain('08:00–08:30'));
    return page;
  }

  it("shows the first doctor's coming days and the slots of the first clinic", async () => {
    const page = await opened();
    const text = textOf(page);
    expect(text).toContain('陈立民 · 2026-11-25 的号源');
    expect(text).toContain('今天 11-25');
    expect(text).toContain('周一 11-30');
    expect(Object.keys(page.data.dayTabs).length).toBe(8);
    expect(text).toContain('下午 · 可预约');
    expect(text).toContain('14:00–14:30');
    expect(text).toContain('共4个号 · 已约0 · 网上余3 · 现场预留1');
    expect(Object.keys(page.data.rows).length).toBe(8);
    expect(apiCalls().find((c) => c.action === 'sessionSlots')?.params).toEqual({ ownerId: DOCTOR, date: '2026-11-25', session: 'pm' });
  });

  it('shows a day without a clinic as empty, and follows another doctor', async () => {
    const page = await opened();
    await page.instance.onDay({ detail: { name: '2026-11-26' } });
    await waitFor(() => expect(textOf(page)).toContain('陈立民当天没有出诊'));
    await page.instance.onDoctor({ detail: 'doc-zz-002' });
    await waitFor(() => expect(page.data.ownerName).toBe('郜雅琴'));
    await waitFor(() => expect(page.data.slotsView.status).toBe('ready'));
    expect(
      apiCalls()
        .filter((c) => c.action === 'sessionSlots')
        .pop()?.params,
    ).toEqual({ ownerId: 'doc-zz-002', date: '2026-11-26', session: 'pm' });
    expect(textOf(page)).toContain('郜雅琴 · 2026-11-26 的号源');
  });

  it('stops a session after confirming: the booked patient is cancelled and notified once', async () => {
    const booked = await system.ok<{ id: string }>('booking', 'demo-patient', {
      action: 'book',
      slotId: 'slot-doc-zz-001-20261130-0800',
      patientId: 'pat-demo-zhang',
      requestId: 'req-test-0001',
    });
    const page = await onMonday();
    expect(textOf(page)).toContain('共4个号 · 已约1 · 网上余2 · 现场预留1');
    tap(page, '#stop');
    await waitFor(() => expect(textOf(page)).toContain('请填写停诊原因'));
    expect(wxMock.showModal).not.toHaveBeenCalled();
    page.instance.onReason({ detail: '专家外出会诊' });
    tap(page, '#stop');
    await waitFor(() => expect(textOf(page)).toContain('已停诊 8 个时段，取消 1 个预约，已通知 1 位患者，待退款 0 笔'));
    expect(wxMock.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '确认停诊', content: expect.stringContaining('取消已有的1个预约') }));
    expect(apiCalls().find((c) => c.action === 'stopClinic')?.params).toEqual({ ownerId: DOCTOR, date: MONDAY, session: 'am', reason: '专家外出会诊' });
    const appointment = await system.ports.db.get<StoredAppointment>('appointments', booked.id);
    expect(appointment?.status).toBe('cancelled');
    expect(await system.ports.db.count('outbox', { key: `stop-clinic:${booked.id}` })).toBe(1);
    expect(await system.ports.db.count('outbox', { kind: 'stop_clinic' })).toBe(1);
    expect(await system.ports.db.count('slots', { ownerId: DOCTOR, date: MONDAY, state: 'stopped' })).toBe(8);
    await waitFor(() => expect(textOf(page)).toContain('停诊原因：专家外出会诊'));
    expect(textOf(page)).toContain('上午 · 停诊');
    expect(textOf(page)).not.toContain('网上余');
    expect(textOf(page)).toContain('共4个号 · 不再放号');
    expect(page.querySelector('#stop')).toBeFalsy();
    expect(page.querySelector('#addon-slot-doc-zz-001-20261130-0800')).toBeFalsy();
  });

  it('stops nothing when the confirmation is cancelled', async () => {
    wxMock.showModal.mockImplementationOnce((opts: { success?: (r: { confirm: boolean; cancel: boolean }) => void }) =>
      opts.success?.({ confirm: false, cancel: true }),
    );
    const page = await onMonday();
    page.instance.onReason({ detail: '专家外出会诊' });
    tap(page, '#stop');
    await waitFor(() => expect(wxMock.showModal).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 30));
    expect(apiCalls().map((c) => c.action)).not.toContain('stopClinic');
    expect(await system.ports.db.count('slots', { ownerId: DOCTOR, date: MONDAY, state: 'stopped' })).toBe(0);
  });

  it('adds places to a slot with a count and a reason, and shows the larger capacity', async () => {
    const slotId = 'slot-doc-zz-001-20261130-0830';
    const page = await onMonday();
    tap(page, `#addon-${slotId}`);
    await waitFor(() => expect(textOf(page)).toContain('为 08:30–09:00 加号'));
    tap(page, '#addon-submit');
    await waitFor(() => expect(textOf(page)).toContain('请填写加号原因'));
    page.instance.onAddOnCount({ detail: 6 });
    page.instance.onAddOnReason({ detail: '复诊患者病情需要' });
    tap(page, '#addon-submit');
    await waitFor(() => expect(textOf(page)).toContain('每次可加1到5个号'));
    expect(apiCalls().map((c) => c.action)).not.toContain('addOn');
    page.instance.onAddOnCount({ detail: 2 });
    tap(page, '#addon-submit');
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已加号2个', icon: 'none' }));
    expect(apiCalls().find((c) => c.action === 'addOn')?.params).toEqual({ slotId, count: 2, reason: '复诊患者病情需要' });
    const slot = await system.ports.db.get<StoredSlot>('slots', slotId);
    expect(slot).toMatchObject({ capacity: 6, onlineRemaining: 5 });
    await waitFor(() => expect(textOf(page)).toContain('共6个号 · 已约0 · 网上余5 · 现场预留1 · 加号2'));
    expect(page.querySelector('#addon-form')).toBeFalsy();
  });

  it("shows the server's refusal to a patient and to an editor", async () => {
    for (const openid of ['demo-patient', 'demo-editor-zz']) {
      session.setDemoOpenid(openid);
      const page = renderPage(id);
      await page.instance.onLoad({});
      await waitFor(() => expect(textOf(page)).toContain('没有权限进行此操作'));
      expect(page.querySelector('#stop')).toBeFalsy();
      expect(textOf(page)).not.toContain('14:00–14:30');
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

describe('clinic page helpers', () => {
  const days: DaySummary[] = [
    { date: '2026-11-25', dayLabel: '今天', shortDate: '11-25', sessions: [] },
    {
      date: '2026-11-26',
      dayLabel: '明天',
      shortDate: '11-26',
      sessions: [
        { session: 'am', sessionLabel: '上午', status: 'stopped', statusLabel: '停诊', remaining: 0, feeFen: 0, feeText: '免费' },
        { session: 'pm', sessionLabel: '下午', status: 'open', statusLabel: '可预约', remaining: 3, feeFen: 0, feeText: '免费' },
      ],
    },
  ];
  const slot: StaffSlotView = {
    id: 's1',
    startTime: '08:00',
    endTime: '08:30',
    capacity: 4,
    onsiteReserve: 1,
    remaining: 2,
    booked: 1,
    state: 'open',
    stopReason: '',
    addOnCount: 0,
  };

  it('picks the first day with a clinic and keeps a chosen session when the day has it', () => {
    expect(rows.dayTabs(days)).toEqual([
      { date: '2026-11-25', title: '今天 11-25' },
      { date: '2026-11-26', title: '明天 11-26' },
    ]);
    expect(rows.pickDay(days, '')).toBe('2026-11-26');
    expect(rows.pickDay(days, '2026-11-25')).toBe('2026-11-25');
    expect(rows.pickDay([], '2026-11-25')).toBe('');
    const choices = rows.sessionChoicesOf(days, '2026-11-26');
    expect(choices).toEqual([
      { session: 'am', label: '上午 · 停诊', stopped: true },
      { session: 'pm', label: '下午 · 可预约', stopped: false },
    ]);
    expect(rows.pickSession(choices, 'pm')).toBe('pm');
    expect(rows.pickSession(choices, 'evening')).toBe('am');
    expect(rows.pickSession([], 'am')).toBe('');
  });

  it('describes a slot, a stop-clinic and its confirmation', () => {
    expect(rows.slotRow(slot)).toEqual({
      id: 's1',
      time: '08:00–08:30',
      detail: '共4个号 · 已约1 · 网上余2 · 现场预留1',
      stateLabel: '出诊',
      stopped: false,
      reason: '',
    });
    expect(rows.slotRow({ ...slot, state: 'stopped', stopReason: '设备检修', addOnCount: 2 })).toMatchObject({
      stateLabel: '已停诊',
      reason: '停诊原因：设备检修',
      detail: '共4个号 · 不再放号 · 加号2',
    });
    expect(rows.stopSummary({ slotsStopped: 8, appointmentsCancelled: 2, noticesSent: 2, refundsOwed: 1, status: 'done', remaining: 0 })).toBe(
      '已停诊 8 个时段，取消 2 个预约，已通知 2 位患者，待退款 1 笔',
    );
    expect(rows.stopSummary({ slotsStopped: 8, appointmentsCancelled: 1, noticesSent: 1, refundsOwed: 0, status: 'running', remaining: 1 })).toContain(
      '还有 1 个预约正在处理',
    );
    expect(rows.stopConfirmText('陈立民', '2026-11-30', '上午', [slot, { ...slot, id: 's2', booked: 2 }])).toContain('关闭2个时段，取消已有的3个预约');
  });

  it('checks reasons and add-on counts as the server does', () => {
    expect(rows.reasonProblem('  ', '停诊')).toBe('请填写停诊原因');
    expect(rows.reasonProblem(` ${'字'.repeat(60)} `, '停诊')).toBe('');
    expect(rows.reasonProblem('字'.repeat(61), '加号')).toBe('加号原因最多60个字');
    expect([0, 1, 5, 6, 2.5].map(rows.addOnCountProblem)).toEqual(['每次可加1到5个号', '', '', '每次可加1到5个号', '每次可加1到5个号']);
  });
});
