/**
 * State that outlives a page (miniprogram/stores): 首页 loads my appointments and unpaid orders once;
 * booking on the confirm page and 去支付 on the result page (which makes the registration order)
 * load them again, and 我的预约, 我的 (the 待支付 badge) and 首页's next step show the new visit and
 * its unpaid fee without asking the backend themselves.
 */
import { session } from '../../../miniprogram/stores/session';
import { apiCalls, loadPage, renderPage, routeRequests, startLocalSystem, tap, textOf, waitFor, wxMock } from '../setup/page';

/** The ¥35 registration of 陈立民 (心血管内科): held unpaid for 15 minutes once booked. */
const PAID = { slotId: 'slot-doc-zz-001-20261125-1400', doctorId: 'doc-zz-001', date: '2026-11-25' };

describe('state shared by the pages', () => {
  const ids = { home: '', confirm: '', result: '', appointments: '', me: '' };
  beforeAll(() => {
    // The pages whose Vant parts are read first: in one file, Vant components of pages loaded after another page did not render (their data is asserted instead).
    ids.confirm = loadPage('booking/confirm/index');
    ids.result = loadPage('booking/result/index');
    ids.home = loadPage('pages/home/index');
    ids.appointments = loadPage('booking/appointments/index');
    ids.me = loadPage('pages/me/index');
  });
  beforeEach(async () => {
    wxMock.request.mockReset();
    wxMock.redirectTo.mockReset();
    wxMock.navigateTo.mockReset();
    session.setHospitalsStatus('idle', '');
    routeRequests(await startLocalSystem());
    session.setDemoOpenid('demo-patient');
  });

  const calls = (fn: string, action: string) => apiCalls().filter((c) => c.fn === fn && c.action === action).length;

  it('after booking, 我的预约 lists the new visit without its own fetch; after 去支付, 我的 counts the unpaid fee and 首页 says to pay', async () => {
    const home = renderPage(ids.home);
    await home.instance.onShow();
    await waitFor(() => expect(textOf(home)).toContain('门诊就医流程'));
    expect(calls('booking', 'mine')).toBe(1);
    expect(calls('orders', 'mine')).toBe(1);

    const confirm = renderPage(ids.confirm);
    await confirm.instance.onLoad(PAID);
    await waitFor(() => expect(confirm.data.view.status).toBe('ready'));
    await waitFor(() => expect(confirm.data.patientId).toBe('pat-demo-zhang'));
    tap(confirm, '#confirm');
    await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
    const bookedId = String((wxMock.redirectTo.mock.calls[0][0] as { url: string }).url).split('id=')[1];
    // The write loads again what 首页 had loaded: one call each, made by the stores.
    await waitFor(() => expect(calls('booking', 'mine')).toBe(2));
    await waitFor(() => expect(calls('orders', 'mine')).toBe(2));

    const list = renderPage(ids.appointments);
    await list.instance.onShow();
    await waitFor(() => expect(list.data.view.status).toBe('ready'));
    expect(textOf(list)).toContain('陈立民');
    expect(textOf(list)).toContain('2026-11-25 周三 下午 14:00-14:30');
    expect(textOf(list)).toContain('待支付');
    expect(calls('booking', 'mine')).toBe(2);

    const result = renderPage(ids.result);
    await result.instance.onLoad({ id: bookedId });
    await waitFor(() => expect(textOf(result)).toContain('去支付'));
    await result.instance.onPay();
    await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: expect.stringContaining('/billing/order/index?id=') }));
    await waitFor(() => expect(calls('orders', 'mine')).toBe(3));
    await waitFor(() => expect(textOf(home)).toContain('挂号费待支付 ¥35.00'));

    const me = renderPage(ids.me);
    await me.instance.onShow();
    await waitFor(() => expect(me.data.unpaidText).toBe('1笔'));
    expect(me.data.unpaidDue).toBe(true);
    expect(calls('orders', 'mine')).toBe(3);
  });
});
