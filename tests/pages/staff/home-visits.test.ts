/** 上门护理任务 (staff/home-visits): the nurse's visits, or the empty state. */
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { feedbackSystem, openPage, PATIENT } from '../postvisit/feedback-fixtures';
import { assignedRequest, homecareStaff, NURSE } from '../postvisit/homecare-fixtures';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/home-visits/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  await homecareStaff(system);
  session.setDemoOpenid(NURSE);
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

it('lists the visits assigned to the nurse and opens one', async () => {
  const empty = await openPage(id, {}, 'onShow');
  expect(textOf(empty)).toContain('暂时没有上门护理任务');
  const r = await assignedRequest(system);
  const page = await openPage(id, {}, 'onShow');
  expect(textOf(page.querySelector(`#task-${r.id}`)!)).toContain('伤口换药 · 张建国2026-11-27 08:00–10:00');
  tap(page, `#task-${r.id}`);
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/staff/home-visit/index?id=${r.id}` }));
});
