import { session } from '../../../miniprogram/stores/session';
import { nextDelay, MAX_POLL_MS, MIN_POLL_MS } from '../../../miniprogram/behaviors/backoff-poll';
import { statusCard } from '../../../miniprogram/queue/status/status-card';
import type { QueueStatus } from '../../../miniprogram/shared/dto/queue';
import type { LocalSystem } from '../../support/local-system';
import { deliver, payInSandbox, startPaidBooking } from '../../support/payment-fixtures';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

const NURSE = 'demo-nurse-zz';

describe('queue status page (check-in and the place in the queue)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('queue/status/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.showToast.mockReset();
    wxMock.requestSubscribeMessage.mockClear();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid('demo-patient');
  });

  async function paidBooking(): Promise<{ appointmentId: string; start: number }> {
    const b = await startPaidBooking(system);
    await deliver(system, await payInSandbox(system, b.outTradeNo));
    const a = (await system.ports.db.get<{ _id: string; start: number }>('appointments', b.appointmentId))!;
    return { appointmentId: b.appointmentId, start: a.start };
  }

  async function areaCode(): Promise<string> {
    return (await system.ok<{ code: string }>('queue', NURSE, { action: 'areaCode', departmentId: 'd-zz-cardio' })).code;
  }

  async function shown(appointmentId: string): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad({ id: appointmentId });
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  afterEach(() => {
    wxMock.scanCode = jest.fn();
  });

  it('checks in by scanning the clinic code, asking for the queue messages first, then shows the place', async () => {
    const a = await paidBooking();
    system.setNow(a.start - 30 * 60_000);
    const code = await areaCode();
    wxMock.scanCode = jest.fn((o: { success: (r: { result: string }) => void }) => o.success({ result: code }));
    const page = await shown(a.appointmentId);
    expect(textOf(page)).toContain('还未签到');
    await waitFor(() => expect(page.data.templates).toBeTruthy());
    tap(page, '#scan');
    await waitFor(() => expect(textOf(page)).toContain('候诊中'));
    expect(wxMock.requestSubscribeMessage).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: ['demo-turn-near', 'demo-queue-called'] }));
    expect(apiCalls().find((c) => c.action === 'checkIn')?.params).toEqual({ appointmentId: a.appointmentId, code });
    expect(page.querySelector('#ahead')!.dom!.textContent).toContain('0');
    expect(textOf(page)).toContain('门诊楼2楼A区');
    expect(await system.ports.db.get('appointments', a.appointmentId)).toMatchObject({ status: 'checked_in' });
    page.instance.onHide();
    expect(page.data.polling).toBe(false);
  });

  it('says when check-in opens, and shows a wrong clinic code refused in Chinese', async () => {
    const a = await paidBooking();
    system.setNow(a.start - 90 * 60_000);
    wxMock.scanCode = jest.fn((o: { success: (r: { result: string }) => void }) => o.success({ result: 'pzq1.h-xinyang-county.d-xy-x.abc' }));
    const page = await shown(a.appointmentId);
    expect(textOf(page)).toContain('起可签到');
    tap(page, '#scan');
    await waitFor(() => expect(page.querySelector('#checkin-error')).toBeTruthy());
    expect(textOf(page)).toContain('还未到签到时间');
    system.setNow(a.start - 10 * 60_000);
    tap(page, '#scan');
    await waitFor(() => expect(textOf(page)).toContain('这不是本次就诊诊区的签到码'));
    expect(page.querySelector('#ahead')).toBeFalsy();
  });

  it('an unpaid registration cannot check in and links to payment', async () => {
    const b = await startPaidBooking(system);
    const page = await shown(b.appointmentId);
    expect(textOf(page)).toContain('挂号费未支付');
    expect(page.querySelector('#scan')).toBeFalsy();
    tap(page, '#pay');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/booking/appointment/index?id=${b.appointmentId}` }));
  });

  it('shows the call with the room, and the pause reason', async () => {
    const a = await paidBooking();
    system.setNow(a.start - 10 * 60_000);
    await system.ok('queue', 'demo-patient', { action: 'checkIn', appointmentId: a.appointmentId, code: await areaCode() });
    const key = { ownerId: 'doc-zz-001', date: '2026-11-28', session: 'am' };
    await system.ok('queue', NURSE, { action: 'setRoom', ...key, room: '3诊室' });
    await system.ok('queue', NURSE, { action: 'pause', ...key, reason: '医生临时会诊' });
    const page = await shown(a.appointmentId);
    expect(textOf(page)).toContain('医生暂时离开：医生临时会诊');
    await system.ok('queue', NURSE, { action: 'resume', ...key });
    await system.ok('queue', NURSE, { action: 'callNext', ...key, requestId: 'req-page-0001' });
    await page.instance.poll();
    await waitFor(() => expect(textOf(page)).toContain('请到3诊室就诊'));
    expect(page.querySelector('#paused')).toBeFalsy();
    page.instance.onUnload();
  });

  it('offers 带我去 to the clinic before check-in and while waiting, not once the visit is done', async () => {
    const a = await paidBooking();
    system.setNow(a.start - 10 * 60_000);
    const page = await shown(a.appointmentId);
    tap(page, '#guide');
    await waitFor(() =>
      expect(wxMock.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: '/navigation/route/index?hospitalId=h-zzcentral&to=d-zz-cardio' })),
    );
    await system.ok('queue', 'demo-patient', { action: 'checkIn', appointmentId: a.appointmentId, code: await areaCode() });
    await page.instance.poll();
    await waitFor(() => expect(textOf(page)).toContain('候诊中'));
    expect(page.querySelector('#guide')).toBeTruthy();
    page.instance.onUnload();
  });

  it("another account's appointment is not found; a network failure offers a retry", async () => {
    const a = await paidBooking();
    session.setDemoOpenid('demo-patient-2');
    const page = renderPage(id);
    await page.instance.onLoad({ id: a.appointmentId });
    await waitFor(() => expect(textOf(page)).toContain('没有找到这条预约'));
    failRequests();
    const other = renderPage(id);
    await other.instance.onLoad({ id: a.appointmentId });
    await waitFor(() => expect(textOf(other)).toContain('网络不太好'));
  });

  it('follows elder mode (larger text and targets through the shared CSS variables)', async () => {
    const a = await paidBooking();
    session.setElderMode(true);
    try {
      const page = await shown(a.appointmentId);
      expect(page.querySelector('.pz-page')!.dom!.className).toContain('elder');
    } finally {
      session.setElderMode(false);
    }
  });

  it('polls the queue with backoff while shown: slower while nothing changes, soon again after a call, stopped once the visit is done', async () => {
    const a = await paidBooking();
    system.setNow(a.start - 10 * 60_000);
    await system.ok('queue', 'demo-patient', { action: 'checkIn', appointmentId: a.appointmentId, code: await areaCode() });
    const page = await shown(a.appointmentId);
    expect(page.data).toMatchObject({ polling: true, pollDelay: MIN_POLL_MS });
    await page.instance.poll();
    expect(page.data.pollDelay).toBe(7_500);
    await page.instance.poll();
    expect(page.data.pollDelay).toBe(11_250);
    const key = { ownerId: 'doc-zz-001', date: '2026-11-28', session: 'am' };
    await system.ok('queue', NURSE, { action: 'callNext', ...key, requestId: 'req-page-poll1' });
    await page.instance.poll();
    expect(page.data.pollDelay).toBe(MIN_POLL_MS);
    expect(textOf(page)).toContain('护士正在叫您的号');
    const polls = apiCalls().filter((c) => c.action === 'status').length;
    await system.ok('clinic', 'demo-doctor-zz', { action: 'completeVisit', appointmentId: a.appointmentId, diagnosis: '高血压' });
    await page.instance.poll();
    expect(page.data.polling).toBe(false);
    expect(apiCalls().filter((c) => c.action === 'status').length).toBe(polls + 1);
    page.instance.onUnload();
  });

  it('polls with backoff while nothing changes', () => {
    expect(nextDelay(MIN_POLL_MS, false)).toBe(7_500);
    expect(nextDelay(50_000, false)).toBe(MAX_POLL_MS);
    expect(nextDelay(40_000, true)).toBe(MIN_POLL_MS);
  });
});

describe('queue status card', () => {
  const base: QueueStatus = {
    appointmentId: 'a',
    hospitalId: 'h',
    state: 'waiting',
    stateLabel: '候诊中',
    ahead: 3,
    room: '3诊室',
    etaMinutes: { p50: 24, p90: 31, uncertain: false },
    etaText: '约 24–31 分钟',
    pausedReason: '',
    doctorName: '陈立民',
    departmentName: '心血管内科',
    patientName: '张建国',
    slotText: '08:00-08:30',
    checkInOpensAt: 0,
    checkInOpensText: '07:00',
    locationCheckIn: false,
    unpaid: false,
    placeId: 'd',
    exam: false,
  };
  it('says what to do in each state', () => {
    expect(statusCard(base)).toMatchObject({
      headline: '候诊中',
      showAhead: true,
      lines: expect.arrayContaining(['请在3诊室附近候诊', '预计等待 约 24–31 分钟']),
    });
    expect(statusCard({ ...base, ahead: 0, etaMinutes: { p50: 0, p90: 0, uncertain: true }, etaText: '即将轮到您' }).lines).toContain('即将轮到您');
    expect(statusCard({ ...base, state: 'called' })).toMatchObject({ headline: '请到3诊室就诊', showAhead: false, tone: 'success' });
    expect(statusCard({ ...base, state: 'skipped', ahead: 2 }).lines).toContain('您已被重新排队，前面还有 2 人，请在3诊室附近候诊');
    expect(statusCard({ ...base, state: 'not_checked_in', unpaid: true })).toMatchObject({ headline: '挂号费未支付', canCheckIn: false });
    expect(statusCard({ ...base, state: 'closed', stateLabel: '已取消' })).toMatchObject({ headline: '该预约已取消', canCheckIn: false });
    expect(statusCard({ ...base, state: 'not_checked_in' })).toMatchObject({
      headline: '还未签到',
      canCheckIn: true,
      lines: expect.arrayContaining(['07:00 起可签到，请到3诊室扫描诊区签到码']),
    });
    const guided = (['not_checked_in', 'waiting', 'called', 'skipped', 'in_consultation', 'done', 'closed'] as const).filter(
      (state) => statusCard({ ...base, state }).showGuide,
    );
    expect(guided).toEqual(['not_checked_in', 'waiting', 'called', 'skipped']);
  });
  it('in an exam room the patient is called to be examined', () => {
    const ct = { ...base, exam: true, room: '医技楼1楼CT室', doctorName: 'CT检查' };
    expect(statusCard({ ...ct, state: 'called' })).toMatchObject({
      headline: '请到医技楼1楼CT室检查',
      lines: expect.arrayContaining(['护士正在叫您的号，请尽快到检查室']),
    });
    expect(statusCard({ ...ct, state: 'in_consultation' })).toMatchObject({ headline: '检查中', lines: expect.arrayContaining(['检查室：医技楼1楼CT室']) });
    expect(statusCard({ ...ct, state: 'done' })).toMatchObject({ headline: '本次检查已完成' });
  });
});
