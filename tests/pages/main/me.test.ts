import { demoIdentities, demoIdentityDescriptions } from '../../../backend/dev-server/seed/content/staff';
import { demoIdentityOptions } from '../../../miniprogram/pages/me/demo-identities';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { motherRegistration, unpaidRegistration } from '../billing/fixtures';
import {
  apiCalls,
  failRequests,
  loadPage,
  renderPage,
  routeRequests,
  startLocalSystem,
  tap,
  textOf,
  waitFor,
  wxMock,
  type WxRequestOptions,
} from '../setup/page';

function lastRequest(): WxRequestOptions {
  const calls = wxMock.request.mock.calls;
  return calls[calls.length - 1][0] as WxRequestOptions;
}

describe('me page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('pages/me/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.showToast.mockReset();
    session.setHospitalsStatus('idle', '');
    session.setElderMode(false);
    session.setDemoOpenid('demo-patient');
    system = await startLocalSystem();
    routeRequests(system);
  });
  afterAll(() => {
    session.setElderMode(false);
    session.setDemoOpenid('demo-patient');
  });

  it('mirrors the demo identities of the seed, in the same order', () => {
    expect(demoIdentityOptions.map((o) => o.openid)).toEqual(Object.values(demoIdentities));
    const seedDescriptions = Object.values(demoIdentityDescriptions);
    demoIdentityOptions.forEach((o, i) => expect(seedDescriptions[i].split(' / ')[0]).toContain(o.description.split('（')[0]));
  });

  it('shows the elder switch, the current hospital and the demo identities; no staff entry for a patient', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('当前医院'));
    const text = textOf(page);
    expect(text).toContain('长辈模式');
    expect(textOf(page.querySelector('#switch-hospital')!)).toContain('郑州康宁医院');
    expect(text).toContain('演示身份');
    expect(text).toContain('郑州康宁医院 心血管内科医生 陈立民');
    expect(text).toContain('demo-editor-xy');
    expect(textOf(page.querySelector('#identity-demo-patient')!)).toContain('当前');
    expect(
      apiCalls()
        .map((c) => `${c.fn}.${c.action}`)
        .sort(),
    ).toEqual(['content.listHospitals', 'orders.mine', 'staff.me']);
    expect(apiCalls().find((c) => c.action === 'mine')!.params).toEqual({ status: 'unpaid' });
    expect(textOf(page.querySelector('#unpaid-orders')!)).toContain('待支付');
    expect(textOf(page.querySelector('#unpaid-orders')!)).toContain('无');
    expect(session.isStaff).toBe(false);
    expect(page.querySelector('#staff-entry')).toBeFalsy();
    expect(text).not.toContain('工作人员入口');
  });

  it('shows how many orders wait for payment, and opens them', async () => {
    await unpaidRegistration(system);
    await motherRegistration(system);
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page.querySelector('#unpaid-orders')!)).toContain('2笔'));
    expect(page.data.unpaidDue).toBe(true);
    tap(page, '#unpaid-orders');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/billing/orders/index?status=unpaid' }));
  });

  it('counts the orders of the identity switched to', async () => {
    await unpaidRegistration(system);
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page.querySelector('#unpaid-orders')!)).toContain('1笔'));
    tap(page, '#identity-demo-patient-2');
    await waitFor(() => expect(session.demoOpenid).toBe('demo-patient-2'));
    await waitFor(() => expect(textOf(page.querySelector('#unpaid-orders')!)).toContain('无'));
    expect(page.data.unpaidDue).toBe(false);
  });

  it('turns elder mode on and off through the switch', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('长辈模式'));
    const root = page.querySelector('.pz-page')!;
    expect(root.dom!.className).not.toContain('elder');
    page.instance.onElderChange({ detail: true });
    expect(session.elderMode).toBe(true);
    expect(wxMock.setStorageSync).toHaveBeenCalledWith('peizhen.elderMode', true);
    await waitFor(() => expect(root.dom!.className).toContain('elder'));
    expect(page.querySelector('#elder-switch')!.data.checked).toBe(true);
    page.instance.onElderChange({ detail: false });
    expect(session.elderMode).toBe(false);
    await waitFor(() => expect(root.dom!.className).not.toContain('elder'));
  });

  it('switches to a staff demo identity, sends it as x-openid and shows the staff entry', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('demo-editor-zz'));
    expect(lastRequest().header['x-openid']).toBe('demo-patient');
    wxMock.request.mockClear();
    tap(page, '#identity-demo-editor-zz');
    await waitFor(() => expect(textOf(page)).toContain('工作人员入口'));
    expect(session.demoOpenid).toBe('demo-editor-zz');
    expect(wxMock.setStorageSync).toHaveBeenCalledWith('peizhen.demoOpenid', 'demo-editor-zz');
    expect(
      apiCalls()
        .map((c) => `${c.fn}.${c.action}`)
        .sort(),
    ).toEqual(['orders.mine', 'staff.me']);
    expect(lastRequest().header['x-openid']).toBe('demo-editor-zz');
    expect(session.isStaff).toBe(true);
    expect(textOf(page)).toContain('郑州康宁医院 · 内容编辑');
    expect(textOf(page.querySelector('#identity-demo-editor-zz')!)).toContain('当前');
    expect(textOf(page.querySelector('#identity-demo-patient')!)).not.toContain('当前');
    expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已切换为郑州康宁医院 内容编辑', icon: 'none' });
    tap(page, '#staff-entry');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/index/index' }));
  });

  it('hides the staff entry again after switching back to the patient', async () => {
    session.setDemoOpenid('demo-editor-zz');
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('工作人员入口'));
    tap(page, '#identity-demo-patient');
    await waitFor(() => expect(session.demoOpenid).toBe('demo-patient'));
    await waitFor(() => expect(lastRequest().header['x-openid']).toBe('demo-patient'));
    await waitFor(() => expect(textOf(page)).not.toContain('工作人员入口'));
    expect(session.isStaff).toBe(false);
  });

  it('opens my appointments, orders, invoices and family members, the privacy page and about', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('我的就医'));
    for (const name of ['我的预约', '我的订单', '我的发票', '就诊人管理', '长辈模式', '隐私说明', '关于智慧陪诊']) expect(textOf(page)).toContain(name);
    const targets: Array<[string, string]> = [
      ['#me-appointments', '/booking/appointments/index'],
      ['#me-orders', '/billing/orders/index'],
      ['#me-invoices', '/billing/invoices/index'],
      ['#me-patients', '/booking/patients/index'],
      ['#me-privacy', '/pages/privacy/index'],
      ['#me-about', '/pages/about/index'],
    ];
    for (const [selector, url] of targets) {
      tap(page, selector);
      await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url }));
    }
  });

  it('opens the hospital switcher from the current hospital', async () => {
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('当前医院'));
    tap(page, '#switch-hospital');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/pages/hospitals/index' }));
  });

  it('shows an error with a retry for the hospital when the backend cannot be reached', async () => {
    failRequests();
    const page = renderPage(id);
    await page.instance.onShow();
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
    expect(textOf(page)).toContain('重试');
    expect(textOf(page)).toContain('长辈模式');
    expect(textOf(page)).not.toContain('工作人员入口');
    expect(page.data.unpaidText).toBe('');
  });
});
