import { REQUEST_ID } from '../../../miniprogram/shared/request-id';
import type { RefundView } from '../../../miniprogram/shared/dto/billing';
import { session } from '../../../miniprogram/stores/session';
import { refundDesk } from '../../../miniprogram/staff/refund/load';
import { checkAmount, checkReason, confirmText, parseYuan, yuan } from '../../../miniprogram/staff/refund/refund-form';
import { makeRequestId } from '../../../miniprogram/shared/request-id';
import type { LocalSystem } from '../../support/local-system';
import { BILLING, paidRegistration, PATIENT, staffRefund, storedOrder, unpaidRegistration } from '../billing/fixtures';
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
  type Rendered,
  type WxRequestOptions,
} from '../setup/page';

type ModalOptions = { title: string; content: string; success?: (r: { confirm: boolean; cancel: boolean }) => void };

describe('staff refund form helpers', () => {
  it('turns yuan into integer fen by its digits, at most two decimals', () => {
    expect(parseYuan('10')).toEqual({ fen: 1000, error: '' });
    expect(parseYuan(' 10.5 ')).toEqual({ fen: 1050, error: '' });
    expect(parseYuan('0.01')).toEqual({ fen: 1, error: '' });
    expect(parseYuan('19.99')).toEqual({ fen: 1999, error: '' });
    expect(parseYuan('0.29')).toEqual({ fen: 29, error: '' });
    expect(parseYuan('10.123').error).toBe('金额最多两位小数');
    expect(parseYuan('').error).toBe('请填写退款金额');
    expect(parseYuan('0').error).toBe('退款金额必须大于0');
    expect(parseYuan('0.00').error).toBe('退款金额必须大于0');
    for (const bad of ['-5', '1e3', '10.', '.5', 'abc', '12345678', '1,000']) expect(parseYuan(bad).error).toBe('请填写正确的金额，如 10 或 10.50');
  });

  it('checks the amount against what the server says may still be refunded', () => {
    expect(checkAmount('20', 2000)).toEqual({ fen: 2000, error: '' });
    expect(checkAmount('20.01', 2000)).toEqual({ fen: 2001, error: '超过可退金额 ¥20.00' });
    expect(checkAmount('1', 0).error).toBe('超过可退金额 ¥0.00');
    expect(yuan(0)).toBe('¥0.00');
  });

  it('requires a reason of at most 60 characters, and says what will happen before refunding', () => {
    expect(checkReason('  ')).toBe('请填写退款原因');
    expect(checkReason('多收费用')).toBe('');
    expect(checkReason('字'.repeat(61))).toBe('最多60个字，当前61个字');
    expect(confirmText({ patientName: '张建国', title: '挂号费' }, 1000, ' 多收费用 ')).toBe(
      '向张建国退款 ¥10.00（挂号费），原因：多收费用。退款将原路退回，提交后不能撤销。',
    );
  });

  it('makes request ids the server accepts, and lists refunds in the order they were made', () => {
    expect(makeRequestId(1795572000000, () => 0.5)).toMatch(REQUEST_ID);
    expect(makeRequestId(0, () => 0)).toMatch(REQUEST_ID);
    expect(makeRequestId(1, () => 0.1)).not.toBe(makeRequestId(1, () => 0.2));
    const refunds: RefundView[] = [
      { id: 'late', amountFen: 100, amountText: '¥1.00', reason: 'b', status: 'succeeded', statusLabel: '已退款', createdAt: 20, settledAt: 20 },
      { id: 'early', amountFen: 200, amountText: '¥2.00', reason: 'a', status: 'succeeded', statusLabel: '已退款', createdAt: 10, settledAt: 10 },
    ];
    const desk = refundDesk({
      id: 'o',
      hospitalId: 'h',
      kind: 'registration',
      title: 't',
      status: 'partially_refunded',
      statusLabel: '部分退款',
      hospitalName: '',
      patientName: '',
      departmentName: '',
      doctorName: '',
      visitId: '',
      items: [],
      totalFen: 3500,
      totalText: '¥35.00',
      paidFen: 3500,
      refundedFen: 300,
      refundedText: '¥3.00',
      refundableFen: 3200,
      holdUntil: null,
      createdAt: 0,
      paidAt: null,
      refunds,
      payable: false,
    });
    expect(desk.refunds.map((r) => r.id)).toEqual(['early', 'late']);
    expect(desk).toMatchObject({ paidText: '¥35.00', refundableFen: 3200, refundableText: '¥32.00', paidAtText: '未支付' });
  });
});

describe('staff refund page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/refund/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.showModal.mockClear();
    wxMock.showToast.mockReset();
    session.setHospitalsStatus('idle', '');
    session.selectHospital('h-zzcentral');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid(BILLING);
  });
  afterEach(() => {
    session.setDemoOpenid(PATIENT);
  });

  async function opened(orderId: string): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad({ orderId });
    await waitFor(() => expect(page.data.view.status).not.toBe('loading'));
    return page;
  }
  const refundCalls = () => apiCalls().filter((c) => c.action === 'refund');
  const staffRefunds = (orderId: string) =>
    system.ports.db.find<{ _id: string; amountFen: number; requestedBy: string }>('refunds', { where: { orderId, requestedBy: BILLING }, limit: 10 });
  function fill(page: Rendered, amount: string, reason: string): void {
    page.instance.onAmount({ detail: amount });
    page.instance.onReason({ detail: reason });
  }

  it('shows a paid order with what was paid, refunded and may be refunded', async () => {
    const b = await paidRegistration(system);
    const page = await opened(b.orderId);
    const text = textOf(page);
    expect(text).toContain('挂号费 心血管内科 陈立民');
    expect(text).toContain(`订单号 ${b.orderId}`);
    expect(text).toContain('张建国');
    expect(textOf(page.querySelector('#paid')!)).toBe('已支付2026-11-25 09:30¥35.00');
    expect(textOf(page.querySelector('#refunded')!)).toBe('已退款¥0.00');
    expect(textOf(page.querySelector('#refundable')!)).toBe('可退金额¥35.00');
    expect(apiCalls()).toEqual([{ fn: 'orders', action: 'staffOrder', params: { orderId: b.orderId } }]);
  });

  it('refunds ¥10 after confirming: the order is partly refunded in the store and the refund is listed', async () => {
    const b = await paidRegistration(system);
    const page = await opened(b.orderId);
    fill(page, '10', '多收费用');
    tap(page, '#submit');
    await waitFor(() => expect(page.querySelector('#refund-result')).toBeTruthy());
    expect(textOf(page.querySelector('#refund-result')!)).toBe('已退款 ¥10.00（多收费用）');
    const modal = wxMock.showModal.mock.calls[0][0] as ModalOptions;
    expect(modal.title).toBe('确认退款');
    expect(modal.content).toContain('向张建国退款 ¥10.00');
    const [call] = refundCalls();
    expect(call.params).toMatchObject({ orderId: b.orderId, amountFen: 1000, reason: '多收费用' });
    expect(String(call.params.requestId)).toMatch(REQUEST_ID);
    expect(await storedOrder(system, b.orderId)).toMatchObject({ status: 'partially_refunded', refundedFen: 1000, refundableFen: 2500 });
    await waitFor(() => expect(textOf(page.querySelector('#refundable')!)).toBe('可退金额¥25.00'));
    const [stored] = await staffRefunds(b.orderId);
    expect(textOf(page.querySelector(`#refund-${stored._id}`)!)).toContain('退款 ¥10.00多收费用');
    expect(textOf(page.querySelector('#status')!)).toBe('部分退款');
    expect(page.data.amount).toBe('');
    expect(page.data.requestId).not.toBe(call.params.requestId);
  });

  it('refuses an amount over what may be refunded, or without a reason, beside the field and without a request', async () => {
    const b = await paidRegistration(system);
    await staffRefund(system, b.orderId, 1000, 1);
    const page = await opened(b.orderId);
    fill(page, '25.01', '多收费用');
    tap(page, '#submit');
    await waitFor(() => expect(textOf(page)).toContain('超过可退金额 ¥25.00'));
    fill(page, '10.555', '');
    tap(page, '#submit');
    await waitFor(() => expect(textOf(page)).toContain('金额最多两位小数'));
    expect(textOf(page)).toContain('请填写退款原因');
    await new Promise((r) => setTimeout(r, 30));
    expect(refundCalls()).toHaveLength(0);
    expect(wxMock.showModal).not.toHaveBeenCalled();
    expect((await storedOrder(system, b.orderId)).refundedFen).toBe(1000);
  });

  it('sends one request on a double tap', async () => {
    const b = await paidRegistration(system);
    const page = await opened(b.orderId);
    fill(page, '10', '多收费用');
    tap(page, '#submit');
    tap(page, '#submit');
    await waitFor(() => expect(page.querySelector('#refund-result')).toBeTruthy());
    await new Promise((r) => setTimeout(r, 30));
    expect(refundCalls()).toHaveLength(1);
    expect(await staffRefunds(b.orderId)).toHaveLength(1);
    expect((await storedOrder(system, b.orderId)).refundedFen).toBe(1000);
  });

  it('resends the same request id after a lost answer, so the retry refunds once', async () => {
    const b = await paidRegistration(system);
    const page = await opened(b.orderId);
    const route = wxMock.request.getMockImplementation() as (o: WxRequestOptions) => void;
    wxMock.request.mockImplementationOnce((o: WxRequestOptions) => route({ ...o, success: () => o.fail?.({ errMsg: 'request:fail timeout' }) }));
    fill(page, '10', '多收费用');
    tap(page, '#submit');
    await waitFor(() => expect(page.querySelector('#refund-error')).toBeTruthy());
    expect(textOf(page.querySelector('#refund-error')!)).toContain('网络不太好');
    expect(await staffRefunds(b.orderId)).toHaveLength(1);
    tap(page, '#submit');
    await waitFor(() => expect(page.querySelector('#refund-result')).toBeTruthy());
    const calls = refundCalls();
    expect(calls).toHaveLength(2);
    expect(calls[1].params.requestId).toBe(calls[0].params.requestId);
    expect(await staffRefunds(b.orderId)).toHaveLength(1);
    expect(await storedOrder(system, b.orderId)).toMatchObject({ refundedFen: 1000, refundableFen: 2500 });
  });

  it('shows the server’s refusal when the order was refunded elsewhere meanwhile', async () => {
    const b = await paidRegistration(system);
    const page = await opened(b.orderId);
    await staffRefund(system, b.orderId, 3000, 'elsewhere');
    fill(page, '10', '多收费用');
    tap(page, '#submit');
    await waitFor(() => expect(page.querySelector('#refund-error')).toBeTruthy());
    expect(textOf(page.querySelector('#refund-error')!)).toBe('退款未成功：退款金额超过可退金额');
    expect((await storedOrder(system, b.orderId)).refundedFen).toBe(3000);
  });

  it('sends nothing when the clerk does not confirm', async () => {
    const b = await paidRegistration(system);
    const page = await opened(b.orderId);
    wxMock.showModal.mockImplementationOnce((opts: ModalOptions) => opts.success?.({ confirm: false, cancel: true }));
    fill(page, '10', '多收费用');
    tap(page, '#submit');
    await waitFor(() => expect(wxMock.showModal).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 30));
    expect(refundCalls()).toHaveLength(0);
    expect(page.data.submitting).toBe(false);
    expect((await storedOrder(system, b.orderId)).refundedFen).toBe(0);
  });

  it('offers no refund for an unpaid order', async () => {
    const b = await unpaidRegistration(system);
    const page = await opened(b.orderId);
    expect(textOf(page)).toContain('该订单没有可退金额');
    expect(page.querySelector('#submit')).toBeFalsy();
  });

  it('shows FORBIDDEN to a patient, the empty state for an unknown order, and an error offline', async () => {
    const b = await paidRegistration(system);
    session.setDemoOpenid(PATIENT);
    const patient = await opened(b.orderId);
    expect(textOf(patient)).toContain('没有权限进行此操作');
    expect(patient.querySelector('#submit')).toBeFalsy();
    session.setDemoOpenid(BILLING);
    expect(textOf(await opened('ord-nothing'))).toContain('没有找到该订单');
    failRequests();
    const offline = await opened(b.orderId);
    expect(textOf(offline)).toContain('网络不太好');
    expect(textOf(offline)).toContain('重试');
  });
});
