/** 审核病历复印 (staff/record-copy) and the office's list: review, fee by pages, copied, shipped — each in the store. */
import type { CopyApplicationDoc } from '../../../backend/domain/record-copies/docs';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { deliver, payInSandbox } from '../../support/payment-fixtures';
import { completedVisit, feedbackSystem, openPage, PATIENT } from '../postvisit/feedback-fixtures';
import { applied, grantRecords, RECORDS } from '../postvisit/record-fixtures';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';

/** Flows of several calls through the real handlers: room for a busy machine. */
jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/record-copy/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  await grantRecords(system);
  wxMock.showModal.mockClear();
  session.setDemoOpenid(RECORDS);
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

const stored = (aid: string) => system.ports.db.get<CopyApplicationDoc>('copyApplications', aid);

it('sets the fee from the page count, then after payment marks copied and ships', async () => {
  const a = await applied(system, await completedVisit(system));
  const page = await openPage(id, { id: a.id });
  expect(textOf(page.querySelector('#proof-applicant_id')!)).toContain('申请人有效身份证明');
  page.instance.onPages({ detail: '0' });
  tap(page, '#quote');
  await waitFor(() => expect(textOf(page.querySelector('#error')!)).toBe('请填写页数（1–2000）'));
  page.instance.onPages({ detail: '48' });
  tap(page, '#quote');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('待支付'));
  expect(textOf(page.querySelector('#fee')!)).toBe('费用（48页）¥36.00');
  const { payment } = await system.ok<{ payment: { outTradeNo: string } }>('orders', PATIENT, { action: 'pay', orderId: `rc-${a.id}` });
  await deliver(system, await payInSandbox(system, payment.outTradeNo));
  await page.instance.load();
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('待复印'));
  tap(page, '#copied');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('已复印待寄出'));
  page.instance.onTracking({ detail: 'SF1234567890' });
  page.instance.onCarrier({ detail: '顺丰速运' });
  tap(page, '#ship');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('已寄出'));
  expect(await stored(a.id)).toMatchObject({ status: 'shipped', carrier: '顺丰速运', trackingNo: 'SF1234567890', pages: 48, feeFen: 3600 });
});

it('asks for more with a reason; refusing is confirmed first', async () => {
  const a = await applied(system, await completedVisit(system));
  const page = await openPage(id, { id: a.id });
  tap(page, '#more');
  await waitFor(() => expect(textOf(page.querySelector('#error')!)).toBe('请填写原因，申请人会看到'));
  page.instance.onReason({ detail: '身份证反面未上传' });
  tap(page, '#more');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('需补充材料'));
  expect(await stored(a.id)).toMatchObject({ status: 'more_needed', reason: '身份证反面未上传' });
  expect(wxMock.showModal).not.toHaveBeenCalled();
});
