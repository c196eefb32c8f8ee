/**
 * 药品快递 choice (online/delivery-choose): the drugs split (held ones with the reason), the Rx
 * notice, the fee by region, the WeChat address, the fee order opened after confirming; pickup.
 */
import type { DeliveryDoc } from '../../../backend/domain/online/docs';
import type { LocalSystem } from '../../support/local-system';
import { openPage } from '../postvisit/feedback-fixtures';
import { loadPage, tap, textOf, waitFor, wxMock } from '../setup/page';
import { acceptedFollowup, ADDRESS, DOCTOR, onlineSystem, pay, PHARMACIST } from './online-fixtures';

jest.setTimeout(20_000);

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('online/delivery-choose/index');
});

beforeEach(async () => {
  system = await onlineSystem();
  Object.assign(wxMock, {
    chooseAddress: jest.fn((o: { success: (r: Record<string, string>) => void }) =>
      o.success({
        userName: ADDRESS.name,
        telNumber: ADDRESS.phone,
        provinceName: '湖北省',
        cityName: '武汉市',
        countyName: '江岸区',
        detailInfo: ADDRESS.detail,
      }),
    ),
  });
});

/** A paid prescription of amlodipine and atorvastatin, 4 weeks. */
async function paidMixed(): Promise<string> {
  const f = await acceptedFollowup(system);
  const { prescription } = await system.ok<{ prescription: { id: string } }>('followup', DOCTOR, {
    action: 'prescribe',
    followupId: f.id,
    type: 'long_term',
    items: [
      { code: 'DRUG-AML', quantity: 1, days: 28 },
      { code: 'DRUG-ATO', quantity: 1, days: 28 },
    ],
    requestId: 'req-page-rx002',
  });
  await system.ok('followup', PHARMACIST, { action: 'review', prescriptionId: prescription.id, decision: 'approve' });
  await pay(system, `rx-${prescription.id}`);
  return prescription.id;
}

it("delivery: the fee follows the WeChat address's region, then the fee order opens", async () => {
  const rxId = await paidMixed();
  const page = await openPage(id, { prescriptionId: rxId });
  expect(textOf(page.querySelector('#deliverable-DRUG-AML')!)).toContain('苯磺酸氨氯地平片');
  expect(textOf(page.querySelector('#rx-notice')!)).toBe('处方药须凭处方在药师指导下购买和使用');
  expect(textOf(page.querySelector('#mode-delivery')!)).toContain('¥8.00');
  tap(page, '#wechat-address');
  await waitFor(() => expect(textOf(page.querySelector('#mode-delivery')!)).toContain('¥12.00'));
  tap(page, '#submit');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/billing/order/index?id=dlfee-${rxId}` }));
  expect(wxMock.requestSubscribeMessage).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: ['demo-delivery-shipped'] }));
  expect(await system.ports.db.get<DeliveryDoc>('deliveries', `dl-${rxId}`)).toMatchObject({
    mode: 'delivery',
    feeFen: 1200,
    address: expect.objectContaining({ province: '湖北省' }),
  });
});

it("back from the fee's payment page: the arranged delivery's status, not the form again", async () => {
  const rxId = await paidMixed();
  const page = await openPage(id, { prescriptionId: rxId });
  tap(page, '#wechat-address');
  await waitFor(() => expect(textOf(page.querySelector('#mode-delivery')!)).toContain('¥12.00'));
  tap(page, '#submit');
  await waitFor(() => expect(wxMock.navigateTo).toHaveBeenCalledWith({ url: `/billing/order/index?id=dlfee-${rxId}` }));
  expect(wxMock.redirectTo).not.toHaveBeenCalled();
  await page.instance.onShow();
  expect(wxMock.redirectTo).toHaveBeenCalledWith({ url: `/online/delivery-status/index?prescriptionId=${rxId}` });
});

it('pickup needs no address; an incomplete typed address is refused before calling', async () => {
  const rxId = await paidMixed();
  const page = await openPage(id, { prescriptionId: rxId });
  page.instance.onField({ detail: '张建国', currentTarget: { dataset: { key: 'name' } } });
  tap(page, '#submit');
  await waitFor(() => expect(textOf(page.querySelector('#problem')!)).toBe('请选择微信地址或填写收货人、电话、省份和详细地址'));
  page.instance.onMode({ detail: 'pickup' });
  tap(page, '#submit');
  await waitFor(() => expect(wxMock.redirectTo).toHaveBeenCalledWith({ url: `/online/delivery-status/index?prescriptionId=${rxId}` }));
  expect(await system.ports.db.get<DeliveryDoc>('deliveries', `dl-${rxId}`)).toMatchObject({ mode: 'pickup', status: 'ready' });
});

it("a prescription not yet paid shows the server's reason", async () => {
  const f = await acceptedFollowup(system);
  const { prescription } = await system.ok<{ prescription: { id: string } }>('followup', DOCTOR, {
    action: 'renew',
    followupId: f.id,
    requestId: 'req-page-rx003',
  });
  const page = await openPage(id, { prescriptionId: prescription.id });
  page.instance.onMode({ detail: 'pickup' });
  tap(page, '#submit');
  await waitFor(() => expect(textOf(page.querySelector('#problem')!)).toContain('处方审核通过并支付后才能配送或取药'));
});

it('without a prescription: the empty state, nothing asked', async () => {
  const page = await openPage(id, {});
  expect(textOf(page)).toContain('没有可配送的药品');
  expect(wxMock.request).not.toHaveBeenCalled();
});
