import { session } from '../../../miniprogram/stores/session';
import { pickerValueOf } from '../../../miniprogram/staff/billing/desk';
import { candidateCell, searchQuery } from '../../../miniprogram/staff/refund-search/search';
import type { LocalSystem } from '../../support/local-system';
import { BILLING, paidRegistration, PATIENT, ZZ } from '../billing/fixtures';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

const DAY = '2026-11-25';

describe('refund search helpers', () => {
  it('asks for a criterion, checks the phone and sends only what was filled', () => {
    expect(searchQuery({ name: ' ', phone: '', date: '' }).error).toBe('请填写就诊人姓名、手机号或就诊日期');
    expect(searchQuery({ name: '', phone: '1380', date: '' }).error).toBe('请填写11位手机号');
    expect(searchQuery({ name: ' 张建国 ', phone: '', date: DAY })).toEqual({ query: { name: '张建国', date: DAY }, error: '' });
  });

  it('makes a cell of an order: who, what, when, what may be refunded', () => {
    const cell = candidateCell({
      orderId: 'o1',
      title: '挂号费',
      patientName: '张建国',
      phoneMasked: '138****0001',
      visitDate: DAY,
      departmentName: '心血管内科',
      doctorName: '陈立民',
      statusLabel: '已支付',
      paidText: '¥35.00',
      refundableFen: 0,
      refundableText: '¥0.00',
      paidAtText: '2026年11月25日 09:30',
    });
    expect(cell).toEqual({
      orderId: 'o1',
      title: '张建国（138****0001） · 挂号费',
      label: `就诊 ${DAY} · 心血管内科 陈立民 · 支付 ¥35.00（2026年11月25日 09:30）· 已支付`,
      value: '无可退金额',
    });
  });
});

describe('staff refund search page (查找退款订单)', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('staff/refund-search/index');
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

  function opened(): Rendered {
    const page = renderPage(id);
    page.instance.onLoad();
    return page;
  }

  it('finds the paid order by the patient’s name and opens it on the refund page', async () => {
    const b = await paidRegistration(system);
    const page = opened();
    page.instance.onName({ detail: '张建国' });
    tap(page, '#search');
    await waitFor(() => expect(page.querySelector(`#order-${b.orderId}`)).toBeTruthy());
    const cell = textOf(page.querySelector(`#order-${b.orderId}`)!);
    expect(cell).toContain('张建国（138****0001）');
    expect(cell).toContain('可退 ¥35.00');
    expect(textOf(page)).toContain('找到 1 个订单');
    expect(apiCalls().find((c) => c.action === 'findForRefund')?.params).toEqual({ hospitalId: ZZ, name: '张建国' });
    tap(page, `#order-${b.orderId}`);
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/staff/refund/index?orderId=${b.orderId}` }));
  });

  it('finds by phone and by visit day picked on the calendar; says when nothing matches', async () => {
    const b = await paidRegistration(system);
    const page = opened();
    page.instance.onPhone({ detail: '13803710001' });
    tap(page, '#search');
    await waitFor(() => expect(page.querySelector(`#order-${b.orderId}`)).toBeTruthy());
    tap(page, '#clear');
    await waitFor(() => expect(page.querySelector(`#order-${b.orderId}`)).toBeUndefined());
    page.instance.onPickDate({ detail: pickerValueOf(DAY) });
    await waitFor(() => expect(textOf(page.querySelector('#pick-date')!)).toContain(DAY));
    tap(page, '#search');
    await waitFor(() => expect(page.querySelector(`#order-${b.orderId}`)).toBeTruthy());
    page.instance.onName({ detail: '李四' });
    tap(page, '#search');
    await waitFor(() => expect(textOf(page)).toContain('没有找到符合条件的已支付订单'));
  });

  it('checks the form before searching', async () => {
    const page = opened();
    tap(page, '#search');
    await waitFor(() => expect(textOf(page)).toContain('请填写就诊人姓名、手机号或就诊日期'));
    page.instance.onPhone({ detail: '1380371' });
    tap(page, '#search');
    await waitFor(() => expect(textOf(page)).toContain('请填写11位手机号'));
    expect(apiCalls().some((c) => c.action === 'findForRefund')).toBe(false);
  });

  it('refuses a patient; shows a network failure', async () => {
    session.setDemoOpenid(PATIENT);
    const page = opened();
    page.instance.onName({ detail: '张建国' });
    tap(page, '#search');
    await waitFor(() => expect(textOf(page)).toContain('没有权限进行此操作'));
    failRequests();
    tap(page, '#search');
    await waitFor(() => expect(textOf(page)).toContain('网络不太好'));
  });
});
