/** 满意度与督办 (staff/satisfaction): the admin's month per department and the escalated complaints. */
import { HOME_VISIT_ROW } from '../../../backend/domain/feedback/stats';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { completedVisit, feedbackSystem, openPage, PATIENT } from '../postvisit/feedback-fixtures';
import { loadPage, renderPage, tap, textOf, waitFor, wxMock } from '../setup/page';

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/satisfaction/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  session.setDemoOpenid('demo-admin-zz');
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

it("shows the month's satisfaction per department from the ratings in the store", async () => {
  const visit = await completedVisit(system);
  await system.ok('feedback', PATIENT, { action: 'rate', appointmentId: visit, scores: { doctor: 5, nurse: 5, waiting: 4, environment: 4, payment: 5 } });
  const page = renderPage(id);
  page.setData({ month: '2026-11' });
  await page.instance.load();
  await waitFor(() => expect(page.data.view.status).toBe('ready'));
  expect(textOf(page)).toContain('各科室满意度（共 1 条评价）');
  expect(textOf(page.querySelector('#dept-d-zz-cardio')!)).toBe('心血管内科1 条评价 · 医生诊疗 5 · 护理服务 5 · 候诊时间 4 · 就医环境 4 · 缴费便捷 5满意 100%');
  expect(textOf(page.querySelector('#no-overdue')!)).toBe('没有逾期的投诉');
  tap(page, '#prev');
  await waitFor(() => expect(textOf(page)).toContain('本月还没有评价'));
  expect(page.data.month).toBe('2026-10');
});

it('is an error for staff who are not admins', async () => {
  session.setDemoOpenid('demo-billing-zz');
  const page = await openPage(id);
  expect(page.data.view.status).toBe('error');
});

it('a rated home visit reads as 上门护理 with the nurse and punctuality scores only', async () => {
  const at = Date.parse('2026-11-20T01:00:00Z');
  await system.ports.db.insert('feedbackRatings', {
    _id: 'rating-homecare-hc-rated',
    hospitalId: 'h-zzcentral',
    openid: 'demo-patient',
    appointmentId: '',
    kind: 'homecare',
    itemId: 'hc-rated',
    ...HOME_VISIT_ROW,
    month: '2026-11',
    scores: { nurse: 5, punctuality: 4 },
    comment: '',
    createdAt: at,
    updatedAt: at,
    edits: 0,
  });
  const page = renderPage(id);
  page.setData({ month: '2026-11' });
  await page.instance.load();
  await waitFor(() => expect(page.data.view.status).toBe('ready'));
  expect(textOf(page.querySelector('#dept-homecare')!)).toBe('上门护理1 条评价 · 护理服务 5 · 准时到达 4满意 100%');
});

it('the admin takes overdue escalations as WeChat messages with consent', async () => {
  const page = renderPage(id);
  await page.instance.onLoad();
  await waitFor(() => expect(page.data.templates).toHaveLength(1));
  tap(page, '#subscribe');
  await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '已开启，下一条提醒将发到微信', icon: 'none' }));
  expect(wxMock.requestSubscribeMessage.mock.calls.at(-1)[0]).toMatchObject({ tmplIds: ['demo-complaint-overdue'] });
  expect(await system.ports.db.count('subscriptions', { openid: 'demo-admin-zz' })).toBe(1);
});
