import { api } from '../../../miniprogram/api/index';
import { fetchHospitalView, fetchRecordView } from '../../../miniprogram/previsit/common/fetch';
import { session } from '../../../miniprogram/stores/session';
import { apiCalls, failRequests, routeRequests, startLocalSystem, wxMock } from '../setup/page';
import type { LocalSystem } from '../../support/local-system';

describe('previsit fetch helpers', () => {
  let system: LocalSystem;
  beforeEach(async () => {
    wxMock.request.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    system = await startLocalSystem();
    routeRequests(system);
  });

  it('loads the hospital list first, then runs for the chosen hospital', async () => {
    const view = await fetchHospitalView((hospitalId: string) => api.content.getHospital({ hospitalId }));
    expect(view.status).toBe('ready');
    expect(view.data!.hospital.name).toBe('郑州康宁医院');
    expect(apiCalls().map((c) => c.action)).toEqual(['listHospitals', 'getHospital']);
  });

  it('does not reload a list that is ready', async () => {
    await session.loadHospitals();
    wxMock.request.mockClear();
    const view = await fetchHospitalView((hospitalId: string) => api.content.getHospital({ hospitalId }));
    expect(view.status).toBe('ready');
    expect(apiCalls().map((c) => c.action)).toEqual(['getHospital']);
  });

  it('waits for a list another page is loading instead of failing', async () => {
    const loading = session.loadHospitals();
    expect(session.hospitalsStatus).toBe('loading');
    const view = await fetchHospitalView((hospitalId: string) => api.content.getHospital({ hospitalId }));
    await loading;
    expect(view.status).toBe('ready');
    expect(apiCalls().map((c) => c.action)).toEqual(['listHospitals', 'getHospital']);
  });

  it('applies isEmpty to the data', async () => {
    const view = await fetchHospitalView(
      (hospitalId: string) => api.content.getHospital({ hospitalId }),
      (d) => d.hospital.doctorCount > 0,
    );
    expect(view.status).toBe('empty');
  });

  it('is an error with the list’s message when the list cannot be loaded', async () => {
    failRequests();
    const view = await fetchHospitalView((hospitalId: string) => api.content.getHospital({ hospitalId }));
    expect(view).toEqual({ status: 'error', data: null, error: '网络不太好，请稍后重试' });
    expect(apiCalls().map((c) => c.action)).toEqual(['listHospitals']);
  });

  it('is empty when the platform has no hospital', async () => {
    await system.ports.db.remove('hospitals', {});
    const view = await fetchHospitalView((hospitalId: string) => api.content.getHospital({ hospitalId }));
    expect(view.status).toBe('empty');
    expect(apiCalls().map((c) => c.action)).toEqual(['listHospitals']);
  });

  it('loads a record, and treats no id or an unknown id as empty', async () => {
    const found = await fetchRecordView('d-zz-neuro', (departmentId: string) => api.content.getDepartment({ departmentId }));
    expect(found.status).toBe('ready');
    expect(found.data!.department.name).toBe('神经内科');
    expect(await fetchRecordView('', (departmentId: string) => api.content.getDepartment({ departmentId }))).toEqual({
      status: 'empty',
      data: null,
      error: '',
    });
    expect(await fetchRecordView('d-zz-nowhere', (departmentId: string) => api.content.getDepartment({ departmentId }))).toEqual({
      status: 'empty',
      data: null,
      error: '',
    });
    expect(apiCalls().map((c) => c.params)).toEqual([{ departmentId: 'd-zz-neuro' }, { departmentId: 'd-zz-nowhere' }]);
  });

  it('is an error with the message when a record cannot be loaded', async () => {
    failRequests();
    expect(await fetchRecordView('d-zz-neuro', (departmentId: string) => api.content.getDepartment({ departmentId }))).toEqual({
      status: 'error',
      data: null,
      error: '网络不太好，请稍后重试',
    });
  });
});
