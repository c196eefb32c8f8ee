/** 发布改进 (staff/change-edit): the service desk publishes a change once, after confirming, to 你说我改. */
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { feedbackSystem, PATIENT, SERVICE } from '../postvisit/feedback-fixtures';
import { apiCalls, loadPage, renderPage, tap, textOf, waitFor, wxMock } from '../setup/page';

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/change-edit/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  wxMock.showModal.mockClear();
  session.setDemoOpenid(SERVICE);
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

it('asks for a title and text, confirms, publishes once and opens 你说我改', async () => {
  const page = renderPage(id);
  page.instance.onLoad();
  tap(page, '#submit');
  await waitFor(() => expect(textOf(page.querySelector('#error')!)).toBe('请填写标题和改进内容'));
  page.instance.onTitle({ detail: '挂号窗口提前开放' });
  page.instance.onDepartment({ detail: '门诊部' });
  page.instance.onText({ detail: '自12月1日起挂号窗口7:30开放。' });
  tap(page, '#submit');
  await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalledWith({ url: '/postvisit/changes/index' }));
  expect(wxMock.showModal.mock.calls[0][0]).toMatchObject({ title: '发布改进' });
  expect(await system.ports.db.find('improvements', {})).toEqual([
    expect.objectContaining({ title: '挂号窗口提前开放', departmentName: '门诊部', byName: '客服李敏' }),
  ]);
  expect(apiCalls().filter((c) => c.action === 'addChange')).toHaveLength(1);
});

it('shows the refusal for someone without the role', async () => {
  session.setDemoOpenid('demo-billing-zz');
  const page = renderPage(id);
  page.instance.onLoad();
  page.instance.onTitle({ detail: '标题' });
  page.instance.onText({ detail: '内容' });
  tap(page, '#submit');
  await waitFor(() => expect(page.querySelector('#error')).toBeTruthy());
  expect(await system.ports.db.count('improvements')).toBe(0);
});
