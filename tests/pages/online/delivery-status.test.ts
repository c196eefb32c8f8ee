/** 药品快递 status (online/delivery-status): the timeline, tracking number, receipt; cancelling before shipping (asked, refunded). */
import type { RefundDoc } from '../../../backend/domain/billing/docs';
import type { LocalSystem } from '../../support/local-system';
import { openPage } from '../postvisit/feedback-fixtures';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';
import { chosenDelivery, onlineSystem, PHARMACIST } from './online-fixtures';

jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('online/delivery-status/index');
});

beforeEach(async () => {
  system = await onlineSystem();
});

it('shipped: carrier and tracking number, then receipt confirmed', async () => {
  const d = await chosenDelivery(system);
  await system.ok('delivery', PHARMACIST, { action: 'pack', prescriptionId: d.prescriptionId });
  await system.ok('delivery', PHARMACIST, { action: 'ship', prescriptionId: d.prescriptionId, carrier: '顺丰速运', trackingNo: 'SF1234567890' });
  const page = await openPage(id, { prescriptionId: d.prescriptionId });
  expect(textOf(page.querySelector('#status')!)).toBe('已发货');
  expect(textOf(page.querySelector('#tracking')!)).toBe('顺丰速运 运单号 SF1234567890');
  expect(page.querySelector('#cancel')).toBeFalsy();
  expect(textOf(page)).toContain('处方药须凭处方在药师指导下购买和使用');
  expect(page.querySelector('#rate')).toBeFalsy();
  tap(page, '#receive');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('已签收'));
  tap(page, '#rate');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/postvisit/rate/index?kind=delivery&id=${d.id}` }));
});

it('before shipping: cancel asks first and refunds drugs and fee', async () => {
  const d = await chosenDelivery(system);
  const page = await openPage(id, { prescriptionId: d.prescriptionId });
  expect(textOf(page.querySelector('#status')!)).toBe('待药房打包');
  tap(page, '#cancel');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('已取消'));
  expect(wxMock.showModal.mock.calls[0][0]).toMatchObject({ content: '取消后药费和快递费将原路退回，处方作废。确定取消吗？' });
  expect(await system.ports.db.count('refunds')).toBe(2);
  expect((await system.ports.db.find<RefundDoc>('refunds')).map((r) => r.amountFen).sort((a, b) => a - b)).toEqual([800, 5140]);
});

it('not yet arranged: the empty state', async () => {
  const page = await openPage(id, { prescriptionId: 'orx-none' });
  expect(textOf(page)).toContain('尚未选择配送或取药方式');
});
