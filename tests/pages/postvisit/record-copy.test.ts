/** 病历复印申请 (postvisit/record-copy): the fee to pay, and a cancel after paying refunded once, asked first. */
import type { OrderDoc } from '../../../backend/domain/billing/docs';
import type { LocalSystem } from '../../support/local-system';
import { deliver, payInSandbox } from '../../support/payment-fixtures';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';
import { completedVisit, feedbackSystem, openPage, PATIENT } from './feedback-fixtures';
import { applied, grantRecords, RECORDS } from './record-fixtures';

/** Flows of several calls through the real handlers: room for a busy machine. */
jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('postvisit/record-copy/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  wxMock.showModal.mockClear();
  await grantRecords(system);
});

async function quoted(): Promise<{ applicationId: string; orderId: string }> {
  const a = await applied(system, await completedVisit(system));
  await system.ok('recordCopies', RECORDS, { action: 'quote', applicationId: a.id, pages: 20 });
  return { applicationId: a.id, orderId: `rc-${a.id}` };
}

it('shows the fee set by the office and opens the order to pay', async () => {
  const q = await quoted();
  const page = await openPage(id, { id: q.applicationId });
  expect(textOf(page.querySelector('#status')!)).toBe('待支付');
  expect(textOf(page.querySelector('#fee')!)).toBe('费用（20页）¥22.00');
  tap(page, '#pay');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/billing/order/index?id=${q.orderId}` }));
});

it('cancelling after payment asks first, then the fee is refunded exactly once', async () => {
  const q = await quoted();
  const { payment } = await system.ok<{ payment: { outTradeNo: string } }>('orders', PATIENT, { action: 'pay', orderId: q.orderId });
  await deliver(system, await payInSandbox(system, payment.outTradeNo));
  const page = await openPage(id, { id: q.applicationId });
  expect(textOf(page.querySelector('#status')!)).toBe('待复印');
  tap(page, '#cancel');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('已取消'));
  expect(wxMock.showModal.mock.calls[0][0]).toMatchObject({ title: '取消申请', content: '取消后已支付的¥22.00将原路退回，确定取消申请吗？' });
  expect(textOf(page.querySelector('#refund')!)).toBe('费用已原路退回');
  expect(await system.ports.db.get<OrderDoc>('orders', q.orderId)).toMatchObject({ status: 'refunded', refundedFen: 2200 });
  expect(await system.ports.db.count('refunds', { orderId: q.orderId })).toBe(1);
  expect(page.querySelector('#cancel')).toBeFalsy();
});

it("someone else's application is not found", async () => {
  const q = await quoted();
  await system.ports.db.update('copyApplications', { _id: q.applicationId }, { set: { openid: 'demo-patient-2' } });
  const page = await openPage(id, { id: q.applicationId });
  expect(textOf(page)).toContain('没有找到这份申请');
});
