/** 投诉时限与复印收费 (staff/service-rules): the admin's complaint limits and record-copy fees, saved to the store. */
import { session } from '../../../miniprogram/stores/session';
import { feesOf, rulesOf } from '../../../miniprogram/staff/service-rules/rules-form';
import type { LocalSystem } from '../../support/local-system';
import { feedbackSystem, openPage, PATIENT, SERVICE } from '../postvisit/feedback-fixtures';
import { apiCalls, failRequests, loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/service-rules/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  session.setDemoOpenid('demo-admin-zz');
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

it('checks the limits and fees as the server does', () => {
  expect(rulesOf({ singleDays: '5', multiDays: '10' })).toEqual({ ok: true, rules: { singleDays: 5, multiDays: 10 } });
  expect(rulesOf({ singleDays: '0', multiDays: '10' })).toEqual({ ok: false, errors: { singleDays: '请填写1到15之间的整数', multiDays: '' } });
  expect(rulesOf({ singleDays: '8', multiDays: '6' })).toEqual({ ok: false, errors: { singleDays: '', multiDays: '涉及多个部门的时限不能短于单个部门' } });
  expect(feesOf({ perPage: '0.8', postage: '15' })).toEqual({ ok: true, perPageFen: 80, postageFen: 1500 });
  expect(feesOf({ perPage: '0', postage: '200' })).toEqual({ ok: false, errors: { perPage: '每页复印费应在0.01到10元之间', postage: '邮寄费不能超过100元' } });
});

it('shows the defaults, refuses a bad limit before calling, and saves both parts to the hospital', async () => {
  const page = await openPage(id);
  expect(textOf(page.querySelector('#rules-now')!)).toBe('当前：单个部门5个工作日内答复，涉及多个部门10个工作日内');
  expect(textOf(page.querySelector('#fees-now')!)).toBe('当前：复印费每页¥0.50，邮寄费¥12.00');
  page.instance.onRules({ detail: '3', currentTarget: { dataset: { field: 'multiDays' } } });
  tap(page, '#save-rules');
  await waitFor(() => expect(page.data.rulesErrors.multiDays).toBe('涉及多个部门的时限不能短于单个部门'));
  expect(apiCalls().filter((c) => c.action === 'saveRules')).toHaveLength(0);
  page.instance.onRules({ detail: '7', currentTarget: { dataset: { field: 'singleDays' } } });
  page.instance.onRules({ detail: '12', currentTarget: { dataset: { field: 'multiDays' } } });
  tap(page, '#save-rules');
  await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '答复时限已保存', icon: 'none' }));
  expect(await system.ports.db.get('complaintRules', 'h-zzcentral')).toMatchObject({ singleDays: 7, multiDays: 12 });
  expect(textOf(page.querySelector('#rules-now')!)).toBe('当前：单个部门7个工作日内答复，涉及多个部门12个工作日内');
  page.instance.onFees({ detail: '0.8', currentTarget: { dataset: { field: 'perPage' } } });
  page.instance.onFees({ detail: '15', currentTarget: { dataset: { field: 'postage' } } });
  tap(page, '#save-fees');
  await waitFor(() => expect(wxMock.showToast).toHaveBeenCalledWith({ title: '复印收费已保存', icon: 'none' }));
  expect(await system.ports.db.get('copyFees', 'h-zzcentral')).toMatchObject({ perPageFen: 80, postageFen: 1500 });
  expect(textOf(page.querySelector('#fees-now')!)).toBe('当前：复印费每页¥0.80，邮寄费¥15.00');
});

it('service staff read the limits but may not change them: the refusal is shown; offline an error with retry', async () => {
  session.setDemoOpenid(SERVICE);
  const page = await openPage(id);
  expect(page.data.view.status).toBe('ready');
  tap(page, '#save-rules');
  await waitFor(() => expect(page.data.formError).not.toBe(''));
  expect(await system.ports.db.get('complaintRules', 'h-zzcentral')).toBeNull();
  failRequests();
  expect(textOf(await openPage(id))).toContain('重试');
});

it('elder mode enlarges the page and names it', async () => {
  session.setElderMode(true);
  const page = await openPage(id);
  expect(page.querySelector('.pz-page')!.dom!.className).toContain('elder');
  expect(textOf(page)).toContain('投诉时限与复印收费');
  session.setElderMode(false);
});

it('a limit being typed survives coming back to the page; pull-down shows the saved one again', async () => {
  const page = await openPage(id);
  page.instance.onRules({ detail: '9', currentTarget: { dataset: { field: 'singleDays' } } });
  await page.instance.onShow();
  await page.instance.onShow();
  expect(page.data.rules.singleDays).toBe('9');
  wxMock.stopPullDownRefresh.mockClear();
  await page.instance.onPullDownRefresh();
  expect(page.data.rules.singleDays).toBe('5');
  expect(wxMock.stopPullDownRefresh).toHaveBeenCalled();
});
