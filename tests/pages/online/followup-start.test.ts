/**
 * 申请在线复诊 (online/followup-start): eligibility shown with the qualifying visit, or the reason
 * with in-person booking; a report picked from 报告查询; the request submitted after confirming.
 */
import type { FollowupDoc } from '../../../backend/domain/online/docs';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { openPage } from '../postvisit/feedback-fixtures';
import { apiCalls, loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';
import { onlineSystem, ZHANG } from './online-fixtures';

jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('online/followup-start/index');
});

beforeEach(async () => {
  system = await onlineSystem();
});

it('an eligible chronic patient sees the qualifying visit, describes changes, picks a report and submits', async () => {
  const page = await openPage(id, { patientId: ZHANG, departmentId: 'd-zz-cardio' });
  await waitFor(() => expect(textOf(page.querySelector('#qualifying')!)).toContain('原发性高血压；血脂异常'));
  expect(textOf(page.querySelector('#qualifying')!)).toContain('陈立民');
  tap(page, '#submit');
  await waitFor(() => expect(textOf(page.querySelector('#problem')!)).toBe('请描述上次就诊以来的病情变化和用药情况'));
  page.instance.onChanges({ detail: '血压130/85左右，无不适' });
  await waitFor(() => expect(page.querySelector('#report-0')).toBeTruthy());
  tap(page, '#report-0');
  await waitFor(() => expect(textOf(page.querySelector('#report-0')!)).toContain('已选'));
  tap(page, '#submit');
  await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalled());
  expect(wxMock.showModal.mock.calls[0][0]).toMatchObject({ content: '复诊费¥10.00，提交后请支付。医生未接诊将全额退款。' });
  const [stored] = await system.ports.db.find<FollowupDoc>('followups');
  expect(stored).toMatchObject({ patientId: ZHANG, changes: '血压130/85左右，无不适', status: 'unpaid' });
  expect(stored.reportIds).toHaveLength(1);
  expect(wxMock.redirectTo).toHaveBeenCalledWith({ url: `/online/followup-detail/index?id=${stored._id}` });
});

it('no qualifying visit: the reason and in-person booking instead; nothing can be submitted', async () => {
  const page = await openPage(id, { patientId: 'pat-demo-zhang-mother', departmentId: 'd-zz-cardio' });
  await waitFor(() => expect(textOf(page.querySelector('#ineligible')!)).toContain('首次就诊不能在线进行'));
  expect(page.querySelector('#submit')).toBeFalsy();
  tap(page, '#book');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/booking/department/index?id=d-zz-cardio' }));
  expect(apiCalls().filter((c) => c.action === 'start')).toHaveLength(0);
});

it('elder mode enlarges the page', async () => {
  session.setElderMode(true);
  const page = await openPage(id, { patientId: ZHANG, departmentId: 'd-zz-cardio' });
  expect(page.querySelector('.pz-page')!.dom!.className).toContain('elder');
  session.setElderMode(false);
});

it('without a department: the list to pick from; the pick collapses it and checks eligibility', async () => {
  const page = await openPage(id, {});
  expect(page.querySelector('#dept-chosen')).toBeFalsy();
  page.instance.onDepartment({ detail: 'd-zz-cardio' });
  await waitFor(() => expect(textOf(page.querySelector('#dept-chosen')!)).toContain('心血管内科'));
  await waitFor(() => expect(textOf(page.querySelector('#qualifying')!)).toContain('原发性高血压；血脂异常'));
  tap(page, '#dept-chosen');
  await waitFor(() => expect(page.querySelector('#dept-d-zz-resp')).toBeTruthy());
});

it('keeps what was filled in when the page shows again after the photo picker', async () => {
  const page = await openPage(id, { patientId: ZHANG, departmentId: 'd-zz-cardio' });
  await waitFor(() => expect(page.querySelector('#report-0')).toBeTruthy());
  page.instance.onChanges({ detail: '血压130/85左右，无不适' });
  tap(page, '#report-0');
  await waitFor(() => expect(textOf(page.querySelector('#report-0')!)).toContain('已选'));
  await page.instance.onShow();
  await page.instance.onShow();
  expect(page.data.changes).toBe('血压130/85左右，无不适');
  expect(textOf(page.querySelector('#report-0')!)).toContain('已选');
});
