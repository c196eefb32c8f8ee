import { session } from '../../../miniprogram/stores/session';
import { deskOf, diagnosisProblem } from '../../../miniprogram/staff/doctor/desk';
import type { QueueEntryView, SessionQueue } from '../../../miniprogram/shared/dto/queue';
import type { LocalSystem } from '../../support/local-system';
import { consoleSystem, morning, NURSE, openConsole } from './queue-fixtures';
import { apiCalls, failRequests, loadPage, renderPage, tap, textOf, waitFor, wxMock } from '../setup/page';

const DOCTOR = 'demo-doctor-zz';
const call = (system: LocalSystem) =>
  system.ok<{ called: string }>('queue', NURSE, {
    action: 'callNext',
    ownerId: 'doc-zz-001',
    date: '2026-11-28',
    session: 'am',
    requestId: `req-doc-${Math.random().toString(36).slice(2, 12)}`,
  });

describe('staff doctor page (医生工作台)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/doctor/index');
  });
  beforeEach(async () => {
    system = await consoleSystem(DOCTOR);
  });
  afterEach(() => {
    session.setDemoOpenid('demo-patient');
  });

  const opened = () => openConsole(id);

  it('receives the called patient and completes the visit after confirming; the HIS orders follow', async () => {
    const patients = await morning(system);
    await call(system);
    const page = await opened();
    expect(textOf(page)).toContain(patients[0].name);
    expect(textOf(page)).toContain('候诊 1 人');
    tap(page, `#start-${patients[0].id}`);
    await waitFor(() => expect(page.querySelector(`#complete-${patients[0].id}`)).toBeTruthy());
    tap(page, `#complete-${patients[0].id}`);
    await waitFor(() => expect(textOf(page)).toContain('请填写诊断'));
    expect(wxMock.showModal).not.toHaveBeenCalled();
    page.instance.onDiagnosis({ detail: '原发性高血压' });
    tap(page, `#complete-${patients[0].id}`);
    await waitFor(() => expect(textOf(page)).toContain(`${patients[0].name}的就诊已完成，开出4项费用`));
    expect(wxMock.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '完成就诊', content: expect.stringContaining('原发性高血压') }));
    expect(apiCalls().find((c) => c.action === 'completeVisit')?.params).toEqual({ appointmentId: patients[0].id, diagnosis: '原发性高血压' });
    expect(await system.ports.db.get('appointments', patients[0].id)).toMatchObject({ status: 'completed', diagnosis: '原发性高血压' });
    expect(await system.ok('queue', patients[0].openid, { action: 'status', appointmentId: patients[0].id })).toMatchObject({ state: 'done' });
    expect(textOf(page)).toContain('已完成 1 人');
  });

  it('shows a 回诊 arrival and finishes the return', async () => {
    const patients = await morning(system);
    await call(system);
    await system.ok('queue', DOCTOR, { action: 'startVisit', appointmentId: patients[0].id });
    await system.ok('clinic', DOCTOR, { action: 'completeVisit', appointmentId: patients[0].id, diagnosis: '高血压' });
    await system.ok('queue', NURSE, { action: 'markReturning', appointmentId: patients[0].id });
    const page = await opened();
    expect(page.querySelector(`#returning-${patients[0].id}`)).toBeTruthy();
    await call(system);
    const second = await call(system);
    expect(second.called).toBe(patients[0].id);
    await system.ok('queue', DOCTOR, { action: 'startVisit', appointmentId: patients[0].id });
    await page.instance.loadQueue();
    tap(page, `#complete-${patients[0].id}`);
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '回诊已完成', icon: 'none' }));
    expect(await system.ok('queue', patients[0].openid, { action: 'status', appointmentId: patients[0].id })).toMatchObject({ state: 'done' });
  });

  it("lists only the doctor's own sessions; another doctor does not see 陈立民's", async () => {
    await morning(system);
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    expect(Object.values(page.data.tabs).every((t) => (t as { title: string }).title.startsWith('陈立民'))).toBe(true);
    await system.ok('staff', 'demo-admin-zz', {
      action: 'grant',
      hospitalId: 'h-zzcentral',
      openid: 'demo-doctor-2',
      name: '郜雅琴',
      role: 'doctor',
      doctorId: 'doc-zz-002',
    });
    session.setDemoOpenid('demo-doctor-2');
    const other = renderPage(id);
    await other.instance.onLoad();
    await waitFor(() => expect(other.data.view.status).not.toBe('loading'));
    expect(textOf(other)).not.toContain('陈立民');
  });

  it('refuses a nurse and a patient; shows a network failure with a retry', async () => {
    for (const openid of [NURSE, 'demo-patient']) {
      session.setDemoOpenid(openid);
      const page = renderPage(id);
      await page.instance.onLoad();
      await waitFor(() => expect(page.data.view.status).toBe('error'));
      expect(textOf(page)).toMatch(/没有绑定医生|没有权限/);
    }
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
  });
});

describe('doctor desk helpers', () => {
  const e = (over: Partial<QueueEntryView>): QueueEntryView => ({
    appointmentId: 'a',
    patientName: '张三',
    slotText: '',
    checkedInText: '',
    state: 'waiting',
    stateLabel: '',
    place: 1,
    skips: 0,
    late: false,
    returning: false,
    priority: null,
    tags: [],
    ...over,
  });
  it('splits the queue into current, next and 回诊', () => {
    const q: SessionQueue = {
      ownerId: 'doc',
      ownerName: '陈立民',
      exam: false,
      departmentName: '心血管内科',
      date: '2026-11-28',
      session: 'am',
      room: '3诊室',
      pausedReason: '',
      notArrived: [],
      walkInSlots: [],
      entries: [
        e({ appointmentId: 'c', state: 'in_consultation', place: 0 }),
        e({ appointmentId: 'w2', place: 2, returning: true }),
        e({ appointmentId: 'w1', place: 1 }),
        e({ appointmentId: 'd', state: 'done', place: 0 }),
      ],
    };
    const desk = deskOf(q);
    expect(desk.current.map((x) => x.appointmentId)).toEqual(['c']);
    expect(desk.next.map((x) => x.appointmentId)).toEqual(['w1', 'w2']);
    expect(desk.returning.map((x) => x.appointmentId)).toEqual(['w2']);
    expect([desk.waitingCount, desk.doneCount]).toEqual([2, 1]);
    expect(diagnosisProblem(' ')).toBe('请填写诊断');
    expect(diagnosisProblem('字'.repeat(101))).toBe('诊断最多100个字');
  });
});
