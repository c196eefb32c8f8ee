/** 投诉处理 (staff/complaints): the service desk's worklist by deadline, overdue and escalated ones marked. */
import type { ComplaintView } from '../../../miniprogram/shared/dto/feedback';
import { session } from '../../../miniprogram/stores/session';
import { shanghaiInstant } from '../../../miniprogram/shared/time';
import type { LocalSystem } from '../../support/local-system';
import { feedbackSystem, openPage, PATIENT, SERVICE, ZZ } from '../postvisit/feedback-fixtures';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/complaints/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  session.setDemoOpenid(SERVICE);
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

const complain = async (text: string, requestId: string) =>
  (await system.ok<{ complaint: ComplaintView }>('feedback', PATIENT, { action: 'complain', hospitalId: ZZ, category: 'service', text, requestId })).complaint;

it('lists open complaints by deadline with the days left, overdue ones escalated, and opens one', async () => {
  system.setNow(shanghaiInstant('2026-11-16', '10:00'));
  const old = await complain('上周的投诉', 'req-staff-cmp-1');
  system.setNow(shanghaiInstant('2026-11-25', '09:30'));
  const fresh = await complain('今天的投诉', 'req-staff-cmp-2');
  await system.runTimer('feedback');
  const page = await openPage(id, {}, 'onShow');
  expect(textOf(page.querySelector(`#open-${old.id}`)!)).toBe('服务态度 · 已受理已逾期（期限 2026-11-23 23:59）已督办');
  expect(textOf(page.querySelector(`#open-${fresh.id}`)!)).toBe('服务态度 · 已受理期限 2026-12-02 23:59 · 还剩 5 个工作日');
  expect(textOf(page).indexOf('已逾期')).toBeLessThan(textOf(page).indexOf('还剩 5 个工作日'));
  tap(page, `#open-${old.id}`);
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/staff/complaint/index?id=${old.id}` }));
});

it('is empty when nothing is waiting, and refuses staff without the role', async () => {
  const empty = await openPage(id, {}, 'onShow');
  expect(textOf(empty)).toContain('没有待处理的投诉');
  session.setDemoOpenid('demo-billing-zz');
  const refused = await openPage(id, {}, 'onShow');
  expect(refused.data.view.status).toBe('error');
});
