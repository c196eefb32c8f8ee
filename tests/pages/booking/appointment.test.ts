import { session } from '../../../miniprogram/stores/session';
import { shanghaiInstant } from '../../../miniprogram/shared/time';
import type { AppointmentView } from '../../../miniprogram/shared/dto/booking';
import type { LocalSystem } from '../../support/local-system';
import { deliver, payInSandbox } from '../../support/payment-fixtures';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

const SLOT = 'slot-doc-zz-026-20261125-1400';

describe('booking appointment detail page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('booking/appointment/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.showModal.mockClear();
    wxMock.showToast.mockReset();
    session.setHospitalsStatus('idle', '');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid('demo-patient');
  });

  const book = (slotId: string, requestId: string, patientId = 'pat-demo-zhang') =>
    system.ok<{ id: string }>('booking', 'demo-patient', { action: 'book', slotId, patientId, requestId });
  const stored = async (appointmentId: string) =>
    (await system.ok<{ appointment: AppointmentView }>('booking', 'demo-patient', { action: 'get', appointmentId })).appointment;
  const remaining = async (slotId: string) => (await system.ports.db.get<{ _id: string; onlineRemaining: number }>('slots', slotId))!.onlineRemaining;
  const cancels = () => apiCalls().filter((c) => c.action === 'cancel');

  async function shown(appointmentId: string): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad({ id: appointmentId });
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  it('shows the appointment in full', async () => {
    const a = await book(SLOT, 'detail-show-01');
    const page = await shown(a.id);
    const text = textOf(page);
    expect(text).toContain('李桂芝');
    expect(text).toContain('已预约');
    expect(text).toContain('郑州康宁医院 · 老年医学科');
    expect(text).toContain('张建国');
    expect(text).toContain('2026-11-25 周三 下午 14:00-14:30');
    expect(text).toContain((await stored(a.id)).location);
    expect(text).toContain('免费');
    expect(page.querySelector('#cancel')).toBeTruthy();
    tap(page, '#queue');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/queue/status/index?id=${a.id}` }));
  });

  it('cancels after confirming: the status becomes 已取消 and the slot’s place returns', async () => {
    const before = await remaining(SLOT);
    const a = await book(SLOT, 'detail-cancel1');
    expect(await remaining(SLOT)).toBe(before - 1);
    const page = await shown(a.id);
    tap(page, '#cancel');
    await waitFor(() => expect(page.querySelector('#status')!.dom!.textContent).toContain('已取消'));
    expect(wxMock.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '取消预约', confirmText: '取消预约' }));
    expect(String(wxMock.showModal.mock.calls[0][0].content)).toContain('2026-11-25 周三 下午 14:00-14:30 李桂芝');
    expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已取消预约', icon: 'none' });
    expect(textOf(page)).toContain('患者取消');
    expect(page.querySelector('#cancel')).toBeFalsy();
    expect((await stored(a.id)).status).toBe('cancelled');
    expect(await remaining(SLOT)).toBe(before);
    expect(cancels()).toHaveLength(1);
  });

  it('keeps the appointment when the patient does not confirm', async () => {
    const a = await book(SLOT, 'detail-keep-01');
    const page = await shown(a.id);
    wxMock.showModal.mockImplementationOnce((opts: { success?: (r: { confirm: boolean; cancel: boolean }) => void }) =>
      opts.success?.({ confirm: false, cancel: true }),
    );
    tap(page, '#cancel');
    await waitFor(() => expect(wxMock.showModal).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 30));
    expect(cancels()).toHaveLength(0);
    expect((await stored(a.id)).status).toBe('booked');
  });

  it('offers no cancel within the deadline, and shows the server’s refusal when the deadline passed while open', async () => {
    const a = await book(SLOT, 'detail-late-01');
    const page = await shown(a.id);
    system.setNow(shanghaiInstant('2026-11-25', '12:30'));
    tap(page, '#cancel');
    await waitFor(() => expect(textOf(page)).toContain('就诊前120分钟内不能在线取消，请到窗口办理'));
    expect((await stored(a.id)).status).toBe('booked');
    const later = await shown(a.id);
    expect(later.querySelector('#cancel')).toBeFalsy();
  });

  it('shows the hold notice of an unpaid booking and the preparation notes of an exam', async () => {
    const paid = await book('slot-doc-zz-001-20261125-1400', 'detail-paid-01');
    const page = await shown(paid.id);
    expect(textOf(page)).toContain('待支付');
    expect(textOf(page)).toContain('请在15分钟内（09:45前）完成支付，否则号源将自动释放。');
    expect(textOf(page.querySelector('#pay')!)).toBe('去支付 ¥35.00');
    const exam = await system.ok<{ id: string }>('booking', 'demo-patient', {
      action: 'bookExam',
      examOrderId: 'exo-demo-ct',
      slotId: 'slot-res-zz-ct-20261126-0800',
      requestId: 'detail-exam-01',
    });
    const examPage = await shown(exam.id);
    expect(textOf(examPage)).toContain('检查前去除项链、发卡等金属物品');
    expect(textOf(examPage)).toContain('医技楼1楼CT室');
    expect(examPage.querySelector('#pay')).toBeFalsy();
  });

  it('带我去 leads to the department of a visit and to the room of an exam; 今日就诊路径 opens the care path', async () => {
    wxMock.navigateTo.mockReset();
    const visit = await book(SLOT, 'detail-guide-1');
    const page = await shown(visit.id);
    tap(page, '#guide');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/navigation/route/index?hospitalId=h-zzcentral&to=d-zz-geri' }));
    tap(page, '#care-path');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/navigation/care-path/index?appointmentId=${visit.id}` }));
    const exam = await system.ok<{ id: string }>('booking', 'demo-patient', {
      action: 'bookExam',
      examOrderId: 'exo-demo-ct',
      slotId: 'slot-res-zz-ct-20261126-0800',
      requestId: 'detail-guide-2',
    });
    tap(await shown(exam.id), '#guide');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/navigation/route/index?hospitalId=h-zzcentral&to=res-zz-ct' }));
  });

  it('去支付 opens the order of an unpaid booking, the same order every time', async () => {
    const paid = await book('slot-doc-zz-001-20261125-1400', 'detail-pay-01');
    const page = await shown(paid.id);
    wxMock.navigateTo.mockReset();
    tap(page, '#pay');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledTimes(1));
    tap(page, '#pay');
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledTimes(2));
    const [first, second] = wxMock.navigateTo.mock.calls.map(([o]: [{ url: string }]) => o.url);
    expect(second).toBe(first);
    const orders = await system.ports.db.find<{ _id: string; status: string }>('orders', { where: { visitId: paid.id }, limit: 10 });
    expect(orders).toHaveLength(1);
    expect(first).toBe(`/billing/order/index?id=${orders[0]._id}`);
    expect(orders[0].status).toBe('unpaid');
  });

  it('offers no 去支付 once the booking is paid, or for a free one', async () => {
    const free = await book(SLOT, 'detail-free-01');
    expect((await shown(free.id)).querySelector('#pay')).toBeFalsy();
    const paid = await book('slot-doc-zz-001-20261125-1400', 'detail-paid-02');
    const { order } = await system.ok<{ order: { id: string } }>('orders', 'demo-patient', { action: 'payAppointment', appointmentId: paid.id });
    const { payment } = await system.ok<{ payment: { outTradeNo: string } }>('orders', 'demo-patient', { action: 'pay', orderId: order.id });
    await deliver(system, await payInSandbox(system, payment.outTradeNo));
    const page = await shown(paid.id);
    expect(textOf(page)).toContain('已预约');
    expect(page.querySelector('#pay')).toBeFalsy();
    expect(page.querySelector('.hold')).toBeFalsy();
  });

  it('shows the empty state for an unknown appointment, and an error with a retry offline', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'appt-nothing' });
    await waitFor(() => expect(textOf(page)).toContain('没有找到这条预约'));
    failRequests();
    const offline = renderPage(id);
    await offline.instance.onLoad({ id: 'appt-nothing' });
    await waitFor(() => expect(textOf(offline)).toContain('网络不太好'));
    expect(textOf(offline)).toContain('重试');
  });
});
