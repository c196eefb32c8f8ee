/**
 * 咨询详情 (online/consult-thread): the structured answer with one-tap booking, a follow-up, ending
 * (asked first), withdrawing before acceptance (refunded once), paying while unpaid, a removed
 * picture, another account's thread not found.
 */
import type { ConsultPhotoDoc } from '../../../backend/domain/online/consult-docs';
import type { LocalSystem } from '../../support/local-system';
import { feedbackSystem, openPage, PNG, ZZ } from '../postvisit/feedback-fixtures';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';
import { answeredQuestion, paidQuestion, question } from './consult-fixtures';
import { handleMediaCheck } from '../../../backend/handlers/consult/media-check';
import { session } from '../../../miniprogram/stores/session';

jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('online/consult-thread/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  wxMock.showModal.mockClear();
});

it('shows the answer in its structure and books the suggested department in one tap', async () => {
  const c = await answeredQuestion(system);
  const page = await openPage(id, { id: c.id });
  expect(textOf(page.querySelector('#status')!)).toBe('咨询中');
  const answer = textOf(page.querySelector('#message-1')!);
  for (const part of [
    '病情评估晨起血压控制欠佳',
    '现在怎么做氨氯地平改为睡前服用',
    '出现这些情况请立即就医胸痛、剧烈头痛时立即拨打120',
    '是否来院建议择期来院就诊（一周内）',
    '预约心血管内科',
  ])
    expect(answer).toContain(part);
  expect(textOf(page.querySelector('#closes-at')!)).toContain('还可追问2次');
  tap(page, '#book-1');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: '/booking/department/index?id=d-zz-cardio' }));
});

it('sends a follow-up, then ends the thread after asking', async () => {
  const c = await answeredQuestion(system);
  const page = await openPage(id, { id: c.id });
  page.instance.onText({ detail: '睡前吃会不会夜里血压太低？' });
  tap(page, '#follow-up');
  await waitFor(() => expect(textOf(page.querySelector('#message-2')!)).toContain('睡前吃会不会夜里血压太低？'));
  expect(page.data.view.data.consultation.followUpsLeft).toBe(1);
  tap(page, '#end');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('已结束'));
  expect(wxMock.showModal.mock.calls[0][0]).toMatchObject({ title: '结束咨询', content: '结束后不能再追问，咨询费不退。确定结束吗？' });
  expect(page.querySelector('#follow-up')).toBeFalsy();
  tap(page, '#rate');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/postvisit/rate/index?kind=consult&id=${c.id}` }));
});

it('offers 评价 only once the consultation is closed', async () => {
  const c = await answeredQuestion(system);
  const page = await openPage(id, { id: c.id });
  expect(page.querySelector('#rate')).toBeFalsy();
});

it('withdraws a paid question before a doctor accepts: asked first, refunded once', async () => {
  const c = await paidQuestion(system);
  const page = await openPage(id, { id: c.id });
  expect(textOf(page.querySelector('#answer-by')!)).toContain('前接诊，否则自动关闭并退款');
  tap(page, '#withdraw');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('已撤回'));
  expect(wxMock.showModal.mock.calls[0][0].content).toBe('已支付的¥30.00将全额退回。撤回后医生将看不到这个问题，确定撤回吗？');
  expect(textOf(page.querySelector('#refund')!)).toBe('咨询费已原路退回');
  expect(await system.ports.db.count('refunds', { orderId: c.orderId })).toBe(1);
});

it('an unpaid question opens its order to pay', async () => {
  const c = await question(system);
  const page = await openPage(id, { id: c.id });
  tap(page, '#pay');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/billing/order/index?id=${c.orderId}` }));
});

it('a picture WeChat refused is shown as removed', async () => {
  const { photoId } = await system.ok<{ photoId: string }>('consult', 'demo-patient', {
    action: 'attach',
    hospitalId: ZZ,
    image: PNG,
    requestId: 'req-page-ph-01',
  });
  const c = await question(system, { images: [photoId], requestId: 'req-page-cs-img' });
  const photo = await system.ports.db.get<ConsultPhotoDoc>('consultPhotos', photoId);
  await handleMediaCheck(system.ports, {
    MsgType: 'event',
    Event: 'wxa_media_check',
    trace_id: photo?.traceId ?? '',
    result: { suggest: 'risky', label: 20002 },
  });
  const page = await openPage(id, { id: c.id });
  expect(textOf(page.querySelector('#message-0')!)).toContain('图片未通过内容安全检测，已删除');
});

it("another account's thread is not found", async () => {
  const c = await question(system);
  session.setDemoOpenid('demo-patient-2');
  const page = await openPage(id, { id: c.id });
  session.setDemoOpenid('demo-patient');
  expect(page.data.view.status).toBe('empty');
  expect(textOf(page)).toContain('没有找到这次咨询');
});
