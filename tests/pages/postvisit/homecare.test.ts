/** 医护到家 (postvisit/homecare): the services with fees and the caller's requests. */
import type { LocalSystem } from '../../support/local-system';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';
import { feedbackSystem, openPage } from './feedback-fixtures';
import { homeRequest } from './homecare-fixtures';

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('postvisit/homecare/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
});

it("lists the services with fees and the caller's request; taps open them", async () => {
  const r = await homeRequest(system);
  const page = await openPage(id, {}, 'onShow');
  expect(textOf(page.querySelector('#service-picc')!)).toBe('PICC导管维护服务费¥150.00 + 上门费¥30.00 · 需医嘱');
  expect(textOf(page.querySelector(`#request-${r.id}`)!)).toBe('伤口换药 · 张建国2026-11-27 08:00–10:00待评估');
  tap(page, '#service-dressing');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/postvisit/homecare-request/index?service=dressing' }));
  tap(page, `#request-${r.id}`);
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/postvisit/homecare-detail/index?id=${r.id}` }));
});
