import { session } from '../../../miniprogram/stores/session';
import { shanghaiDate, shanghaiInstant } from '../../../miniprogram/shared/time';
import { dateOfPicker, dateTextOf, issueRow, pickerValueOf } from '../../../miniprogram/staff/billing/desk';
import type { LocalSystem } from '../../support/local-system';
import { deliver, payInSandbox, startPaidBooking } from '../../support/payment-fixtures';
import { BILLING, paidRegistration, PATIENT, staffRefund, ZZ } from '../billing/fixtures';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

const DAY = '2026-11-25';

describe('billing desk helpers', () => {
  it('round-trips a date through the picker’s local-midnight value', () => {
    for (const date of ['2026-11-25', '2026-01-01', '2024-02-29', '2026-12-31']) expect(dateOfPicker(pickerValueOf(date))).toBe(date);
    expect(dateTextOf('2026-11-25', '2026-11-25')).toBe('2026-11-25（今天）');
    expect(dateTextOf('2026-11-24', '2026-11-25')).toBe('2026-11-24');
  });

  it('shows a payment issue with its amount and time in Shanghai, and how many notices came', () => {
    const at = shanghaiInstant(DAY, '09:30');
    expect(issueRow({ id: 'i', outTradeNo: 'PZ1', reason: '金额不符', totalFen: 1, transactionId: 't', at, firstAt: at, count: 1 })).toEqual({
      id: 'i',
      outTradeNo: 'PZ1',
      reason: '金额不符',
      amountText: '¥0.01',
      timeText: '2026-11-25 09:30',
    });
    expect(issueRow({ id: 'i', outTradeNo: 'PZ1', reason: '金额不符', totalFen: 1, transactionId: 't', at, firstAt: at - 60_000, count: 12 }).reason).toBe(
      '金额不符（12次）',
    );
  });
});

describe('staff billing desk page (收费工作台)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/billing/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital(ZZ);
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid(BILLING);
  });
  afterEach(() => {
    session.setDemoOpenid(PATIENT);
  });

  async function opened(): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad();
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }

  async function onDay(page: Rendered, date: string): Promise<void> {
    await page.instance.onPickDate({ detail: pickerValueOf(date) });
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
  }

  it('opens on today in Shanghai for the current hospital', async () => {
    const page = await opened();
    const today = shanghaiDate(Date.now());
    expect(page.data.date).toBe(today);
    expect(textOf(page.querySelector('#pick-date')!)).toContain(`${today}（今天）`);
    await waitFor(() => expect(textOf(page)).toContain('医院郑州康宁医院'));
    expect(apiCalls().find((c) => c.action === 'dailyTotals')!.params).toEqual({ hospitalId: ZZ, date: today });
    expect(apiCalls().find((c) => c.action === 'paymentIssues')!.params).toEqual({ hospitalId: ZZ });
  });

  it('shows the day’s totals after a payment and a refund: 笔数, 收入, 退款, 净额 and by category', async () => {
    const b = await paidRegistration(system);
    await staffRefund(system, b.orderId, 500, 1);
    const page = await opened();
    await onDay(page, DAY);
    expect(
      apiCalls()
        .filter((c) => c.action === 'dailyTotals')
        .pop()!.params,
    ).toEqual({ hospitalId: ZZ, date: DAY });
    expect(textOf(page.querySelector('#pick-date')!)).toContain(DAY);
    expect(textOf(page.querySelector('#paid-count')!)).toBe('1笔');
    expect(textOf(page.querySelector('#paid-total')!)).toBe('¥35.00');
    expect(textOf(page.querySelector('#refund-total')!)).toBe('¥5.00');
    expect(textOf(page.querySelector('#totals')!)).toContain('退款（1笔）');
    expect(textOf(page.querySelector('#net-total')!)).toBe('¥30.00');
    expect(textOf(page.querySelector('#category-registration')!)).toBe('挂号费¥35.00');
    expect(page.querySelector('#no-issues')).toBeTruthy();
  });

  it('lists the day’s invoices with the red-letter reversal a refund after an invoice made', async () => {
    const b = await paidRegistration(system);
    const { invoice } = await system.ok<{ invoice: { id: string; number: string } }>('invoices', PATIENT, {
      action: 'request',
      orderId: b.orderId,
      titleType: 'personal',
      titleName: '张建国',
      requestId: 'req-desk-inv-01',
    });
    await staffRefund(system, b.orderId, 1000, 2);
    const page = await opened();
    await onDay(page, DAY);
    expect(
      apiCalls()
        .filter((c) => c.action === 'list')
        .pop()!.params,
    ).toEqual({ hospitalId: ZZ, date: DAY });
    expect(textOf(page.querySelector('#invoices-valid')!)).toBe('有效发票 1 张¥25.00');
    expect(textOf(page.querySelector('#invoices-void')!)).toBe('已作废 1 张');
    expect(textOf(page.querySelector('#invoices-reversed')!)).toBe('红字冲销 1 张-¥35.00');
    const reversal = textOf(page.querySelector(`#reversal-rv-${invoice.id}`)!);
    expect(reversal).toContain(`冲销 ${invoice.number}（张建国）`);
    expect(reversal).toContain('-¥35.00');
  });

  it('shows a day without payments as zero, and the payment notices kept for review', async () => {
    const b = await startPaidBooking(system);
    const real = await payInSandbox(system, b.outTradeNo);
    await deliver(system, { ...real, totalFee: 1 });
    const page = await opened();
    await onDay(page, '2026-11-24');
    expect(textOf(page.querySelector('#paid-count')!)).toBe('0笔');
    expect(textOf(page.querySelector('#net-total')!)).toBe('¥0.00');
    const issues = Object.values(page.data.view.data.issues as Record<string, { id: string }>);
    expect(issues).toHaveLength(1);
    const issue = textOf(page.querySelector(`#issue-${issues[0].id}`)!);
    expect(issue).toContain('金额不符：通知 1 分，订单 3500 分');
    expect(issue).toContain(`商户单号 ${b.outTradeNo}`);
    expect(issue).toContain('¥0.01');
  });

  it('opens the date picker, the day’s invoice list and the refund search; no order number is typed', async () => {
    const page = await opened();
    tap(page, '#pick-date');
    await waitFor(() => expect(page.data.pickerOpen).toBe(true));
    expect(page.data.pickerValue).toBe(pickerValueOf(page.data.date));
    page.instance.onClosePicker();
    expect(page.querySelector('#order-id')).toBeUndefined();
    tap(page, '#find-refund');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/staff/refund-search/index' }));
    await onDay(page, DAY);
    tap(page, '#invoices-void');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/staff/invoices/index?date=${DAY}` }));
  });

  it('shows FORBIDDEN to a patient and to an editor, and an error with a retry offline', async () => {
    for (const openid of [PATIENT, 'demo-editor-zz']) {
      session.setDemoOpenid(openid);
      const page = await opened();
      expect(textOf(page)).toContain('没有权限进行此操作');
      expect(page.querySelector('#totals')).toBeFalsy();
    }
    session.setDemoOpenid(BILLING);
    failRequests();
    const offline = await opened();
    expect(textOf(offline)).toContain('网络不太好');
    expect(textOf(offline)).toContain('重试');
  });
});
