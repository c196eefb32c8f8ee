import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { paidRegistration, PATIENT, staffRefund } from './fixtures';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

describe('my invoices page (我的发票)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('billing/invoices/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    session.setHospitalsStatus('idle', '');
    session.setDemoOpenid(PATIENT);
    system = await startLocalSystem();
    routeRequests(system);
  });

  async function opened(): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }

  it('lists my valid invoice and the one a refund voided, and opens the order’s invoice page', async () => {
    const b = await paidRegistration(system);
    const { invoice } = await system.ok<{ invoice: { id: string } }>('invoices', PATIENT, {
      action: 'request',
      orderId: b.orderId,
      titleType: 'personal',
      titleName: '张建国',
      requestId: 'req-my-inv-001',
    });
    await staffRefund(system, b.orderId, 1000, 4);
    const page = await opened();
    expect(apiCalls().map((c) => c.action)).toEqual(['mine']);
    const valid = textOf(page.querySelector('#valid')!);
    expect(valid).toContain('郑州康宁医院 · 张建国 · 抬头：张建国');
    expect(valid).toContain('¥25.00');
    const voided = textOf(page.querySelector(`#invoice-${invoice.id}`)!);
    expect(voided).toContain('已作废');
    expect(voided).toContain('¥35.00');
    tap(page, `#invoice-${invoice.id}`);
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/billing/invoice/index?orderId=${b.orderId}` }));
  });

  it('shows only my own invoices: another account sees none', async () => {
    const b = await paidRegistration(system);
    await system.ok('invoices', PATIENT, { action: 'request', orderId: b.orderId, titleType: 'personal', titleName: '张建国', requestId: 'req-my-inv-002' });
    session.setDemoOpenid('demo-patient-2');
    const page = await opened();
    expect(textOf(page)).toContain('还没有开具过电子发票');
    session.setDemoOpenid(PATIENT);
  });

  it('shows an error with a retry offline', async () => {
    failRequests();
    const page = await opened();
    expect(textOf(page)).toContain('网络不太好');
    expect(textOf(page)).toContain('重试');
  });
});
