import { session } from '../../../miniprogram/stores/session';
import type { AppointmentView, ExamOrderView, SlotView } from '../../../miniprogram/shared/dto/booking';
import type { LocalSystem } from '../../support/local-system';
import { apiCalls, failRequests, loadPage, renderPage, routeRequests, startLocalSystem, textOf, waitFor, wxMock, type Rendered } from '../setup/page';

describe('booking exam page', () => {
  let id: string;
  let system: LocalSystem;
  beforeAll(() => {
    id = loadPage('booking/exam/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.navigateTo.mockReset();
    wxMock.redirectTo.mockReset();
    wxMock.showModal.mockClear();
    wxMock.showToast.mockReset();
    session.setHospitalsStatus('idle', '');
    system = await startLocalSystem();
    routeRequests(system);
    session.setDemoOpenid('demo-patient');
  });

  async function shown(orderId: string): Promise<Rendered> {
    const page = renderPage(id);
    await page.instance.onLoad({ id: orderId });
    await waitFor(() => expect(page.data.view.status).toBe('ready'));
    return page;
  }

  const slotsOf = (resourceId: string, date: string) =>
    system.ok<{ slots: SlotView[] }>('booking', 'demo-patient', { action: 'listResourceSlots', resourceId, date });
  const orders = async () => (await system.ok<{ orders: ExamOrderView[] }>('booking', 'demo-patient', { action: 'examOrders' })).orders;
  const bookings = () => apiCalls().filter((c) => c.action === 'bookExam');

  it('shows the order and its preparation notes first, then the room’s days and open slots', async () => {
    const page = await shown('exo-demo-gastro');
    await waitFor(() => expect(page.data.blocks[0].slots.status).toBe('ready'));
    const text = textOf(page);
    expect(text).toContain('无痛胃镜检查');
    expect(text).toContain('待预约');
    expect(text).toContain('就诊人 王秀兰');
    expect(page.querySelector('#prep-notes')!.dom!.textContent).toContain('检查前禁食8小时、禁水2小时');
    expect(text).toContain('无痛胃镜需家属陪同，当天不能驾车');
    expect(text).toContain('胃镜 · 门诊楼4楼内镜中心');
    expect(page.data.blocks[0].date).toBe('2026-11-25');
    const { slots } = await slotsOf('res-zz-gastroscopy', '2026-11-25');
    const open = slots.filter((s) => s.status === 'open');
    expect(open.length).toBeGreaterThan(0);
    expect(text).toContain(`${open[0].startTime}-${open[0].endTime}`);
    expect(apiCalls().map((c) => c.action)).toEqual(['examSchedule', 'listResourceSlots']);
  });

  it('books an open slot after confirming and opens the result', async () => {
    const page = await shown('exo-demo-us');
    await waitFor(() => expect(page.data.blocks[0].slots.status).toBe('ready'));
    page.querySelector('#strip-res-zz-us-abd')!.querySelector('#day-2026-11-26')!.dispatchEvent('tap');
    await waitFor(() => expect(textOf(page)).toContain('08:00-08:15'));
    page.querySelector('#slot-res-zz-us-abd-20261126-0800')!.dispatchEvent('tap');
    await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
    expect(wxMock.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ title: '预约检查', content: '为张建国预约2026-11-26 周四 08:00-08:15的肝胆胰脾彩超（腹部超声）？' }),
    );
    const booked = bookings()[0].params;
    expect(booked).toMatchObject({ examOrderId: 'exo-demo-us', slotId: 'slot-res-zz-us-abd-20261126-0800' });
    expect(String(booked.requestId)).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    const order = (await orders()).find((o) => o.id === 'exo-demo-us')!;
    expect(order.status).toBe('scheduled');
    expect(wxMock.redirectTo).toHaveBeenCalledWith({ url: `/booking/result/index?id=${order.appointmentId}` });
    const { appointment } = await system.ok<{ appointment: AppointmentView }>('booking', 'demo-patient', { action: 'get', appointmentId: order.appointmentId });
    expect(appointment).toMatchObject({ status: 'booked', examOrderId: 'exo-demo-us', prepNotes: ['检查前空腹8小时（可少量饮水）'] });
  });

  it('books nothing when the patient does not confirm', async () => {
    const page = await shown('exo-demo-us');
    await waitFor(() => expect(page.data.blocks[0].slots.status).toBe('ready'));
    const first = page.data.blocks[0].slots.data[0].slots.find((s: { open: boolean }) => s.open);
    wxMock.showModal.mockImplementationOnce((opts: { success?: (r: { confirm: boolean; cancel: boolean }) => void }) =>
      opts.success?.({ confirm: false, cancel: true }),
    );
    page.querySelector(`#${first.id}`)!.dispatchEvent('tap');
    await waitFor(() => expect(wxMock.showModal).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 30));
    expect(bookings()).toHaveLength(0);
  });

  it('shows the server’s message when the slot filled meanwhile', async () => {
    const page = await shown('exo-demo-ct');
    await page.instance.onSelectDay({ detail: { owner: 'res-zz-ct', date: '2026-11-27' } });
    await waitFor(() => expect(textOf(page)).toContain('08:00-08:20'));
    await system.ports.db.update('slots', { _id: 'slot-res-zz-ct-20261127-0800' }, { set: { onlineRemaining: 0 } });
    page.querySelector('#slot-res-zz-ct-20261127-0800')!.dispatchEvent('tap');
    await waitFor(() => expect(textOf(page)).toContain('预约未成功：该时段已约满，请选择其他时段'));
    await waitFor(() => expect(page.querySelector('#slot-res-zz-ct-20261127-0800')!.dom!.className).toContain('disabled'));
    expect(wxMock.navigateTo).not.toHaveBeenCalled();
  });

  it('shows a booked order as 已预约 with a link to its appointment and no slots', async () => {
    const a = await system.ok<{ id: string }>('booking', 'demo-patient', {
      action: 'bookExam',
      examOrderId: 'exo-demo-ct',
      slotId: 'slot-res-zz-ct-20261126-0800',
      requestId: 'exam-page-booked',
    });
    const page = await shown('exo-demo-ct');
    expect(textOf(page)).toContain('已预约');
    expect(textOf(page)).toContain('不需要再预约');
    expect(page.querySelector('#slot-res-zz-ct-20261127-0800')).toBeFalsy();
    page.instance.onOpenAppointment();
    expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/booking/appointment/index?id=${a.id}` });
  });

  it('shows the empty state for another account’s order, and an error with a retry offline', async () => {
    const page = renderPage(id);
    await page.instance.onLoad({ id: 'exo-demo2-us' });
    await waitFor(() => expect(textOf(page)).toContain('没有找到这张检查单'));
    failRequests();
    const offline = renderPage(id);
    await offline.instance.onLoad({ id: 'exo-demo-us' });
    await waitFor(() => expect(textOf(offline)).toContain('网络不太好'));
    expect(textOf(offline)).toContain('重试');
  });
});
