/** 药品配送 (staff/pharmacy-shipping): pack, then ship with carrier and tracking number (the message queued); hand over held drugs. */
import type { DeliveryDoc } from '../../../backend/domain/online/docs';
import { session } from '../../../miniprogram/stores/session';
import type { LocalSystem } from '../../support/local-system';
import { openPage } from '../postvisit/feedback-fixtures';
import { loadPage, tap, textOf, waitFor } from '../setup/page';
import { chosenDelivery, onlineSystem, paidRx, PATIENT, PHARMACIST } from '../online/online-fixtures';

jest.setTimeout(30_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('staff/pharmacy-shipping/index');
});

beforeEach(async () => {
  system = await onlineSystem(PHARMACIST);
});

afterEach(() => {
  session.setDemoOpenid(PATIENT);
});

it('packs, needs the carrier and tracking number, ships and queues the message', async () => {
  const empty = await openPage(id, {}, 'onShow');
  expect(textOf(empty)).toContain('没有待处理的配送或取药');
  const d = await chosenDelivery(system);
  const page = await openPage(id, {}, 'onShow');
  expect(textOf(page.querySelector(`#delivery-${d.prescriptionId}`)!)).toContain('张建国 · 快递到家 · 待药房打包');
  expect(textOf(page)).toContain('处方药须凭处方在药师指导下购买和使用');
  tap(page, `#pack-${d.prescriptionId}`);
  await waitFor(() => expect(page.querySelector(`#ship-${d.prescriptionId}`)).toBeTruthy());
  tap(page, `#ship-${d.prescriptionId}`);
  await waitFor(() => expect(textOf(page.querySelector('#error')!)).toBe('请填写快递公司和运单号'));
  page.instance.onCarrier({ detail: '顺丰速运' });
  page.instance.onTracking({ detail: 'SF1234567890' });
  tap(page, `#ship-${d.prescriptionId}`);
  await waitFor(() => expect(textOf(page.querySelector(`#delivery-${d.prescriptionId}`)!)).toContain('已发货'));
  expect(await system.ports.db.get<DeliveryDoc>('deliveries', d.id)).toMatchObject({ status: 'shipped', trackingNo: 'SF1234567890' });
  expect(await system.ports.db.count('outbox', { kind: 'delivery_shipped' })).toBe(1);
});

it('hands over a pickup at the window', async () => {
  const { rx } = await paidRx(system);
  await system.ok('delivery', PATIENT, { action: 'choose', prescriptionId: rx.id, mode: 'pickup' });
  const page = await openPage(id, {}, 'onShow');
  tap(page, `#handover-${rx.id}`);
  await waitFor(() => expect(textOf(page)).toContain('没有待处理的配送或取药'));
  expect((await system.ports.db.get<DeliveryDoc>('deliveries', `dl-${rx.id}`))?.status).toBe('picked_up');
});
