/** 病历复印 (staff/record-copies): the office's list of what is waiting. */
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { completedVisit, feedbackSystem, openPage, PATIENT } from '../postvisit/feedback-fixtures';
import { applied, grantRecords, RECORDS } from '../postvisit/record-fixtures';
import { loadPage, textOf } from '../setup/page';

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/record-copies/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  await grantRecords(system);
  session.setDemoOpenid(RECORDS);
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

it('lists what is waiting, says when nothing is, and is an error for other staff', async () => {
  const empty = await openPage(id, {}, 'onShow');
  expect(textOf(empty)).toContain('没有待办的病历复印申请');
  const a = await applied(system, await completedVisit(system));
  const page = await openPage(id, {}, 'onShow');
  expect(textOf(page.querySelector(`#application-${a.id}`)!)).toBe('张建国 · 患者本人2026-11-25 09:30待审核');
  session.setDemoOpenid('demo-billing-zz');
  const refused = await openPage(id, {}, 'onShow');
  expect(refused.data.view.status).toBe('error');
});
