/**
 * 在线咨询 · 提问 (online/consult-ask): whose question, text and pictures, the emergency screen before
 * a question with red flags is sent, the fee confirmed before paying; a department chosen here; a
 * doctor who does not practise online; a refused text.
 */
import type { ConsultDoc } from '../../../backend/domain/online/consult-docs';
import type { LocalSystem } from '../../support/local-system';
import { feedbackSystem, openPage } from '../postvisit/feedback-fixtures';
import { apiCalls, failRequests, loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';
import { pickPhotos } from './consult-fixtures';

jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('online/consult-ask/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  wxMock.showModal.mockClear();
});

const stored = () => system.ports.db.find<ConsultDoc>('consults', {});

it('to 陈立民 for a parent, with a picture: the fee confirmed, then the order opens to pay', async () => {
  pickPhotos();
  const page = await openPage(id, { doctorId: 'doc-zz-001' });
  expect(textOf(page.querySelector('#to')!)).toBe('陈立民 · 心血管内科');
  expect(textOf(page.querySelector('#fee')!)).toContain('咨询费 ¥30.00 · 医生24小时内接诊');
  page.instance.onPatient({ detail: 'pat-demo-zhang-mother' });
  tap(page, '#submit');
  await waitFor(() => expect(textOf(page.querySelector('#problem')!)).toBe('请描述您的问题'));
  page.instance.onText({ detail: '母亲早上血压160/95，吃着氨氯地平，需要加药吗？' });
  tap(page, '#photo');
  await waitFor(() => expect(page.data.photoIds).toHaveLength(1));
  tap(page, '#submit');
  await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
  const [c] = await stored();
  expect(c).toMatchObject({ patientName: '王秀兰', relation: 'parent', feeFen: 3000, status: 'unpaid', redFlag: false });
  expect(wxMock.redirectTo).toHaveBeenCalledWith({ url: `/billing/order/index?id=cs-${c._id}` });
  expect(wxMock.showModal.mock.calls[0][0]).toMatchObject({
    title: '确认提交咨询',
    content: '咨询费¥30.00，提交后去支付。医生24小时内未接诊将自动关闭并全额退款；接诊前可撤回。',
    confirmText: '提交并支付',
  });
  expect(apiCalls().map((c) => `${c.fn}.${c.action}`)).toEqual(
    expect.arrayContaining(['triage.assess', 'reminders.templateIds', 'consult.attach', 'consult.ask']),
  );
  expect(wxMock.requestSubscribeMessage).toHaveBeenCalled();
  const [question] = await system.ports.db.find<{ _id: string; photoIds: string[] }>('consultMessages', {});
  expect(question.photoIds).toHaveLength(1);
});

it('red flags show the emergency screen before anything is sent; a second tap sends, marked for the doctor', async () => {
  const page = await openPage(id, { doctorId: 'doc-zz-001' });
  page.instance.onText({ detail: '我父亲胸口疼了半小时，出了一身冷汗' });
  tap(page, '#submit');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalled());
  expect(wxMock.navigateTo.mock.calls[0][0].url).toMatch(/^\/previsit\/emergency\/index\?h=h-zzcentral&d=/);
  expect(textOf(page.querySelector('#problem')!)).toContain('请先看急诊提示');
  expect(await stored()).toHaveLength(0);
  tap(page, '#submit');
  await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
  const [c] = await stored();
  expect(c.redFlag).toBe(true);
});

it('without a doctor: choose a department; a free question opens its thread', async () => {
  const page = await openPage(id, {});
  expect(textOf(page)).toContain('向哪个科室提问');
  tap(page, '#department-d-zz-cardio');
  await waitFor(() => expect(textOf(page.querySelector('#fee')!)).toContain('咨询费 免费'));
  page.instance.onText({ detail: '长期服用阿司匹林，拔牙前要停药吗？' });
  tap(page, '#submit');
  await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
  const [c] = await stored();
  expect(c).toMatchObject({ target: 'department', status: 'waiting', feeFen: 0 });
  expect(wxMock.redirectTo).toHaveBeenCalledWith({ url: `/online/consult-thread/index?id=${c._id}` });
  expect(wxMock.showModal.mock.calls[0][0].content).toContain('本次咨询免费');
});

it('a doctor who does not practise online: the reason and no form', async () => {
  const page = await openPage(id, { doctorId: 'doc-zz-005' });
  expect(textOf(page.querySelector('#unavailable')!)).toBe('该医生暂未开通在线咨询');
  expect(page.querySelector('#submit')).toBeFalsy();
});

it('a refused text shows the reason and stores nothing', async () => {
  const page = await openPage(id, { doctorId: 'doc-zz-001' });
  page.instance.onText({ detail: '加微信返现，刷单兼职' });
  tap(page, '#submit');
  await waitFor(() => expect(textOf(page.querySelector('#problem')!)).toBe('内容含有广告信息，未能发送，请修改后再试'));
  expect(await stored()).toHaveLength(0);
});

it('a network failure shows the error state', async () => {
  failRequests();
  const page = await openPage(id, { doctorId: 'doc-zz-001' });
  expect(page.data.view.status).toBe('error');
});

it('keeps the member chosen, the question and the picture when the page shows again after the photo picker', async () => {
  pickPhotos();
  const page = await openPage(id, { doctorId: 'doc-zz-001' });
  page.instance.onPatient({ detail: 'pat-demo-zhang-mother' });
  page.instance.onText({ detail: '母亲早上血压160/95，需要加药吗？' });
  await page.instance.onShow();
  tap(page, '#photo');
  await waitFor(() => expect(page.data.photoIds).toHaveLength(1));
  await page.instance.onShow();
  expect(page.data).toMatchObject({ patientId: 'pat-demo-zhang-mother', text: '母亲早上血压160/95，需要加药吗？' });
  expect(page.data.photoIds).toHaveLength(1);
});
