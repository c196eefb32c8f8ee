import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { BILLING, paidRegistration, PATIENT, staffRefund, ZZ } from '../billing/fixtures';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

const DAY = '2026-11-25';

describe('staff invoices page (当日发票)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/invoices/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital(ZZ);
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid(BILLING);
  });
  afterEach(() => {
    session.setDemoOpenid(PATIENT);
  });

  async function opened(date = DAY): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad({ date });
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }

  it('lists the day’s valid invoice and the one a refund voided, apart', async () => {
    const b = await paidRegistration(system);
    const { invoice } = await system.ok<{ invoice: { id: string; number: string } }>('invoices', PATIENT, {
      action: 'request',
      orderId: b.orderId,
      titleType: 'personal',
      titleName: '张建国',
      requestId: 'req-inv-page-01',
    });
    await staffRefund(system, b.orderId, 1000, 3);
    const page = await opened();
    expect(apiCalls().find((c) => c.action === 'list')?.params).toEqual({ hospitalId: ZZ, date: DAY });
    expect(textOf(page)).toContain(`开票日期 ${DAY}`);
    expect(textOf(page.querySelector('#valid')!)).toContain('有效发票 1 张，合计 ¥25.00');
    expect(textOf(page.querySelector('#voided')!)).toContain('已作废 1 张');
    const voided = textOf(page.querySelector(`#invoice-${invoice.id}`)!);
    expect(voided).toContain(`发票 ${invoice.number}（已作废）`);
    expect(voided).toContain('张建国');
    expect(voided).toContain('作废原因');
    expect(voided).toContain('¥35.00');
    expect(textOf(page.querySelector('#valid')!)).toContain('¥25.00');
  });

  it('shows an empty day, a refusal for a patient and a network failure', async () => {
    const empty = await opened('2026-11-20');
    expect(textOf(empty)).toContain('当天没有开具发票');
    session.setDemoOpenid(PATIENT);
    const refused = await opened();
    expect(textOf(refused)).toContain('没有权限进行此操作');
    failRequests();
    const offline = await opened();
    expect(textOf(offline)).toContain('网络不太好');
  });
});
