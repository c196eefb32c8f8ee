import { resetRemotes } from '../../../miniprogram/stores/resource';
import { session } from '../../../miniprogram/stores/session';
import { shanghaiInstant } from '../../../miniprogram/shared/time';
import type { PatientView } from '../../../miniprogram/shared/dto/booking';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

const PEOPLE = [
  { name: '张小明', idNumber: '110105201203150011', relation: 'child' },
  { name: '李淑芬', idNumber: '11010519700101002X', relation: 'spouse' },
  { name: '张国强', idNumber: '110105194502020038', relation: 'parent' },
];

describe('booking patients page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('booking/patients/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.showModal.mockClear();
    wxMock.showToast.mockReset();
    session.setHospitalsStatus('idle', '');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid('demo-patient');
  });
  afterEach(() => {
    session.setDemoOpenid('demo-patient');
  });

  async function shown(): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(['ready', 'empty']).toContain(page.data.view.status));
    return page;
  }

  const add = (n: number) =>
    system.ok<{ id: string; patient: PatientView }>('patients', 'demo-patient', {
      action: 'add',
      ...PEOPLE[n],
      idType: 'resident_id',
      phone: '13912345678',
      requestId: `patients-add-${n}`,
    });
  const stored = async () => (await system.ok<{ patients: PatientView[] }>('patients', 'demo-patient', { action: 'list' })).patients;

  it('lists the family members with relation and masked ID and phone, and the limit of five', async () => {
    const page = await shown();
    const text = textOf(page);
    expect(text).toContain('张建国');
    expect(text).toContain('本人');
    expect(text).toContain('王秀兰');
    expect(text).toContain('父母');
    expect(text).toContain('居民身份证 4****************1');
    expect(text).toContain('手机 138****0001');
    expect(text).toContain('最多添加5位就诊人，已添加2位');
    expect(page.querySelector('#add-patient')).toBeTruthy();
    expect(text).not.toContain('410105196803151031');
  });

  it('shows a newly added member with the masked ID only', async () => {
    const added = await add(0);
    const page = await shown();
    expect(added.patient.idNumberMasked).toBe('1****************1');
    expect(textOf(page)).toContain('张小明');
    expect(textOf(page)).toContain('子女');
    expect(textOf(page)).toContain('居民身份证 1****************1');
    expect(textOf(page)).toContain('手机 139****5678');
    expect(textOf(page)).not.toContain('110105201203150011');
  });

  it('hides 添加就诊人 at five members', async () => {
    for (const n of [0, 1, 2]) await add(n);
    const page = await shown();
    expect(Object.keys(page.data.view.data.options)).toHaveLength(5);
    expect(textOf(page)).toContain('已添加5位');
    expect(page.querySelector('#add-patient')).toBeFalsy();
  });

  it('opens the form to add and to edit', async () => {
    const page = await shown();
    tap(page, '#add-patient');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/booking/patient-edit/index' }));
    page.querySelector('#patient-pat-demo-zhang-mother')!.dispatchEvent('tap');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/booking/patient-edit/index?id=pat-demo-zhang-mother' }));
  });

  it('removes a member after confirming', async () => {
    const added = await add(1);
    const page = await shown();
    tap(page, `#remove-${added.id}`);
    await waitFor(() => expect(textOf(page)).not.toContain('李淑芬'));
    expect(wxMock.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '删除就诊人', confirmText: '删除' }));
    expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已删除', icon: 'none' });
    expect((await stored()).map((p) => p.name)).toEqual(['张建国', '王秀兰']);
  });

  it('shows the server’s refusal to remove a member with an active appointment', async () => {
    await system.ok('booking', 'demo-patient', {
      action: 'book',
      slotId: 'slot-doc-zz-026-20261125-1400',
      patientId: 'pat-demo-zhang-mother',
      requestId: 'patients-booked-1',
    });
    const page = await shown();
    tap(page, '#remove-pat-demo-zhang-mother');
    await waitFor(() => expect(textOf(page)).toContain('王秀兰：该就诊人还有未完成的预约，不能删除'));
    expect(apiCalls().filter((c) => c.action === 'remove')).toHaveLength(1);
    expect((await stored()).map((p) => p.name)).toEqual(['张建国', '王秀兰']);
  });

  it('keeps the member when removal is not confirmed', async () => {
    const page = await shown();
    wxMock.showModal.mockImplementationOnce((opts: { success?: (r: { confirm: boolean; cancel: boolean }) => void }) =>
      opts.success?.({ confirm: false, cancel: true }),
    );
    tap(page, '#remove-pat-demo-zhang-mother');
    await waitFor(() => expect(wxMock.showModal).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 30));
    expect(apiCalls().filter((c) => c.action === 'remove')).toHaveLength(0);
  });

  it('shows the restriction of a member after repeated no-shows', async () => {
    const at = shanghaiInstant('2026-11-20', '09:00');
    const noShows = [1, 2, 3].map((n) => ({ appointmentId: `appt-old-${n}`, at: at - n * 86_400_000 }));
    await system.ports.db.update('patients', { _id: 'pat-demo-zhang-mother' }, { set: { noShows } });
    const page = await shown();
    expect(textOf(page)).toContain('因多次爽约，2026-12-19前暂不能预约');
  });

  it('offers to add the first member when there is none, and shows an error with a retry offline', async () => {
    session.setDemoOpenid('demo-patient-new');
    const page = await shown();
    expect(textOf(page)).toContain('还没有就诊人');
    expect(page.querySelector('#add-patient')).toBeTruthy();
    failRequests();
    const held = await shown();
    expect(textOf(held)).toContain('还没有就诊人');
    // The app started again offline: nothing held.
    resetRemotes();
    const offline = renderPage(id);
    await offline.instance.onShow();
    await waitFor(() => expect(textOf(offline)).toContain('网络不太好'));
    expect(textOf(offline)).toContain('重试');
  });
});
