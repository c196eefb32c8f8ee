/** 病历邮寄 (postvisit/record-copies): the caller's applications, or the empty state. */
import type { LocalSystem } from '../../support/local-system';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';
import { completedVisit, feedbackSystem, openPage } from './feedback-fixtures';
import { applied } from './record-fixtures';

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('postvisit/record-copies/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
});

it('lists the applications with their state and opens one; says when there is none', async () => {
  const empty = await openPage(id, {}, 'onShow');
  expect(textOf(empty)).toContain('还没有病历复印申请');
  const a = await applied(system, await completedVisit(system));
  const page = await openPage(id, {}, 'onShow');
  expect(textOf(page.querySelector(`#application-${a.id}`)!)).toBe('张建国 · 郑州康宁医院2026-11-25 09:30待审核');
  tap(page, `#application-${a.id}`);
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/postvisit/record-copy/index?id=${a.id}` }));
  tap(page, '#apply');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/postvisit/record-apply/index' }));
});
