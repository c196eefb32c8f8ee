/** 我的咨询 (online/consult-list): the account's questions with their state; ask a doctor or a department; empty and error states. */
import type { LocalSystem } from '../../support/local-system';
import { feedbackSystem, openPage } from '../postvisit/feedback-fixtures';
import { failRequests, loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';
import { paidQuestion } from './consult-fixtures';

jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('online/consult-list/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
});

it('empty at first; the buttons find a doctor or ask a department', async () => {
  const page = await openPage(id, {}, 'onShow');
  expect(textOf(page)).toContain('还没有咨询记录');
  tap(page, '#ask-doctor');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/previsit/doctors/index' }));
  tap(page, '#ask-department');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/online/consult-ask/index' }));
});

it('lists a paid question with whose it is and its state, and opens the thread', async () => {
  const c = await paidQuestion(system);
  const page = await openPage(id, {}, 'onShow');
  expect(textOf(page.querySelector(`#consult-${c.id}`)!)).toBe('陈立民 · 王秀兰（父母）母亲早上血压160/95，需要加药吗？等待医生接诊');
  tap(page, `#consult-${c.id}`);
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/online/consult-thread/index?id=${c.id}` }));
});

it('a network failure shows the error state', async () => {
  failRequests();
  const page = await openPage(id, {}, 'onShow');
  expect(page.data.view.status).toBe('error');
});
