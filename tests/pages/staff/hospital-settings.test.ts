import { session } from '../../../miniprogram/stores/session';
import { changeText, chosenKeys, offerGroups, switched } from '../../../miniprogram/staff/hospital-settings/offer-rows';
import { allFunctionKeys } from '../../../miniprogram/shared/offers';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

type ModalOptions = { title: string; content: string; success?: (r: { confirm: boolean; cancel: boolean }) => void };

describe('staff hospital settings page (医院设置)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/hospital-settings/index');
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

  it('shows the 23 functions by stage with their state; core functions cannot be switched off', async () => {
    const page = await opened();
    const text = textOf(page);
    expect(text).toContain('郑州康宁医院提供的服务');
    for (const name of ['1. 医院介绍', '18. 药品快递', '23. 健康科普']) expect(text).toContain(name);
    expect(textOf(page.querySelector('#offer-phones')!)).toContain('基本功能，每家医院都提供');
    expect(textOf(page.querySelector('#offer-invoices')!)).toContain('需要同时提供：在线支付');
    expect(page.querySelector('#switch-phones')!.data.disabled).toBe(true);
    expect(page.querySelector('#switch-homecare')!.data.checked).toBe(true);
  });

  it('switches off home nursing after confirming what it closes; the store, the public list and the session follow', async () => {
    const page = await opened();
    page.instance.onSwitch({ detail: false, currentTarget: { dataset: { key: 'homecare' } } });
    await waitFor(() => expect(page.querySelector('#switch-homecare')!.data.checked).toBe(false));
    tap(page, '#save');
    await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已保存医院设置', icon: 'none' }));
    const modal = wxMock.showModal.mock.calls[0][0] as ModalOptions;
    expect(modal.content).toBe('将关闭：医护到家（患者将看不到这些功能，也不能再申请）。确定保存？');
    expect(apiCalls().find((c) => c.action === 'setOffers')?.params).toEqual({
      hospitalId: 'h-zzcentral',
      offers: allFunctionKeys.filter((k) => k !== 'homecare'),
    });
    expect(await system.ports.db.get('hospitals', 'h-zzcentral')).toMatchObject({ offers: allFunctionKeys.filter((k) => k !== 'homecare') });
    await waitFor(() => expect(session.hospital?.offers).not.toContain('homecare'));
  });

  it('explains a choice that cannot be saved and sends nothing', async () => {
    const page = await opened();
    page.instance.onSwitch({ detail: false, currentTarget: { dataset: { key: 'payment' } } });
    tap(page, '#save');
    await waitFor(() => expect(textOf(page)).toContain('需要同时提供在线支付'));
    expect(apiCalls().some((c) => c.action === 'setOffers')).toBe(false);
    expect(wxMock.showModal).not.toHaveBeenCalled();
  });

  it('links to the booking rules, the hospital introduction and the staff', async () => {
    const page = await opened();
    tap(page, '#open-booking-rules');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/settings/index' }));
    tap(page, '#open-intro');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/hospital-edit/index' }));
    tap(page, '#open-members');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/members/index' }));
  });

  it('refuses a non-admin; shows a network failure', async () => {
    session.setDemoOpenid('demo-editor-zz');
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(textOf(page)).toContain('没有权限进行此操作'));
    failRequests();
    const other = renderPage(id);
    await other.instance.onLoad();
    await waitFor(() => expect(textOf(other)).toContain('网络不太好'));
  });

  it('groups, switches and describes changes', () => {
    const groups = offerGroups(['hospital', 'departments', 'phones', 'guide']);
    expect(groups.map((g) => g.label)).toEqual(['诊前', '诊中', '诊后']);
    expect(chosenKeys(switched(groups, 'phones', false))).toEqual(['hospital', 'departments', 'phones', 'guide']);
    expect(chosenKeys(switched(groups, 'triage', true))).toContain('triage');
    expect(changeText(['hospital', 'homecare'], ['hospital', 'articles'])).toBe('将关闭：医护到家（患者将看不到这些功能，也不能再申请）；将开通：健康科普');
  });
});
