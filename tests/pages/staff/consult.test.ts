/**
 * 在线咨询 (staff/consult): accept and answer in the structure (the department to book included);
 * decline with a reason, asked first, refunded once; the red-flag notice.
 */
import type { ConsultMessageDoc } from '../../../backend/domain/online/consult-docs';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { feedbackSystem, openPage, PATIENT } from '../postvisit/feedback-fixtures';
import { DOCTOR, paidQuestion, question } from '../online/consult-fixtures';
import { apiCalls, loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';

jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/consult/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  wxMock.showModal.mockClear();
  session.setDemoOpenid(DOCTOR);
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

it('accepts, then answers in the structure with a department to book', async () => {
  const c = await paidQuestion(system);
  const page = await openPage(id, { id: c.id });
  expect(textOf(page.querySelector('#answer-by')!)).toContain('前接诊');
  tap(page, '#accept');
  await waitFor(() => expect(page.querySelector('#reply')).toBeTruthy());
  tap(page, '#reply');
  await waitFor(() => expect(textOf(page.querySelector('#error')!)).toBe('请填写回复'));
  page.instance.onField({ detail: '血压偏高，先调整服药时间', currentTarget: { dataset: { field: 'text' } } });
  page.instance.onField({ detail: '晨起血压控制欠佳', currentTarget: { dataset: { field: 'assessment' } } });
  page.instance.onField({ detail: '胸痛时拨打120', currentTarget: { dataset: { field: 'warningSigns' } } });
  tap(page, '#visit-soon');
  await waitFor(() => expect(page.data.draft.visit).toBe('soon'));
  tap(page, '#dept-d-zz-cardio');
  await waitFor(() => expect(page.data.draft.departmentId).toBe('d-zz-cardio'));
  tap(page, '#reply');
  await waitFor(() => expect(textOf(page.querySelector('#message-1')!)).toContain('血压偏高，先调整服药时间'));
  const answers = await system.ports.db.find<ConsultMessageDoc>('consultMessages', { where: { kind: 'answer' } });
  expect(answers).toHaveLength(1);
  expect(answers[0]).toMatchObject({
    by: DOCTOR,
    byName: '陈立民',
    answer: { assessment: '晨起血压控制欠佳', warningSigns: '胸痛时拨打120', visit: 'soon', departmentId: 'd-zz-cardio', actNow: '' },
  });
});

it('declines with a reason after asking; the fee is refunded once', async () => {
  const c = await paidQuestion(system);
  const page = await openPage(id, { id: c.id });
  tap(page, '#decline');
  await waitFor(() => expect(textOf(page.querySelector('#error')!)).toBe('请填写不接诊的原因，患者会看到'));
  page.instance.onReason({ detail: '需要面诊检查' });
  tap(page, '#decline');
  await waitFor(() => expect(textOf(page.querySelector('#reason')!)).toBe('需要面诊检查'));
  expect(wxMock.showModal.mock.calls[0][0].content).toBe('患者的咨询费¥30.00将全额退回。确定不接诊吗？');
  expect(await system.ports.db.count('refunds', { orderId: c.orderId })).toBe(1);
});

it('marks a red-flag question', async () => {
  const c = await question(system, { doctorId: undefined, departmentId: 'd-zz-cardio', text: '父亲胸口疼，出了一身冷汗', requestId: 'req-page-cs-red' });
  const page = await openPage(id, { id: c.id });
  expect(textOf(page.querySelector('#red-flag')!)).toBe('危险信号：胸痛伴大汗。请优先处理，必要时建议患者立即就医。');
});

it('coming back shows an acceptance made meanwhile and keeps the answer being typed; the departments load once', async () => {
  const c = await paidQuestion(system);
  const page = await openPage(id, { id: c.id });
  await page.instance.onShow();
  page.instance.onField({ detail: '先测量血压', currentTarget: { dataset: { field: 'text' } } });
  await system.ok('consult', DOCTOR, { action: 'accept', consultationId: c.id });
  await page.instance.onShow();
  expect(page.querySelector('#reply')).toBeTruthy();
  expect(page.data.draft.text).toBe('先测量血压');
  wxMock.stopPullDownRefresh.mockClear();
  await page.instance.onPullDownRefresh();
  expect(wxMock.stopPullDownRefresh).toHaveBeenCalled();
  expect(apiCalls().filter((call) => call.action === 'listDepartments')).toHaveLength(1);
});
