import { session } from '../../../miniprogram/stores/session';
import type { PhoneBook } from '../../../miniprogram/shared/dto/content';
import { tap, apiCalls, loadPage, renderPage, routeRequests, startLocalSystem, textOf, waitFor, wxMock, failRequests } from '../setup/page';
import type { LocalSystem } from '../../support/local-system';

describe('phones page', () => {
  let id: string;
  let system: LocalSystem;
  let book: PhoneBook;
  beforeAll(() => {
    id = loadPage('previsit/phones/index');
  });
  beforeEach(async () => {
    jestReset();
    system = await startLocalSystem();
    routeRequests(system);
    book = (await system.ok<{ phoneBook: PhoneBook }>('content', null, { action: 'listPhones', hospitalId: 'h-zzcentral' })).phoneBook;
  });

  function jestReset(): void {
    wxMock.request.mockReset();
    wxMock.makePhoneCall.mockReset();
    wxMock.showModal.mockClear();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
  }

  async function shown() {
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  it('lists the hospital’s phones with their hours and every department’s phone with its location', async () => {
    const page = await shown();
    const text = textOf(page);
    expect(text).toContain('郑州康宁医院');
    expect(text).toContain('总机');
    expect(text).toContain('0371-66128000');
    expect(text).toContain('预约挂号');
    expect(text).toContain('每日 7:30-20:00');
    for (const p of book.hospitalPhones) expect(text).toContain(p.number);
    expect(book.departments.length).toBeGreaterThan(20);
    for (const d of book.departments) {
      expect(text).toContain(d.name);
      expect(text).toContain(d.phone);
      expect(text).toContain(d.location);
    }
    expect(text).toContain('心血管内科');
    expect(text).toContain('0371-66128201');
    expect(apiCalls().map((c) => `${c.fn}.${c.action}`)).toEqual(['content.listHospitals', 'content.listPhones']);
    expect(apiCalls()[1].params).toEqual({ hospitalId: 'h-zzcentral' });
  });

  it('calls a hospital number with one tap, without asking first', async () => {
    const page = await shown();
    tap(page, '#hospital-phone-2');
    await waitFor(() => expect(wxMock.makePhoneCall).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '037166128120' })));
    expect(book.hospitalPhones[2]).toMatchObject({ label: '急诊', number: '0371-66128120' });
    expect(wxMock.makePhoneCall).toHaveBeenCalledTimes(1);
    expect(wxMock.showModal).not.toHaveBeenCalled();
  });

  it('calls a department with one tap', async () => {
    const page = await shown();
    tap(page, '#department-phone-d-zz-neuro');
    await waitFor(() => expect(wxMock.makePhoneCall).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '037166128211' })));
  });

  it('shows the empty state when the hospital has no phone at all', async () => {
    const doc = await system.ports.db.get<{ _id: string; phones: unknown[] }>('hospitals', 'h-zzcentral');
    await system.ports.db.remove('hospitals', { _id: 'h-zzcentral' });
    await system.ports.db.insert('hospitals', { ...doc!, phones: [] });
    await system.ports.db.remove('departments', { hospitalId: 'h-zzcentral' });
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('暂无联系电话'));
  });

  it('shows an error with a retry when the backend cannot be reached, and loads on retry', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onLoad({});
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
    routeRequests(system);
    page.querySelector('#state')!.dispatchEvent('retry');
    await waitFor(() => expect(textOf(page)).toContain('0371-66128000'));
  });
});
