/** 上门护理调度 (staff/homecare): safety alerts and open requests by visit time. */
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { feedbackSystem, openPage, PATIENT } from '../postvisit/feedback-fixtures';
import { assignedRequest, COORD, homecareStaff, NURSE } from '../postvisit/homecare-fixtures';
import { loadPage, renderPage, tap, textOf, waitFor, wxMock } from '../setup/page';

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/homecare/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  await homecareStaff(system);
  session.setDemoOpenid(COORD);
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

it("shows a nurse's safety alert above the requests, and opens the request", async () => {
  const empty = await openPage(id, {}, 'onShow');
  expect(textOf(empty)).toContain('没有待处理的上门护理申请');
  const r = await assignedRequest(system);
  await system.ok('homecare', NURSE, { action: 'depart', homecareId: r.id });
  await system.ok('homecare', NURSE, { action: 'alert', homecareId: r.id, note: '家属情绪激动', requestId: 'req-page-alert1' });
  const page = await openPage(id, {}, 'onShow');
  expect(textOf(page)).toContain('护师周琳：家属情绪激动');
  expect(textOf(page.querySelector(`#request-${r.id}`)!)).toBe('伤口换药 · 张建国2026-11-27 08:00–10:00 · 护师周琳护士已出发');
  tap(page, `#request-${r.id}`);
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/staff/homecare-request/index?id=${r.id}` }));
});

it('shows where the nurse pressed the button on the map, and takes the alerts as WeChat messages with consent', async () => {
  const r = await assignedRequest(system);
  await system.ok('homecare', NURSE, { action: 'depart', homecareId: r.id });
  await system.ok('homecare', NURSE, {
    action: 'alert',
    homecareId: r.id,
    note: '',
    location: { latitude: 34.79, longitude: 113.66 },
    requestId: 'req-page-alert2',
  });
  const page = renderPage(id);
  await page.instance.onLoad();
  await page.instance.onShow();
  await waitFor(() => expect(page.data.view.status).toBe('ready'));
  const alertId = page.data.view.data.alerts[0].id;
  expect(textOf(page.querySelector(`#alert-${alertId}`)!)).toContain('河南省郑州市金水区');
  tap(page, `#where-${alertId}`);
  await waitFor(() =>
    expect(wxMock.openLocation).toHaveBeenCalledWith(expect.objectContaining({ latitude: 34.79, longitude: 113.66, name: '护师周琳求助时的位置' })),
  );
  tap(page, '#subscribe');
  await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已开启，下一条提醒将发到微信', icon: 'none' }));
  expect(wxMock.requestSubscribeMessage.mock.calls.at(-1)[0]).toMatchObject({ tmplIds: ['demo-homecare-alert'] });
  expect(await system.ports.db.count('subscriptions', { openid: COORD })).toBe(1);
});
