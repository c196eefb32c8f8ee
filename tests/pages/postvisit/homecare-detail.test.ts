/** 上门护理 (postvisit/homecare-detail): pay, cancel after the nurse left (travel fee kept, once), rate. */
import type { OrderDoc } from '../../../backend/domain/billing/docs';
import type { LocalSystem } from '../../support/local-system';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';
import { feedbackSystem, openPage } from './feedback-fixtures';
import { assignedRequest, COORD, homecareStaff, homeRequest, NURSE } from './homecare-fixtures';

/** Flows of several calls through the real handlers: room for a busy machine. */
jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('postvisit/homecare-detail/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
  wxMock.showModal.mockClear();
  await homecareStaff(system);
});

it('once accepted, shows the fee and opens the order to pay', async () => {
  const r = await homeRequest(system);
  const { request } = await system.ok<{ request: { orderId: string } }>('homecare', COORD, { action: 'accept', homecareId: r.id, assessment: '可上门' });
  const page = await openPage(id, { id: r.id });
  expect(textOf(page.querySelector('#status')!)).toBe('待支付');
  tap(page, '#pay');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/billing/order/index?id=${request.orderId}` }));
});

it('cancelling after the nurse left says the travel fee is kept, and refunds the service fee once', async () => {
  const r = await assignedRequest(system);
  await system.ok('homecare', NURSE, { action: 'depart', homecareId: r.id });
  const page = await openPage(id, { id: r.id });
  expect(textOf(page.querySelector('#nurse')!)).toBe('护士护师周琳');
  tap(page, '#cancel');
  await waitFor(() => expect(textOf(page.querySelector('#status')!)).toBe('已取消'));
  expect(wxMock.showModal.mock.calls[0][0]).toMatchObject({ content: '护士已出发，取消后退回服务费¥80.00，上门费¥30.00不退。确定取消吗？' });
  expect(await system.ports.db.get<OrderDoc>('orders', r.orderId ?? '')).toMatchObject({ refundedFen: 8000, status: 'partially_refunded' });
  expect(await system.ports.db.count('refunds', { orderId: r.orderId ?? '' })).toBe(1);
});

it('after the visit: the record with vitals, and 评价 opening the rating page', async () => {
  const r = await assignedRequest(system);
  for (const action of ['depart', 'start']) await system.ok('homecare', NURSE, { action, homecareId: r.id });
  expect((await openPage(id, { id: r.id })).querySelector('#rate')).toBeFalsy();
  await system.ok('homecare', NURSE, {
    action: 'finish',
    homecareId: r.id,
    note: '伤口愈合良好',
    vitals: { temperature: 36.5, pulse: 76, systolic: 128, diastolic: 80, spo2: 98 },
  });
  const page = await openPage(id, { id: r.id });
  expect(textOf(page.querySelector('#record')!)).toContain('体温36.5℃');
  expect(page.querySelector('#cancel')).toBeFalsy();
  expect(textOf(page.querySelector('#rate')!)).toContain('为护士和准时到达打分，7天内可修改');
  tap(page, '#rate');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/postvisit/rate/index?kind=homecare&id=${r.id}` }));
});
