/**
 * 在线复诊 detail (online/followup-detail): paying the fee, the prescription's review states with the
 * Rx notice, the encounter record, a message, the way to delivery once paid, withdrawing (asked, refunded).
 */
import type { LocalSystem } from '../../support/local-system';
import { openPage } from '../postvisit/feedback-fixtures';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';
import { acceptedFollowup, DOCTOR, onlineSystem, paidRx, PHARMACIST, renewedRx, startedFollowup } from './online-fixtures';

jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('online/followup-detail/index');
});

beforeEach(async () => {
  system = await onlineSystem();
});

it('unpaid: pays the fee on the billing page; withdrawing is asked first', async () => {
  const f = await startedFollowup(system);
  const page = await openPage(id, { id: f.id });
  expect(textOf(page.querySelector('#status')!)).toBe('待支付');
  expect(textOf(page)).toContain('原发性高血压；血脂异常');
  tap(page, '#pay');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/billing/order/index?id=${f.orderId}` }));
  tap(page, '#withdraw');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('已撤回'));
  expect(wxMock.showModal.mock.calls[0][0]).toMatchObject({ content: '撤回后已支付的复诊费将全额退回。确定撤回吗？' });
});

it('the returned prescription shows the reason; the record names who; a message is added', async () => {
  const { followup, rx } = await renewedRx(system);
  await system.ok('followup', PHARMACIST, { action: 'review', prescriptionId: rx.id, decision: 'return', reason: '请核对阿托伐他汀剂量' });
  const page = await openPage(id, { id: followup.id });
  expect(textOf(page.querySelector(`#rx-${rx.id}`)!)).toContain('药师退回，医生修改中');
  expect(textOf(page.querySelector(`#rx-${rx.id}`)!)).toContain('退回原因：请核对阿托伐他汀剂量');
  expect(textOf(page)).toContain('处方药须凭处方在药师指导下购买和使用');
  expect(textOf(page)).toContain('药师 马晓燕');
  expect(textOf(page)).toContain('医生 陈立民');
  page.instance.onText({ detail: '最近头晕减轻' });
  tap(page, '#send');
  await waitFor(() => expect(textOf(page)).toContain('最近头晕减轻'));
});

it('a paid prescription opens delivery or pickup', async () => {
  const { followup, rx } = await paidRx(system);
  const page = await openPage(id, { id: followup.id });
  expect(textOf(page.querySelector(`#rx-${rx.id}`)!)).toContain('已支付');
  tap(page, `#deliver-${rx.id}`);
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/online/delivery-choose/index?prescriptionId=${rx.id}` }));
});

it('offers 评价 once the doctor completes the follow-up, not before', async () => {
  const f = await acceptedFollowup(system);
  const open = await openPage(id, { id: f.id });
  expect(open.querySelector('#rate')).toBeFalsy();
  await system.ok('followup', DOCTOR, { action: 'complete', followupId: f.id });
  const page = await openPage(id, { id: f.id });
  expect(textOf(page.querySelector('#rate')!)).toContain('为这次复诊打分，7天内可修改');
  tap(page, '#rate');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/postvisit/rate/index?kind=followup&id=${f.id}` }));
});

it('not found for another account', async () => {
  const f = await startedFollowup(system);
  const { session } = await import('../../../miniprogram/stores/session');
  session.setDemoOpenid('demo-patient-2');
  const page = await openPage(id, { id: f.id });
  expect(textOf(page)).toContain('没有找到这次复诊');
  session.setDemoOpenid('demo-patient');
});
