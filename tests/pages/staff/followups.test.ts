/**
 * 在线复诊 doctor console (staff/followups): accept a waiting follow-up, renew, adjust within the
 * diagnosis from the allowed drugs, fix a returned prescription; decline needs a reason and refunds.
 */
import type { OnlineRxDoc } from '../../../backend/domain/online/docs';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { openPage } from '../postvisit/feedback-fixtures';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';
import { DOCTOR, onlineSystem, pay, PATIENT, PHARMACIST, renewedRx, startedFollowup } from '../online/online-fixtures';

jest.setTimeout(30_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/followups/index');
});

beforeEach(async () => {
  system = await onlineSystem(DOCTOR);
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

it('accepts a paid follow-up, renews, and adjusts within the diagnosis', async () => {
  const empty = await openPage(id, {}, 'onShow');
  expect(textOf(empty)).toContain('没有待处理的在线复诊');
  const f = await startedFollowup(system);
  await pay(system, f.orderId ?? '');
  const page = await openPage(id, {}, 'onShow');
  expect(textOf(page.querySelector(`#followup-${f.id}`)!)).toContain('血压平稳，药快吃完了');
  tap(page, `#accept-${f.id}`);
  await waitFor(() => expect(page.querySelector(`#renew-${f.id}`)).toBeTruthy());
  tap(page, `#renew-${f.id}`);
  await waitFor(() => expect(textOf(page.querySelector(`#followup-${f.id}`)!)).toContain('续方 · 药师审核中'));
  tap(page, `#adjust-${f.id}`);
  await waitFor(() => expect(page.querySelector('#drug-DRUG-VAL')).toBeTruthy());
  expect(page.querySelector('#drug-DRUG-MET')).toBeFalsy();
  expect(page.querySelector('#drug-DRUG-EST')).toBeFalsy();
  tap(page, '#drug-DRUG-VAL');
  await waitFor(() => expect(page.querySelector('#qty-0')).toBeTruthy());
  tap(page, '#submit-rx');
  await waitFor(() => expect(textOf(page.querySelector(`#followup-${f.id}`)!)).toContain('调整用药 · 药师审核中'));
  expect(await system.ports.db.count('onlinePrescriptions')).toBe(2);
});

it('fixes a returned prescription: the quantity and days changed, back to review', async () => {
  const { followup, rx } = await renewedRx(system);
  await system.ok('followup', PHARMACIST, { action: 'review', prescriptionId: rx.id, decision: 'return', reason: '请改为2周' });
  const page = await openPage(id, {}, 'onShow');
  expect(textOf(page.querySelector(`#followup-${followup.id}`)!)).toContain('药师退回：请改为2周');
  tap(page, `#fix-${rx.id}`);
  await waitFor(() => expect(page.querySelector('#days-0')).toBeTruthy());
  page.instance.onLineField({ detail: '14', currentTarget: { dataset: { index: 0, key: 'days' } } });
  page.instance.onLineField({ detail: '14', currentTarget: { dataset: { index: 1, key: 'days' } } });
  tap(page, '#submit-rx');
  await waitFor(() => expect(textOf(page.querySelector(`#followup-${followup.id}`)!)).toContain('续方 · 药师审核中'));
  expect((await system.ports.db.get<OnlineRxDoc>('onlinePrescriptions', rx.id))?.version).toBe(2);
  expect((await system.ports.db.get<OnlineRxDoc>('onlinePrescriptions', rx.id))?.items.map((i) => i.days)).toEqual([14, 14]);
});

it('declining needs a reason, asks, and refunds', async () => {
  const f = await startedFollowup(system);
  await pay(system, f.orderId ?? '');
  const page = await openPage(id, {}, 'onShow');
  tap(page, `#decline-${f.id}`);
  await waitFor(() => expect(textOf(page.querySelector('#error')!)).toBe('请先填写不接诊的理由'));
  page.instance.onReason({ detail: '病情变化，需到院面诊' });
  tap(page, `#decline-${f.id}`);
  await waitFor(() => expect(textOf(page)).toContain('没有待处理的在线复诊'));
  expect(await system.ports.db.count('refunds')).toBe(1);
  expect(wxMock.showModal).toHaveBeenCalled();
});

it("the workbench links the doctor's console and the pharmacist's review and shipping", async () => {
  const { entriesOf } = await import('../../../miniprogram/staff/index/panel');
  expect(entriesOf(['doctor']).map((e) => e.url)).toContain('/staff/followups/index');
  expect(entriesOf(['pharmacist']).map((e) => e.url)).toEqual(['/staff/rx-review/index', '/staff/pharmacy-shipping/index']);
});
