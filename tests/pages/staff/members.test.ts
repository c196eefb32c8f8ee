import { session } from '../../../miniprogram/stores/session';
import { emptyForm, grantErrors, memberRow } from '../../../miniprogram/staff/members/members';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

type ModalOptions = { title: string; content: string; success?: (r: { confirm: boolean; cancel: boolean }) => void };

describe('staff members page (员工与角色)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/members/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.showToast.mockReset();
    wxMock.showModal.mockClear();
    wxMock.navigateTo.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid('demo-admin-zz');
  });
  afterEach(() => {
    session.setDemoOpenid('demo-patient');
  });

  async function opened() {
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  it('lists the staff with role labels, the bound doctor, practice year, online practice and who granted', async () => {
    const page = await opened();
    const doctor = textOf(page.querySelector('#member-demo-doctor-zz')!);
    expect(doctor).toContain('陈立民');
    expect(doctor).toContain('医生');
    expect(doctor).toContain('绑定医生：陈立民');
    expect(doctor).toContain('2009年起独立执业');
    expect(doctor).toContain('可开展线上诊疗');
    expect(doctor).toContain('授权人：系统初始化');
    expect(textOf(page.querySelector('#member-demo-billing-zz')!)).toContain('收费员');
    expect(textOf(page)).not.toContain('胡玥');
    expect(
      apiCalls()
        .map((c) => c.action)
        .sort(),
    ).toEqual(['listDoctors', 'listHospitals', 'list'].sort());
  });

  it('grants the doctor role with a doctor picked from the list and a practice year; the list shows who granted', async () => {
    const page = await opened();
    page.instance.onName({ detail: '王医生' });
    page.instance.onOpenid({ detail: 'new-doctor-01' });
    tap(page, '#role-doctor');
    await waitFor(() => expect(page.querySelector('#doctor-doc-zz-002')).toBeTruthy());
    expect(textOf(page.querySelector('#role-doctor')!)).toContain('须绑定本院医生');
    tap(page, '#grant');
    await waitFor(() => expect(textOf(page)).toContain('授予医生角色时请选择这位医生'));
    tap(page, '#doctor-doc-zz-002');
    page.instance.onYear({ detail: '2024' });
    tap(page, '#grant');
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已授予王医生医生角色', icon: 'none' }));
    expect(apiCalls().find((c) => c.action === 'grant')?.params).toEqual({
      hospitalId: 'h-zzcentral',
      openid: 'new-doctor-01',
      name: '王医生',
      role: 'doctor',
      doctorId: 'doc-zz-002',
      practiceSinceYear: 2024,
    });
    expect(await system.ports.db.get('staff', 'staff-new-doctor-01-h-zzcentral')).toMatchObject({
      roles: ['doctor'],
      doctorId: 'doc-zz-002',
      practiceSinceYear: 2024,
      grantedBy: 'demo-admin-zz',
    });
    await waitFor(() => expect(page.querySelector('#member-new-doctor-01')).toBeTruthy());
    const row = textOf(page.querySelector('#member-new-doctor-01')!);
    expect(row).toContain('授权人：郑磊');
    expect(row).toContain('不能开展线上诊疗');
  });

  it('checks the form before sending and shows the server refusal', async () => {
    const page = await opened();
    tap(page, '#grant');
    await waitFor(() => expect(textOf(page)).toContain('请选择角色'));
    expect(textOf(page)).toContain('请填写姓名');
    expect(apiCalls().some((c) => c.action === 'grant')).toBe(false);
    page.instance.onName({ detail: '李护士' });
    page.instance.onOpenid({ detail: 'bad id!' });
    tap(page, '#role-nurse');
    tap(page, '#grant');
    await waitFor(() => expect(textOf(page)).toContain('微信标识为6-64位字母'));
  });

  it('revokes a role after confirming; cancelling keeps it', async () => {
    const page = await opened();
    wxMock.showModal.mockImplementationOnce((opts: ModalOptions) => opts.success?.({ confirm: false, cancel: true }));
    tap(page, '#revoke-demo-billing-zz-billing');
    await waitFor(() => expect(wxMock.showModal).toHaveBeenCalledTimes(1));
    expect(apiCalls().some((c) => c.action === 'revoke')).toBe(false);
    tap(page, '#revoke-demo-billing-zz-billing');
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已撤销韩梅的收费员角色', icon: 'none' }));
    const modal = wxMock.showModal.mock.calls[1][0] as ModalOptions;
    expect(modal.content).toBe('确定撤销韩梅的“收费员”角色？撤销后立即失去相应权限。');
    expect(await system.ports.db.get('staff', 'staff-demo-billing-zz-h-zzcentral')).toMatchObject({ roles: [] });
    await waitFor(() => expect(page.querySelector('#member-demo-billing-zz')).toBeUndefined());
  });

  it('links to the nurse areas and the hospital settings', async () => {
    const page = await opened();
    tap(page, '#open-nurse-areas');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/nurse-areas/index' }));
    tap(page, '#open-settings');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/hospital-settings/index' }));
  });

  it('refuses a non-admin; shows a network failure', async () => {
    session.setDemoOpenid('demo-billing-zz');
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(textOf(page)).toContain('没有权限进行此操作'));
    failRequests();
    const other = renderPage(id);
    await other.instance.onLoad();
    await waitFor(() => expect(textOf(other)).toContain('网络不太好'));
  });

  it('builds rows and checks the practice year', () => {
    const row = memberRow({
      id: 's',
      openid: 'o',
      hospitalId: 'h',
      name: '赵静',
      roles: ['nurse'],
      roleLabels: ['护士'],
      doctorId: '',
      doctorName: '',
      practiceSinceYear: 2012,
      onlineRefusal: '',
      grantedBy: 'seed',
      grantedByText: '系统初始化',
    });
    expect(row).toEqual({
      openid: 'o',
      name: '赵静',
      roleText: '护士',
      lines: ['2012年起独立执业', '授权人：系统初始化'],
      roles: [{ role: 'nurse', label: '护士' }],
    });
    expect(grantErrors({ ...emptyForm(), name: '赵', openid: 'abcdef', role: 'nurse', year: '2030' }, 2026).year).toBe('请填写1960至2026之间的年份');
    expect(grantErrors({ ...emptyForm(), name: '赵', openid: 'abcdef', role: 'billing', year: '2030' }, 2026).year).toBe('');
  });
});
