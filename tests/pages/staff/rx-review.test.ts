/** 处方审核 (staff/rx-review): the queue with the diagnosis and drugs; return needs a reason; approve makes the order. */
import type { OrderDoc } from '../../../backend/domain/billing/docs';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { openPage } from '../postvisit/feedback-fixtures';
import { failRequests, loadPage, tap, textOf, waitFor } from '../setup/page';
import { onlineSystem, PATIENT, PHARMACIST, renewedRx } from '../online/online-fixtures';

jest.setTimeout(30_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/rx-review/index');
});

beforeEach(async () => {
  system = await onlineSystem(PHARMACIST);
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

it('returns with a reason, then approves the fixed version', async () => {
  const empty = await openPage(id, {}, 'onShow');
  expect(textOf(empty)).toContain('没有待审核的处方');
  const { rx } = await renewedRx(system);
  const page = await openPage(id, {}, 'onShow');
  expect(textOf(page.querySelector(`#rx-${rx.id}`)!)).toContain('诊断：原发性高血压；血脂异常');
  expect(textOf(page.querySelector(`#rx-${rx.id}`)!)).toContain('苯磺酸氨氯地平片');
  tap(page, `#return-${rx.id}`);
  await waitFor(() => expect(textOf(page.querySelector('#error')!)).toBe('退回处方须写明理由'));
  page.instance.onReason({ detail: '请核对剂量' });
  tap(page, `#return-${rx.id}`);
  await waitFor(() => expect(textOf(page)).toContain('没有待审核的处方'));
  await system.ok('followup', 'demo-doctor-zz', {
    action: 'revise',
    prescriptionId: rx.id,
    type: 'long_term',
    items: [{ code: 'DRUG-AML', quantity: 1, days: 28 }],
  });
  const again = await openPage(id, {}, 'onShow');
  expect(textOf(again.querySelector(`#rx-${rx.id}`)!)).toContain('第2版');
  tap(again, `#approve-${rx.id}`);
  await waitFor(() => expect(textOf(again)).toContain('没有待审核的处方'));
  expect(await system.ports.db.get<OrderDoc>('orders', `rx-${rx.id}`)).toMatchObject({ totalFen: 1560, status: 'unpaid' });
});

it('an error with a retry offline', async () => {
  failRequests();
  const page = await openPage(id, {}, 'onShow');
  expect(textOf(page)).toContain('重试');
});
