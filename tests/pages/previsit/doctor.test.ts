import { session } from '../../../miniprogram/stores/session';
import type { DoctorProfile } from '../../../miniprogram/shared/dto/content';
import { tap, apiCalls, loadPage, renderPage, routeRequests, startLocalSystem, textOf, waitFor, wxMock, failRequests } from '../setup/page';
import type { LocalSystem } from '../../support/local-system';

describe('doctor page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('previsit/doctor/index');
  });
  beforeEach(async () => {
    jestReset();
    system = await startLocalSystem();
    routeRequests(system);
  });

  function jestReset(): void {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.makePhoneCall.mockReset();
    session.setHospitalsStatus('idle', '');
  }

  async function shown(doctorId: string) {
    const page = renderPage(id);
    await page.instance.onLoad({ id: doctorId });
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  it('shows the doctor’s title, department, hospital, specialties, intro and the department’s location and phone', async () => {
    const { doctor } = await system.ok<{ doctor: DoctorProfile }>('content', null, { action: 'getDoctor', doctorId: 'doc-zz-002' });
    const page = await shown('doc-zz-002');
    const text = textOf(page);
    expect(doctor.name).toBe('郜雅琴');
    expect(text).toContain(doctor.name);
    expect(text).toContain('副主任医师');
    expect(text).toContain('心血管内科 · 郑州康宁医院');
    expect(text).toContain(doctor.specialties);
    expect(text).toContain(doctor.intro);
    expect(text).toContain('门诊楼2楼A区');
    expect(text).toContain('0371-66128201');
    expect(page.querySelector('.avatar-photo')!.toJSON().attrs).toContainEqual({ name: 'src', value: 'http://127.0.0.1:3000/files/demo/doctors/avatar-2.png' });
    expect(apiCalls()).toEqual([
      { fn: 'content', action: 'getDoctor', params: { doctorId: 'doc-zz-002' } },
      { fn: 'content', action: 'getDepartment', params: { departmentId: 'd-zz-cardio' } },
    ]);
  });

  it('books from the profile: 预约挂号 opens the doctor’s schedule', async () => {
    const page = await shown('doc-zz-001');
    expect(textOf(page)).toContain('预约挂号');
    tap(page, '#book-doctor');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/booking/doctor/index?id=doc-zz-001' }));
  });

  it('asks the doctor online: 在线咨询 opens the question to that doctor', async () => {
    const page = await shown('doc-zz-001');
    tap(page, '#consult-doctor');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/online/consult-ask/index?doctorId=doc-zz-001' }));
  });

  it('calls the department with one tap', async () => {
    const page = await shown('doc-zz-001');
    tap(page, '#call-department');
    await waitFor(() => expect(wxMock.makePhoneCall).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '037166128201' })));
  });

  it('opens the doctor’s department', async () => {
    const page = await shown('doc-zz-005');
    expect(textOf(page)).toContain('消化内科');
    tap(page, '#open-department');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/previsit/department/index?id=d-zz-gastro' }));
  });

  it('shows the photo instead of the surname when the doctor has one', async () => {
    const photo = 'https://example.invalid/doc-zz-001.jpg';
    const doc = await system.ports.db.get<{ _id: string; avatar: string }>('doctors', 'doc-zz-001');
    await system.ports.db.remove('doctors', { _id: 'doc-zz-001' });
    await system.ports.db.insert('doctors', { ...doc!, avatar: photo });
    const page = await shown('doc-zz-001');
    expect(page.querySelector('.avatar-photo')!.toJSON().attrs).toContainEqual({ name: 'src', value: photo });
    expect(page.querySelector('.avatar-initial')).toBeFalsy();
  });

  it('shows the empty state for a doctor that does not exist', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'doc-zz-999' });
    await waitFor(() => expect(textOf(page)).toContain('没有找到这位医生'));
    expect(apiCalls().map((c) => c.action)).toEqual(['getDoctor']);
  });

  it('shows an error with a retry when the backend cannot be reached, and loads on retry', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'doc-zz-001' });
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
    routeRequests(system);
    page.querySelector('#state')!.dispatchEvent('retry');
    await waitFor(() => expect(textOf(page)).toContain('陈立民'));
  });
});
