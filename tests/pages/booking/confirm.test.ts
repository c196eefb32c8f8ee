import { session } from '../../../miniprogram/stores/session';
import type { AppointmentView } from '../../../miniprogram/shared/dto/booking';
import type { LocalSystem } from '../../support/local-system';
import { firstOpenSlot } from '../../support/booking-fixtures';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';
import { family } from '../../../miniprogram/stores/family';

const FREE = { slotId: 'slot-doc-zz-026-20261125-1400', doctorId: 'doc-zz-026', date: '2026-11-25' };
const PAID = { slotId: 'slot-doc-zz-001-20261125-1400', doctorId: 'doc-zz-001', date: '2026-11-25' };

describe('booking confirm page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('booking/confirm/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.redirectTo.mockReset();
    wxMock.navigateBack.mockReset();
    session.setHospitalsStatus('idle', '');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid('demo-patient');
  });
  afterEach(() => {
    session.setDemoOpenid('demo-patient');
  });

  async function shown(query: Record<string, string>): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad(query);
    await page.instance.onShow();
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    await waitFor(() => expect(page.data.patientId).not.toBe(''));
    return page;
  }

  const books = () => apiCalls().filter((c) => c.action === 'book');
  const mine = async () => (await system.ok<{ appointments: AppointmentView[] }>('booking', 'demo-patient', { action: 'mine' })).appointments;
  const slotDoc = (slotId: string) => system.ports.db.get<{ _id: string; onlineRemaining: number }>('slots', slotId);
  const resultUrl = () => String((wxMock.redirectTo.mock.calls[0][0] as { url: string }).url);

  it('shows the doctor, time, fee, the family members and the hospital’s rules in plain words', async () => {
    const page = await shown(PAID);
    const text = textOf(page);
    expect(text).toContain('陈立民 主任医师');
    expect(text).toContain('心血管内科');
    expect(text).toContain('2026-11-25 周三 下午 14:00-14:30');
    expect(text).toContain('¥35.00');
    expect(text).toContain('张建国（本人）');
    expect(text).toContain('王秀兰（父母）');
    expect(text).toContain('4****************1');
    expect(text).toContain('预约后请在15分钟内缴费');
    expect(text).toContain('就诊前2小时以前可以在线取消预约');
    expect(text).toContain('每天最多预约3个号');
    expect(text).toContain('90天内爽约3次，30天内不能预约');
    expect(page.data.patientId).toBe('pat-demo-zhang');
    expect(
      apiCalls()
        .map((c) => c.action)
        .sort(),
    ).toEqual(['getDoctor', 'list', 'listSlots', 'rules', 'templateIds']);
  });

  it('books a free 老年医学科 slot at once and opens the result of the appointment in the store', async () => {
    const before = (await slotDoc(FREE.slotId))!.onlineRemaining;
    const page = await shown(FREE);
    tap(page, '#confirm');
    await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
    const appointments = await mine();
    expect(appointments).toHaveLength(1);
    expect(resultUrl()).toBe(`/booking/result/index?id=${appointments[0].id}`);
    expect(appointments[0]).toMatchObject({ status: 'booked', ownerName: '李桂芝', patientName: '张建国', feeText: '免费' });
    expect((await slotDoc(FREE.slotId))!.onlineRemaining).toBe(before - 1);
    expect(books()[0].params).toMatchObject({ slotId: FREE.slotId, patientId: 'pat-demo-zhang' });
  });

  it('books a paid slot for the chosen family member, held unpaid', async () => {
    const page = await shown(PAID);
    await page.instance.onPatient({ detail: 'pat-demo-zhang-mother' });
    tap(page, '#confirm');
    await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
    const [a] = await mine();
    expect(a).toMatchObject({ status: 'pending_payment', patientName: '王秀兰', feeText: '¥35.00' });
    expect(a.holdUntil).toBe(a.createdAt + 15 * 60_000);
  });

  it('sends one request id on a double tap and creates one appointment', async () => {
    const page = await shown(FREE);
    tap(page, '#confirm');
    tap(page, '#confirm');
    await Promise.all([page.instance.onConfirm(), page.instance.onConfirm()]);
    await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalledTimes(1));
    expect(books()).toHaveLength(1);
    expect(books()[0].params.requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(await mine()).toHaveLength(1);
  });

  it('asks for the visit reminders on the confirm tap and reports what was accepted', async () => {
    const page = await shown(FREE);
    await waitFor(() => expect(Object.keys(page.data.reminderTemplates)).toHaveLength(3));
    tap(page, '#confirm');
    await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
    expect(wxMock.requestSubscribeMessage).toHaveBeenCalledWith(
      expect.objectContaining({ tmplIds: ['demo-booking-confirmed', 'demo-visit-reminder', 'demo-stop-clinic'] }),
    );
    await waitFor(async () => expect(await system.ports.db.count('subscriptions', { openid: 'demo-patient' })).toBe(3));
  });

  it('leaves the page only after the reminders prompt closed', async () => {
    const page = await shown(FREE);
    await waitFor(() => expect(Object.keys(page.data.reminderTemplates)).toHaveLength(3));
    const prompt: { close?: () => void } = {};
    wxMock.requestSubscribeMessage.mockImplementationOnce((opts: { tmplIds: string[]; success?: (r: Record<string, string>) => void }) => {
      prompt.close = () => opts.success?.(Object.fromEntries(opts.tmplIds.map((t) => [t, 'reject'])));
    });
    tap(page, '#confirm');
    await waitFor(() => expect(books()).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(wxMock.redirectTo).not.toHaveBeenCalled();
    expect(prompt.close).toBeDefined();
    prompt.close?.();
    await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalledTimes(1));
  });

  it('keeps the request id when retrying after a network failure', async () => {
    const page = await shown(FREE);
    failRequests();
    await page.instance.onConfirm();
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(wxMock.redirectTo).not.toHaveBeenCalled();
    routeRequests(system);
    tap(page, '#confirm');
    await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
    expect(books()).toHaveLength(2);
    expect(books()[1].params.requestId).toBe(books()[0].params.requestId);
    expect(await mine()).toHaveLength(1);
  });

  it('shows the server’s SLOT_FULL message when the slot fills before the tap', async () => {
    const page = await shown(PAID);
    await system.ports.db.update('slots', { _id: PAID.slotId }, { set: { onlineRemaining: 0 } });
    tap(page, '#confirm');
    await waitFor(() => expect(textOf(page)).toContain('该时段已约满，请选择其他时段'));
    expect(textOf(page)).toContain('预约未成功');
    expect(wxMock.redirectTo).not.toHaveBeenCalled();
    expect(await mine()).toHaveLength(0);
    tap(page, '#choose-again');
    await waitFor(() => expect(wxMock.navigateBack).toHaveBeenCalled());
  });

  it('shows a slot that is already full as not bookable', async () => {
    await system.ports.db.update('slots', { _id: PAID.slotId }, { set: { onlineRemaining: 0 } });
    const page = await shown(PAID);
    expect(textOf(page)).toContain('该时段约满，不能预约');
    expect(page.querySelector('#confirm')!.querySelector('.van-button')!.dom!.className).toContain('disabled');
  });

  it('shows ALREADY_BOOKED when the patient has this doctor in the same half-day', async () => {
    await system.ok('booking', 'demo-patient', {
      action: 'book',
      slotId: 'slot-doc-zz-026-20261125-1500',
      patientId: 'pat-demo-zhang',
      requestId: 'earlier-booking-1',
    });
    const page = await shown(FREE);
    tap(page, '#confirm');
    await waitFor(() => expect(textOf(page)).toContain('该就诊人已预约本医生同一时段（上午/下午）的号'));
    expect(await mine()).toHaveLength(1);
  });

  it('shows LIMIT_REACHED when the patient already has the daily cap of appointments', async () => {
    for (const [n, slotId] of ['slot-doc-zz-001-20261130-0800', 'slot-doc-zz-004-20261130-1400', 'slot-doc-zz-006-20261130-0800'].entries()) {
      await system.ok('booking', 'demo-patient', { action: 'book', slotId, patientId: 'pat-demo-zhang', requestId: `daily-cap-${n}-x` });
    }
    const page = await shown({ slotId: 'slot-doc-zz-026-20261130-0800', doctorId: 'doc-zz-026', date: '2026-11-30' });
    tap(page, '#confirm');
    await waitFor(() => expect(textOf(page)).toContain('每位就诊人每天最多预约3个号'));
    expect(await mine()).toHaveLength(3);
  });

  it('links to adding a family member and, on return, lists the new one as the choice', async () => {
    const page = await shown(FREE);
    tap(page, '#add-patient');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/booking/patient-edit/index' }));
    page.instance.onHide();
    const added = await system.ok<{ id: string }>('patients', 'demo-patient', {
      action: 'add',
      name: '张小明',
      idType: 'resident_id',
      idNumber: '110105201203150011',
      phone: '13912345678',
      relation: 'child',
      requestId: 'add-child-0001',
    });
    // What the patient form does after saving: the family store loads the members again.
    await family.changed();
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('张小明（子女）'));
    expect(page.data.patientId).toBe(added.id);
  });

  it('keeps the choice when the patient comes back without adding anyone', async () => {
    const page = await shown(FREE);
    page.instance.onPatient({ detail: 'pat-demo-zhang-mother' });
    tap(page, '#add-patient');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/booking/patient-edit/index' }));
    page.instance.onHide();
    await page.instance.onShow();
    // Nothing written meanwhile: the members the family store holds, no second call.
    expect(apiCalls().filter((c) => c.action === 'list')).toHaveLength(1);
    expect(page.data.patientId).toBe('pat-demo-zhang-mother');
    page.instance.onHide();
    await system.ok('patients', 'demo-patient', {
      action: 'add',
      name: '张小明',
      idType: 'resident_id',
      idNumber: '110105201203150011',
      phone: '13912345678',
      relation: 'child',
      requestId: 'add-child-0002',
    });
    await family.changed();
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('张小明（子女）'));
    expect(page.data.patientId).toBe('pat-demo-zhang-mother');
  });

  describe('who the department serves', () => {
    async function pedsQuery(): Promise<Record<string, string>> {
      const doctorId = (
        await system.ok<{ doctors: Array<{ id: string }> }>('content', null, { action: 'listDoctors', hospitalId: 'h-zzcentral', departmentId: 'd-zz-peds' })
      ).doctors[0].id;
      const { schedule } = await system.ok<{ schedule: { days: Array<{ date: string; sessions: Array<{ status: string }> }> } }>('booking', null, {
        action: 'doctorSchedule',
        doctorId,
      });
      const date = schedule.days.find((d) => d.sessions.some((x) => x.status === 'open'))!.date;
      return { slotId: (await firstOpenSlot(system, doctorId, date)).id, doctorId, date };
    }

    it('says before booking that 儿科 does not see an adult, suggests the adult department and waits', async () => {
      const page = await shown(await pedsQuery());
      await waitFor(() => expect(textOf(page)).toContain('不能为这位就诊人预约'));
      expect(textOf(page)).toContain('儿科只接诊14岁以下的儿童，张建国今年58岁，不能在此科室预约。建议改挂老年医学科或呼吸内科。');
      expect(textOf(page)).toContain('不在本科室接诊范围');
      expect(page.querySelector('#confirm')!.data.disabled).toBe(true);
      tap(page, '#confirm');
      await new Promise((r) => setTimeout(r, 30));
      expect(books()).toHaveLength(0);
    });

    it('preselects the child a family may book into 儿科, and books', async () => {
      session.setDemoOpenid('demo-patient-2');
      const page = await shown(await pedsQuery());
      expect(page.data.patientId).toBe('pat-demo2-li-child');
      expect(textOf(page)).not.toContain('不能为这位就诊人预约');
      page.instance.onPatient({ detail: 'pat-demo2-li' });
      await waitFor(() => expect(textOf(page)).toContain('李明今年'));
      page.instance.onPatient({ detail: 'pat-demo2-li-child' });
      tap(page, '#confirm');
      await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
      expect(books()[0].params).toMatchObject({ patientId: 'pat-demo2-li-child' });
    });
  });

  it('enlarges the page and the radio icons in elder mode', async () => {
    session.setElderMode(true);
    try {
      const page = await shown(FREE);
      expect(page.querySelector('.pz-page')!.dom!.className).toContain('elder');
      expect(page.querySelector('#patient-pat-demo-zhang')!.data.iconSize).toBe(28);
    } finally {
      session.setElderMode(false);
    }
  });

  it('shows the empty state for a slot that does not exist, and an error with a retry offline', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({ ...FREE, slotId: 'slot-doc-zz-026-20261125-0300' });
    await waitFor(() => expect(textOf(page)).toContain('号源不存在'));
    failRequests();
    const offline = renderPage(id);
    await offline.instance.onLoad(FREE);
    await waitFor(() => expect(textOf(offline)).toContain('网络不太好'));
    expect(textOf(offline)).toContain('重试');
  });
});
