/** 处理投诉 (staff/complaint): assign with the longer limit, answer after confirming, close; all in the store. */
import type { ComplaintDoc } from '../../../backend/domain/feedback/docs';
import type { ComplaintView } from '../../../miniprogram/shared/dto/feedback';
import { session } from '../../../miniprogram/stores/session';
import { shanghaiInstant } from '../../../miniprogram/shared/time';
import type { LocalSystem } from '../../support/local-system';
import { feedbackSystem, openPage, PATIENT, SERVICE, ZZ } from '../postvisit/feedback-fixtures';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';

/** Flows of several calls through the real handlers: room for a busy machine. */
jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/complaint/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  wxMock.showModal.mockClear();
  session.setDemoOpenid(SERVICE);
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

async function received(): Promise<ComplaintView> {
  return (
    await system.ok<{ complaint: ComplaintView }>('feedback', PATIENT, {
      action: 'complain',
      hospitalId: ZZ,
      category: 'fees',
      text: '同一项检验收了两次费',
      requestId: 'req-staff-cmp-9',
    })
  ).complaint;
}
const stored = (cid: string) => system.ports.db.get<ComplaintDoc>('complaints', cid);

it('assigns to several departments (10 working days), answers after confirming, then closes', async () => {
  const c = await received();
  const page = await openPage(id, { id: c.id });
  expect(textOf(page)).toContain('同一项检验收了两次费');
  expect(textOf(page.querySelector('#due')!)).toBe('受理 2026-11-25 09:30 · 期限 2026-12-02 23:59（5个工作日）');
  tap(page, '#assign');
  await waitFor(() => expect(textOf(page.querySelector('#error')!)).toBe('请填写承办部门或人员'));
  page.instance.onHandler({ detail: '收费处、检验科' });
  page.instance.onMulti({ detail: true });
  tap(page, '#assign');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('处理中'));
  expect(await stored(c.id)).toMatchObject({ status: 'handling', handler: '收费处、检验科', limitDays: 10, dueAt: shanghaiInstant('2026-12-10') });
  page.instance.onAnswerText({ detail: '经核实重复收费，已原路退回' });
  tap(page, '#send-answer');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('已答复'));
  expect(wxMock.showModal.mock.calls[0][0]).toMatchObject({ title: '发送答复' });
  expect(await stored(c.id)).toMatchObject({ status: 'answered', answer: '经核实重复收费，已原路退回', phase: 'done' });
  tap(page, '#close');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('已办结'));
  expect((await stored(c.id))?.steps.map((s) => `${s.status}:${s.byName}`)).toEqual([
    'received:患者',
    'handling:客服李敏',
    'answered:客服李敏',
    'closed:客服李敏',
  ]);
});

it("shows the server's refusal when someone else answered first", async () => {
  const c = await received();
  const page = await openPage(id, { id: c.id });
  await system.ok('feedback', 'demo-admin-zz', { action: 'answer', complaintId: c.id, text: '管理员已答复' });
  page.instance.onAnswerText({ detail: '另一份答复' });
  tap(page, '#send-answer');
  await waitFor(() => expect(textOf(page.querySelector('#error')!)).toBe('该投诉已答复或已办结'));
  expect((await stored(c.id))?.answer).toBe('管理员已答复');
});

it('a handler being typed survives coming back to the page; pull-down shows an answer given meanwhile', async () => {
  const c = await received();
  const page = await openPage(id, { id: c.id });
  page.instance.onHandler({ detail: '收费处' });
  await page.instance.onShow();
  await page.instance.onShow();
  expect(page.data.handler).toBe('收费处');
  await system.ok('feedback', 'demo-admin-zz', { action: 'answer', complaintId: c.id, text: '管理员已答复' });
  wxMock.stopPullDownRefresh.mockClear();
  await page.instance.onPullDownRefresh();
  expect(textOf(page.querySelector('#status')!)).toBe('已答复');
  expect(wxMock.stopPullDownRefresh).toHaveBeenCalled();
});
