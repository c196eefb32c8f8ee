import { session } from '../../../miniprogram/stores/session';
import type { PlacesView } from '../../../miniprogram/shared/dto/navigation';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

describe('places page (院内导航)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('navigation/places/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    session.setHospitalsStatus('idle', '');
    session.setElderMode(false);
    system = await startLocalSystem();
    routeRequests(system);
  });

  async function shown() {
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }

  it('lists the chosen hospital’s facilities and departments by building; a tap opens the route', async () => {
    session.selectHospital('h-xinyang-county');
    const page = await shown();
    const { groups } = await system.ok<PlacesView>('navigation', null, { action: 'places', hospitalId: 'h-xinyang-county' });
    const text = textOf(page);
    for (const g of groups) expect(text).toContain(g.title);
    expect(text).toContain('中医科');
    expect(text).toContain('门诊楼4楼西区（中医馆）');
    expect(text).toContain('收费处');
    expect(apiCalls().find((c) => c.action === 'places')!.params).toEqual({ hospitalId: 'h-xinyang-county' });
    tap(page, '#place-d-xy-tcm');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/navigation/route/index?hospitalId=h-xinyang-county&to=d-xy-tcm' }));
    tap(page, '#place-xy-cashier');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/navigation/route/index?hospitalId=h-xinyang-county&to=xy-cashier' }));
  });

  it('enlarges in elder mode; offline shows an error with a retry', async () => {
    session.setElderMode(true);
    const page = await shown();
    expect(page.querySelector('.pz-page')!.dom!.className).toContain('elder');
    session.setElderMode(false);
    failRequests();
    session.setHospitalsStatus('idle', '');
    const offline = await shown();
    expect(textOf(offline)).toContain('网络不太好');
    expect(textOf(offline)).toContain('重试');
  });
});
