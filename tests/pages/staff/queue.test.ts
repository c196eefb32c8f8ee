import { session } from '../../../miniprogram/stores/session';
import { entryRow, reasonProblem, sessionTabs } from '../../../miniprogram/staff/queue/queue-rows';
import type { QueueEntryView } from '../../../miniprogram/shared/dto/queue';
import type { LocalSystem } from '../../support/local-system';
import { shanghaiInstant } from '../../../miniprogram/shared/time';
import { consoleSystem, CT_DAY, CT_KEY, ctMorning, DAY, morning, NURSE, openConsole } from './queue-fixtures';
import { apiCalls, failRequests, loadPage, renderPage, tap, textOf, waitFor, wxMock } from '../setup/page';

describe('staff queue page (叫号台)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/queue/index');
  });
  beforeEach(async () => {
    system = await consoleSystem(NURSE);
  });
  afterEach(() => {
    session.setDemoOpenid('demo-patient');
  });

  const opened = () => openConsole(id);

  it("lists today's sessions of the nurse's areas and the queue with the patients not yet arrived", async () => {
    const patients = await morning(system);
    const page = await opened();
    const text = textOf(page);
    expect(text).toContain('陈立民 上午 · 已签到 2/');
    expect(text).toContain(patients[0].name);
    expect(text).toContain('第1位');
    expect(text).toContain('第2位');
    expect(text).toContain('未签到');
    expect(page.querySelector(`#checkin-${patients[2].id}`)).toBeTruthy();
    expect(apiCalls().find((c) => c.action === 'mySessions')?.params).toEqual({ hospitalId: 'h-zzcentral', as: 'nurse' });
  });

  it('on coming back to the page, shows the sessions and the queue as they are now (a check-in made elsewhere)', async () => {
    const patients = await morning(system);
    const page = await opened();
    await page.instance.onShow();
    await system.ok('queue', NURSE, { action: 'checkInFor', appointmentId: patients[2].id, requestId: 'req-console-show1' });
    expect(textOf(page)).toContain('已签到 2/');
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('已签到 3/'));
    expect(textOf(page)).toContain('第3位');
    expect(page.querySelector(`#checkin-${patients[2].id}`)).toBeFalsy();
  });

  it('calls the next patient, who sees the call; a call whose answer was lost is retried with its requestId and calls nobody else', async () => {
    const patients = await morning(system);
    const page = await opened();
    const routed = wxMock.request.getMockImplementation()!;
    wxMock.request.mockImplementationOnce((o: { success?: unknown; fail?: (e: { errMsg: string }) => void }) =>
      routed({ ...o, success: () => o.fail?.({ errMsg: 'request:fail timeout' }) }),
    );
    tap(page, '#call-next');
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '网络不太好，请稍后重试', icon: 'none' }));
    await waitFor(() => expect(page.data.calling).toBe(false));
    tap(page, '#call-next');
    await waitFor(() => expect(textOf(page)).toContain(`已叫号：${patients[0].name}`));
    const calls = apiCalls().filter((c) => c.action === 'callNext');
    expect(calls).toHaveLength(2);
    expect(calls[0].params).toMatchObject({ ownerId: 'doc-zz-001', date: DAY, session: 'am', requestId: expect.stringMatching(/^[a-z0-9]+-[a-z0-9]{10}$/) });
    expect(calls[1].params.requestId).toBe(calls[0].params.requestId);
    expect(await system.ok('queue', patients[1].openid, { action: 'status', appointmentId: patients[1].id })).toMatchObject({ state: 'waiting', ahead: 0 });
    expect(await system.ok('queue', patients[0].openid, { action: 'status', appointmentId: patients[0].id })).toMatchObject({ state: 'called' });
    await waitFor(() => expect(page.querySelector(`#recall-${patients[0].id}`)).toBeTruthy());
    tap(page, `#recall-${patients[0].id}`);
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已重呼', icon: 'none' }));
  });

  it('skips after confirming, and skips nothing when the confirmation is cancelled', async () => {
    const patients = await morning(system);
    const page = await opened();
    wxMock.showModal.mockImplementationOnce((opts: { success?: (r: { confirm: boolean; cancel: boolean }) => void }) =>
      opts.success?.({ confirm: false, cancel: true }),
    );
    tap(page, `#skip-${patients[0].id}`);
    await waitFor(() => expect(wxMock.showModal).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 30));
    expect(apiCalls().map((c) => c.action)).not.toContain('skip');
    tap(page, `#skip-${patients[0].id}`);
    await waitFor(() => expect(textOf(page)).toContain('过号1次'));
    expect(wxMock.showModal).toHaveBeenLastCalledWith(expect.objectContaining({ title: '过号', content: expect.stringContaining(patients[0].name) }));
    expect(await system.ok('queue', patients[0].openid, { action: 'status', appointmentId: patients[0].id })).toMatchObject({ state: 'skipped', ahead: 1 });
  });

  it('before anyone has checked in, lists the booked patients to check in and sets the room', async () => {
    const patients = await morning(system, 0);
    const page = await opened();
    expect(textOf(page)).toContain('未签到');
    for (const p of patients) expect(page.querySelector(`#checkin-${p.id}`)).toBeTruthy();
    page.instance.onRoom({ detail: '3诊室' });
    tap(page, '#save-room');
    await waitFor(() => expect(textOf(page)).toContain('陈立民 · 心血管内科 · 3诊室'));
    tap(page, `#checkin-${patients[1].id}`);
    await waitFor(() => expect(textOf(page)).toContain('第1位'));
    expect(await system.ports.db.get('appointments', patients[1].id)).toMatchObject({ status: 'checked_in' });
  });

  it('checks in a patient who has not arrived in the app, and sets a priority with its reason', async () => {
    const patients = await morning(system);
    const page = await opened();
    tap(page, `#checkin-${patients[2].id}`);
    await waitFor(() => expect(page.querySelector(`#checkin-${patients[2].id}`)).toBeFalsy());
    expect(await system.ports.db.get('appointments', patients[2].id)).toMatchObject({ status: 'checked_in' });
    tap(page, `#priority-${patients[2].id}`);
    await waitFor(() => expect(page.querySelector('#priority-form')).toBeTruthy());
    tap(page, '#priority-submit');
    await waitFor(() => expect(textOf(page)).toContain('请填写优先原因'));
    tap(page, '#kind-military');
    page.instance.onPriorityReason({ detail: '现役军人' });
    tap(page, '#priority-submit');
    await waitFor(() => expect(textOf(page)).toContain('军人：现役军人'));
    expect(page.data.rows[0]).toMatchObject({ appointmentId: patients[2].id, place: 1 });
  });

  it('pauses with a reason patients see, after confirming, and resumes', async () => {
    const patients = await morning(system);
    const page = await opened();
    tap(page, '#pause');
    await waitFor(() => expect(textOf(page)).toContain('请填写暂停原因'));
    page.instance.onPauseReason({ detail: '医生临时会诊' });
    tap(page, '#pause');
    await waitFor(() => expect(page.querySelector('#paused')).toBeTruthy());
    expect(textOf(page)).toContain('已暂停：医生临时会诊');
    expect(await system.ok('queue', patients[1].openid, { action: 'status', appointmentId: patients[1].id })).toMatchObject({ pausedReason: '医生临时会诊' });
    tap(page, '#resume');
    await waitFor(() => expect(page.querySelector('#paused')).toBeFalsy());
  });

  it('adds a walk-in on an add-on place after confirming', async () => {
    const patients = await morning(system);
    const slotId = (await system.ports.db.get<{ _id: string; slotId: string }>('appointments', patients[0].id))!.slotId;
    await system.ok('schedule', 'demo-scheduler-zz', { action: 'addOn', slotId, count: 1, reason: '现场患者' });
    const page = await opened();
    tap(page, `#walkin-${slotId}`);
    await waitFor(() => expect(page.querySelector('#walkin-form')).toBeTruthy());
    tap(page, '#walkin-submit');
    await waitFor(() => expect(textOf(page)).toContain('请填写患者姓名'));
    page.instance.onWalkInName({ detail: '王大爷' });
    tap(page, '#walkin-submit');
    await waitFor(() => expect(textOf(page)).toContain('王大爷'));
    expect(wxMock.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '现场加号' }));
    expect(await system.ports.db.count('appointments', { slotId, patientName: '王大爷', status: 'checked_in' })).toBe(1);
    expect(page.querySelector('#walkin-form')).toBeFalsy();
  });

  it('saves the room and shows the area check-in code', async () => {
    await morning(system);
    const page = await opened();
    page.instance.onRoom({ detail: '3诊室' });
    tap(page, '#save-room');
    await waitFor(() => expect(textOf(page)).toContain('陈立民 · 心血管内科 · 3诊室'));
    tap(page, '#show-code');
    await waitFor(() =>
      expect(wxMock.navigateTo).toHaveBeenLastCalledWith(expect.objectContaining({ url: '/staff/area-code/index?departmentId=d-zz-cardio' })),
    );
  });

  it('refuses a patient and a nurse of no area; shows a network failure with a retry', async () => {
    for (const openid of ['demo-patient', 'demo-editor-zz']) {
      session.setDemoOpenid(openid);
      const page = renderPage(id);
      await page.instance.onLoad();
      await waitFor(() => expect(textOf(page)).toContain('没有权限进行此操作'));
      expect(page.querySelector('#call-next')).toBeFalsy();
    }
    session.setDemoOpenid(NURSE);
    await system.ports.db.update('nurseAreas', { openid: NURSE }, { set: { departmentIds: [] } });
    const none = renderPage(id);
    await none.instance.onLoad();
    await waitFor(() => expect(textOf(none)).toContain('今天您负责的诊区没有出诊'));
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
  });

  it('on an exam room (CT): calls, starts the exam and, after confirming, finishes it: the exam order is done and no 回诊 is offered', async () => {
    const patients = await ctMorning(system);
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    expect(textOf(page)).toContain('CT检查 上午 · 已签到 2/2');
    await page.instance.select(CT_KEY);
    await waitFor(() => expect(textOf(page)).toContain('CT检查 · 放射科 · 医技楼1楼CT室'));
    expect(page.data.queue.exam).toBe(true);
    system.setNow(shanghaiInstant(CT_DAY, '09:40'));
    tap(page, '#call-next');
    await waitFor(() => expect(textOf(page)).toContain(`已叫号：${patients[0].name}`));
    await waitFor(() => expect(page.querySelector(`#start-${patients[0].id}`)).toBeTruthy());
    expect(textOf(page)).toContain('请检查');
    expect(page.querySelector(`#finish-${patients[1].id}`)).toBeFalsy();
    tap(page, `#start-${patients[0].id}`);
    await waitFor(() => expect(textOf(page)).toContain('检查中'));
    expect(page.querySelector(`#start-${patients[0].id}`)).toBeFalsy();
    system.setNow(shanghaiInstant(CT_DAY, '09:55'));
    wxMock.showModal.mockImplementationOnce((opts: { success?: (r: { confirm: boolean; cancel: boolean }) => void }) =>
      opts.success?.({ confirm: false, cancel: true }),
    );
    tap(page, `#finish-${patients[0].id}`);
    await waitFor(() =>
      expect(wxMock.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '检查完成', content: expect.stringContaining(patients[0].name) })),
    );
    await new Promise((r) => setTimeout(r, 30));
    expect(apiCalls().map((c) => c.action)).not.toContain('finishExam');
    tap(page, `#finish-${patients[0].id}`);
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '检查已完成', icon: 'none' }));
    await waitFor(() =>
      expect(page.data.rows.find((r: { appointmentId: string }) => r.appointmentId === patients[0].id)).toMatchObject({ state: 'done', canReturn: false }),
    );
    expect(page.querySelector(`#return-${patients[0].id}`)).toBeFalsy();
    expect(await system.ports.db.get('appointments', patients[0].id)).toMatchObject({ status: 'completed' });
    expect(await system.ports.db.get('examOrders', 'exo-page-0')).toMatchObject({ status: 'done' });
    expect(await system.ok('queue', patients[1].openid, { action: 'status', appointmentId: patients[1].id })).toMatchObject({
      state: 'waiting',
      ahead: 0,
      stateLabel: '候诊中',
    });
  });
});

describe('queue console helpers', () => {
  const entry: QueueEntryView = {
    appointmentId: 'a',
    patientName: '张三',
    slotText: '08:00-08:30',
    checkedInText: '07:40',
    state: 'waiting',
    stateLabel: '候诊中',
    place: 2,
    skips: 0,
    late: false,
    returning: false,
    priority: null,
    tags: ['迟到'],
  };
  it('labels sessions and entries with what the nurse may do', () => {
    expect(
      sessionTabs([
        {
          ownerId: 'd',
          ownerName: '陈立民',
          exam: false,
          departmentId: 'x',
          departmentName: '心内',
          date: DAY,
          session: 'am',
          sessionLabel: '上午',
          booked: 12,
          checkedIn: 3,
        },
      ]),
    ).toEqual([{ key: `d|${DAY}|am`, title: '陈立民 上午 · 已签到 3/12' }]);
    expect(entryRow(entry, false)).toMatchObject({
      placeText: '第2位',
      canSkip: true,
      canPrioritize: true,
      canRecall: false,
      canReturn: false,
      canStartExam: false,
      tagText: '迟到',
    });
    expect(entryRow({ ...entry, state: 'called', place: 0, stateLabel: '请就诊' }, false)).toMatchObject({
      placeText: '请就诊',
      canRecall: true,
      canSkip: true,
      canPrioritize: false,
      canStartExam: false,
      canFinishExam: false,
    });
    expect(entryRow({ ...entry, state: 'done', place: 0 }, false)).toMatchObject({ canReturn: true, canSkip: false });
  });
  it('in an exam room: start and finish the exam, no 回诊', () => {
    expect(entryRow(entry, true)).toMatchObject({ canStartExam: false, canFinishExam: false, canSkip: true });
    expect(entryRow({ ...entry, state: 'called', place: 0, stateLabel: '请检查' }, true)).toMatchObject({
      placeText: '请检查',
      canRecall: true,
      canStartExam: true,
      canFinishExam: true,
    });
    expect(entryRow({ ...entry, state: 'in_consultation', place: 0, stateLabel: '检查中' }, true)).toMatchObject({
      canStartExam: false,
      canFinishExam: true,
      canSkip: false,
    });
    expect(entryRow({ ...entry, state: 'done', place: 0 }, true)).toMatchObject({ canReturn: false, canFinishExam: false });
    expect(reasonProblem(' ', '暂停原因', 40)).toBe('请填写暂停原因');
    expect(reasonProblem('字'.repeat(41), '暂停原因', 40)).toBe('暂停原因最多40个字');
  });
});
