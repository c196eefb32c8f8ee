/** 上门护理调度 (staff/homecare): safety alerts and open requests by visit time. */
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { feedbackSystem, openPage, PATIENT } from '../postvisit/feedback-fixtures';
import { assignedRequest, COORD, homecareStaff, NURSE } from '../postvisit/homecare-fixtures';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';

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

it('shows a nurse\'s safety alert above the requests, and opens the request', async () => {
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
