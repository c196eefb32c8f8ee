import { functions } from '../../../backend/functions';
import { runTimer } from '../../../backend/handlers/framework/dispatch';
import { payHoldNotice } from '../../../miniprogram/booking/result/pay';
import { session } from '../../../miniprogram/stores/session';
import type { AppointmentStatus } from '../../../miniprogram/shared/enums';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

describe('the pay notice of an unpaid booking', () => {
  it('says by when to pay, only while the booking waits for its fee', () => {
    const createdAt = Date.UTC(2026, 10, 25, 1, 30);
    const holdUntil = createdAt + 15 * 60_000;
    expect(payHoldNotice({ status: 'pending_payment', holdUntil, createdAt })).toBe('请在15分钟内（09:45前）完成支付，否则号源将自动释放。');
    expect(payHoldNotice({ status: 'booked', holdUntil, createdAt })).toBe('');
    expect(payHoldNotice({ status: 'pending_payment', holdUntil: null, createdAt })).toBe('');
  });
});

describe('booking result page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('booking/result/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.switchTab.mockReset();
    session.setHospitalsStatus('idle', '');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid('demo-patient');
  });

  async function booked(slotId: string, patientId = 'pat-demo-zhang'): Promise<{ id: string; status: AppointmentStatus }> {
    return system.ok<{ id: string; status: AppointmentStatus }>('booking', 'demo-patient', {
      action: 'book',
      slotId,
      patientId,
      requestId: `result-${slotId}`,
    });
  }

  async function shown(appointmentId: string): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad({ id: appointmentId });
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  it('says 预约成功 for a free 老年医学科 slot, with the appointment as the store has it', async () => {
    const a = await booked('slot-doc-zz-026-20261125-1400');
    expect(a.status).toBe('booked');
    const page = await shown(a.id);
    const text = textOf(page);
    expect(page.querySelector('#outcome-title')!.dom!.textContent).toBe('预约成功');
    expect(text).toContain('张建国');
    expect(text).toContain('李桂芝');
    expect(text).toContain('老年医学科');
    expect(text).toContain('2026-11-25 周三 下午 14:00-14:30');
    expect(text).toContain('免费');
    expect(page.querySelector('#hold-notice')).toBeFalsy();
    expect(apiCalls()).toEqual([{ fn: 'booking', action: 'get', params: { appointmentId: a.id } }]);
  });

  it('says 待支付 for a paid slot, with the deadline and a 去支付 button', async () => {
    const a = await booked('slot-doc-zz-001-20261125-1400', 'pat-demo-zhang-mother');
    expect(a.status).toBe('pending_payment');
    const page = await shown(a.id);
    expect(page.querySelector('#outcome-title')!.dom!.textContent).toBe('待支付');
    expect(page.querySelector('#hold-notice')!.dom!.textContent).toBe('请在15分钟内（09:45前）完成支付，否则号源将自动释放。');
    expect(textOf(page)).toContain('¥35.00');
    expect(textOf(page)).toContain('王秀兰');
    expect(textOf(page)).not.toContain('到医院窗口缴费');
    expect(textOf(page.querySelector('#pay')!)).toBe('去支付 ¥35.00');
  });

  it('去支付 makes the registration order and opens it on the order page', async () => {
    const a = await booked('slot-doc-zz-001-20261125-1400');
    const page = await shown(a.id);
    tap(page, '#pay');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledTimes(1));
    const url = String(wxMock.navigateTo.mock.calls[0][0].url);
    const orderId = url.replace('/billing/order/index?id=', '');
    expect(url).toBe(`/billing/order/index?id=${orderId}`);
    expect(apiCalls().pop()).toEqual({ fn: 'orders', action: 'payAppointment', params: { appointmentId: a.id } });
    const order = await system.ports.db.get<{ _id: string; visitId: string; status: string; totalFen: number }>('orders', orderId);
    expect(order).toMatchObject({ visitId: a.id, status: 'unpaid', totalFen: 3500 });
  });

  it('shows the server’s refusal when the hold ran out before 去支付', async () => {
    const a = await booked('slot-doc-zz-001-20261125-1400');
    const page = await shown(a.id);
    system.setNow(Date.UTC(2026, 10, 25, 1, 50));
    expect(await runTimer(functions.booking, 'result-timer-2', system.ports)).toMatchObject({ ok: true, data: { expired: 1 } });
    tap(page, '#pay');
    await waitFor(() => expect(page.querySelector('#pay-error')).toBeTruthy());
    expect(page.querySelector('#pay-error')!.dom!.textContent).toBe('该预约不需要支付');
    expect(wxMock.navigateTo).not.toHaveBeenCalled();
  });

  it('has no 去支付 for a free booking', async () => {
    const a = await booked('slot-doc-zz-026-20261125-1400');
    const page = await shown(a.id);
    expect(page.querySelector('#pay')).toBeFalsy();
  });

  it('shows the preparation notes of an exam booking', async () => {
    const { order } = await system.ok<{ order: { resourceIds: string[] } }>('booking', 'demo-patient', { action: 'examSchedule', examOrderId: 'exo-demo-us' });
    const a = await system.ok<{ id: string }>('booking', 'demo-patient', {
      action: 'bookExam',
      examOrderId: 'exo-demo-us',
      slotId: `slot-${order.resourceIds[0]}-20261126-0800`,
      requestId: 'result-exam-1',
    });
    const page = await shown(a.id);
    expect(textOf(page)).toContain('预约成功');
    expect(textOf(page)).toContain('检查前请注意');
    expect(textOf(page)).toContain('检查前空腹8小时（可少量饮水）');
    expect(textOf(page)).toContain('医技楼2楼超声科');
  });

  it('opens my appointments, or goes home', async () => {
    const a = await booked('slot-doc-zz-026-20261125-1400');
    const page = await shown(a.id);
    tap(page, '#open-mine');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/booking/appointments/index' }));
    tap(page, '#go-home');
    await waitFor(() => expect(wxMock.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' }));
  });

  it('shows the status as it is now when the hold ran out', async () => {
    const a = await booked('slot-doc-zz-001-20261125-1400');
    system.setNow(Date.UTC(2026, 10, 25, 1, 50));
    expect(await runTimer(functions.booking, 'result-timer', system.ports)).toMatchObject({ ok: true, data: { expired: 1 } });
    const page = await shown(a.id);
    expect(page.querySelector('#outcome-title')!.dom!.textContent).toBe('已过期');
    expect(page.querySelector('#hold-notice')).toBeFalsy();
  });

  it('shows the empty state for an appointment of another account, and an error with a retry offline', async () => {
    const a = await booked('slot-doc-zz-026-20261125-1400');
    session.setDemoOpenid('demo-patient-2');
    const page = renderPage(id);
    await page.instance.onLoad({ id: a.id });
    await waitFor(() => expect(textOf(page)).toContain('没有找到这条预约'));
    session.setDemoOpenid('demo-patient');
    failRequests();
    const offline = renderPage(id);
    await offline.instance.onLoad({ id: a.id });
    await waitFor(() => expect(textOf(offline)).toContain('网络不太好'));
    expect(textOf(offline)).toContain('重试');
  });
});
