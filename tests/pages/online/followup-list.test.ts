/** 在线复诊 list (online/followup-list): empty, the account's follow-ups with prescriptions and the Rx notice, opening them. */
import type { LocalSystem } from '../../support/local-system';
import { openPage } from '../postvisit/feedback-fixtures';
import { failRequests, loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';
import { onlineSystem, renewedRx } from './online-fixtures';

jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('online/followup-list/index');
});

beforeEach(async () => {
  system = await onlineSystem();
});

it('empty at first; the start button opens the request page', async () => {
  const page = await openPage(id, {}, 'onShow');
  expect(textOf(page)).toContain('还没有在线复诊记录');
  tap(page, '#start');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/online/followup-start/index' }));
});

it('lists a follow-up with its prescription under review and the Rx notice; opens it', async () => {
  const { followup, rx } = await renewedRx(system);
  const page = await openPage(id, {}, 'onShow');
  expect(textOf(page.querySelector(`#followup-${followup.id}`)!)).toContain('张建国 · 心血管内科');
  expect(textOf(page.querySelector(`#followup-${followup.id}`)!)).toContain('医生已接诊');
  expect(textOf(page.querySelector(`#rx-${rx.id}`)!)).toContain('药师审核中');
  expect(textOf(page)).toContain('处方药须凭处方在药师指导下购买和使用');
  tap(page, `#rx-${rx.id}`);
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/online/followup-detail/index?id=${followup.id}` }));
});

it('an error with a retry offline', async () => {
  failRequests();
  const page = await openPage(id, {}, 'onShow');
  expect(textOf(page)).toContain('重试');
});
