/**
 * The online follow-up with delivery in Chromium, through the app's own pages on a fresh emulator:
 * 服务 → 在线复诊 → request for 张建国 in 心血管内科 (eligible: seen there 20 days ago) → pay the fee
 * in the sandbox → [the doctor accepts and renews, the pharmacist approves: through the API, as
 * staff do on their own phones] → pay the drugs → 快递到家 with a typed address → pay the fee →
 * [the pharmacy packs and ships] → the timeline with the tracking number → confirm receipt.
 * Runs when the emulator has the payment sandbox.
 */
import { answerModal, answerSubscribe, see, tap, tapText, tabBar, text, type, waitRoute } from './support/app';
import { call, paymentSandboxAvailable } from './support/emulator-api';
import { chromiumMissing, type Emulator, ensurePreviewBuilt, openPreview, type Session, startEmulatorAndBrowser } from './support/harness';
import { Journey } from './support/journey';
import { payOnOrderPage } from './support/payment';

const missingBrowser = chromiumMissing();
const suite = missingBrowser ? describe.skip : describe;

suite(`online follow-up journey in Chromium${missingBrowser ? ` (skipped: ${missingBrowser})` : ''}`, () => {
  let emu: Emulator;
  let session: Session;

  beforeAll(async () => {
    await ensurePreviewBuilt();
    ({ emu, session } = await startEmulatorAndBrowser());
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await emu?.stop();
  });

  test('服务 → 在线复诊 → pay → renewed and approved → pay drugs → delivery → shipped → received', async () => {
    if (!(await paymentSandboxAvailable(emu.baseUrl))) return;
    const page = session.page;
    const j = new Journey(page, 'followup');

    await j.step('在线复诊 from 服务', async () => {
      await openPreview(page, emu.baseUrl, '/pages/home/index', 'demo-patient');
      await tabBar(page, '服务');
      await waitRoute(page, 'pages/services/index');
      await tapText(page, '在线复诊');
      await waitRoute(page, 'online/followup-list/index');
      await tap(page, '#start');
      await waitRoute(page, 'online/followup-start/index');
    });

    await j.step('eligible in 心血管内科, with the qualifying visit', async () => {
      await tap(page, '[id="dept-d-zz-cardio"]');
      await see(page, '可以在线复诊');
      expect(await text(page)).toContain('原发性高血压；血脂异常');
    });

    const followupId = await j.step('describe the changes and submit', async () => {
      await type(page, 'changes', '血压在130/85左右，药快吃完了');
      await tap(page, '#submit');
      await answerModal(page, 'confirm', /复诊费/);
      await waitRoute(page, 'online/followup-detail/index');
      await see(page, '待支付');
      const { followups } = await call<{ followups: Array<{ id: string }> }>(emu.baseUrl, 'followup', 'demo-patient', { action: 'mine' });
      return followups[0].id;
    });

    await j.step('pay the fee in the sandbox', async () => {
      await tap(page, '#pay');
      await waitRoute(page, 'billing/order');
      await payOnOrderPage(page);
    });

    const rxId = await j.step('the doctor renews, the pharmacist approves; the patient sees it', async () => {
      await call(emu.baseUrl, 'followup', 'demo-doctor-zz', { action: 'accept', followupId });
      const { prescription } = await call<{ prescription: { id: string } }>(emu.baseUrl, 'followup', 'demo-doctor-zz', { action: 'renew', followupId, requestId: 'req-journey-rx1' });
      await call(emu.baseUrl, 'followup', 'demo-pharmacist-zz', { action: 'review', prescriptionId: prescription.id, decision: 'approve' });
      await openPreview(page, emu.baseUrl, `/online/followup-detail/index?id=${followupId}`, 'demo-patient');
      await see(page, '审核通过，待支付');
      expect(await text(page)).toContain('处方药须凭处方在药师指导下购买和使用');
      return prescription.id;
    });

    await j.step('pay the drugs', async () => {
      await tap(page, `[id="pay-${rxId}"]`);
      await waitRoute(page, 'billing/order');
      await payOnOrderPage(page);
    });

    await j.step('快递到家 with a typed address', async () => {
      await openPreview(page, emu.baseUrl, `/online/followup-detail/index?id=${followupId}`, 'demo-patient');
      await tap(page, `[id="deliver-${rxId}"]`);
      await waitRoute(page, 'online/delivery-choose/index');
      await see(page, '可快递的药品');
      await type(page, 'addr-name', '张建国');
      await type(page, 'addr-phone', '13800000000');
      await type(page, 'addr-province', '河南省');
      await type(page, 'addr-city', '郑州市');
      await type(page, 'addr-district', '金水区');
      await type(page, 'addr-detail', '花园路100号');
      await tap(page, '#submit');
      // The tap asks for the shipped message's consent first (api/messages.ts), then confirms.
      await page.locator('.pz-subscribe').waitFor({ state: 'visible', timeout: 10_000 });
      await answerSubscribe(page, true);
      await answerModal(page, 'confirm', /快递费/);
      await waitRoute(page, 'billing/order');
      await payOnOrderPage(page);
    });

    await j.step('shipped: the timeline with the tracking number; receipt confirmed', async () => {
      await call(emu.baseUrl, 'delivery', 'demo-pharmacist-zz', { action: 'pack', prescriptionId: rxId });
      await call(emu.baseUrl, 'delivery', 'demo-pharmacist-zz', { action: 'ship', prescriptionId: rxId, carrier: '顺丰速运', trackingNo: 'SF1234567890' });
      await openPreview(page, emu.baseUrl, `/online/delivery-status/index?prescriptionId=${rxId}`, 'demo-patient');
      await see(page, 'SF1234567890');
      await tap(page, '#receive');
      await answerModal(page, 'confirm', /确认收货/);
      await see(page, '已签收');
    });
  });
});
