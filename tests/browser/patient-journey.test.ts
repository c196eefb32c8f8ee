/**
 * The patient's journey in Chromium, through the app's own pages on a fresh emulator:
 * choose the tier-3 hospital → read a doctor's profile → 预约挂号 → pick a slot → add a family
 * member on the way → confirm → [pay the registration fee in the sandbox] → see the appointment in
 * 我的预约 → cancel it → see it cancelled [and the refund].
 * The bracketed steps run when the emulator has the payment sandbox (support/payment.ts).
 */
import { residentIdCheckChar } from '../../miniprogram/shared/validators';
import { answerModal, answerSubscribe, back, largestPageSetData, largestSetData, previewErrors, route, screen, see, tabBar, tap, tapText, text, type, waitRoute } from './support/app';
import { chromiumMissing, type Emulator, ensurePreviewBuilt, openPreview, type Session, startEmulatorAndBrowser } from './support/harness';
import { Journey } from './support/journey';
import { expectRefundShown, payRegistrationFee, type PaymentStep } from './support/payment';
import { recordFigure } from './support/figures';

const JOURNEY = 'patient';
const missingBrowser = chromiumMissing();
const suite = missingBrowser ? describe.skip : describe;

suite(`patient journey in Chromium${missingBrowser ? ` (skipped: ${missingBrowser})` : ''}`, () => {
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

  test('tier-3 hospital → doctor → book for a new family member → 我的预约 → cancel', async () => {
    const page = session.page;
    const j = new Journey(page, JOURNEY);
    const first17 = '41010520150315123';
    const idNumber = first17 + residentIdCheckChar(first17);

    await j.step('home', async () => {
      await openPreview(page, emu.baseUrl, '/pages/home/index', 'demo-patient');
      await see(page, '门诊就医流程');
    });

    await j.step('choose the county hospital first', async () => {
      await tapText(page, /切换医院/);
      await waitRoute(page, 'pages/hospitals/index');
      await tap(page, '[id="hospital-h-xinyang-county"]');
      await waitRoute(page, 'pages/home/index');
      await see(page, '光山县康宁医院');
      expect(await text(page)).toContain('二级甲等');
    });

    await j.step('choose the tier-3 hospital', async () => {
      await tapText(page, /切换医院/);
      await waitRoute(page, 'pages/hospitals/index');
      await tap(page, screen(page).locator('[id^="hospital-"]').filter({ hasText: '三级甲等' }).first());
      await waitRoute(page, 'pages/home/index');
      await see(page, '郑州康宁医院');
      expect(await text(page)).toContain('三级甲等');
    });

    await j.step('read a doctor profile', async () => {
      await tapText(page, '医生简介');
      await waitRoute(page, 'previsit/doctors/index');
      await tap(page, '[id="doctor-doc-zz-001"]');
      await waitRoute(page, 'previsit/doctor/index?id=doc-zz-001');
      await see(page, '陈立民');
      expect(await text(page)).toContain('医生简介');
    });

    await j.step('预约挂号 from the profile', async () => {
      await tap(page, '#book-doctor');
      await waitRoute(page, 'booking/doctor/index?id=doc-zz-001');
      await see(page, '选择就诊时段');
    });

    const slotId = await j.step('pick the first open slot two days ahead or later', async () => {
      // A visit two days or more ahead stays cancellable (120 minutes before it) at any hour the test runs.
      const days = screen(page).locator('[id^="day-"]');
      const open = screen(page).locator('[id^="slot-"][aria-disabled="false"]');
      for (let i = 2; i < (await days.count()); i++) {
        await tap(page, days.nth(i));
        if ((await open.count()) > 0) break;
      }
      const slot = open.first();
      const id = await slot.getAttribute('id');
      await tap(page, slot);
      await waitRoute(page, 'booking/confirm/index');
      expect(await route(page)).toContain(`slotId=${id}`);
      await see(page, '选择就诊人');
      return id as string;
    });

    await j.step('add a family member on the way', async () => {
      await tap(page, '#add-patient');
      await waitRoute(page, 'booking/patient-edit/index');
      await type(page, 'name', '王小明');
      await tap(page, '#relation-child');
      await type(page, 'id-number', idNumber);
      await type(page, 'phone', '13800138123');
    });

    await j.step('save the family member', async () => {
      await tap(page, '#save');
      await waitRoute(page, 'booking/confirm/index');
      await see(page, '王小明（子女）');
    });

    const resultRoute = await j.step('confirm for the new family member', async () => {
      await tapText(page, '王小明（子女）');
      await tap(page, '#confirm');
      // Confirming asks for subscribe-message consent (a tap is the moment WeChat allows it); the page leaves once it is answered.
      await page.locator('.pz-subscribe').waitFor({ state: 'visible', timeout: 10_000 });
      await answerSubscribe(page, true);
      await waitRoute(page, 'booking/result/index');
      await see(page, '王小明');
      return route(page);
    });
    const appointmentId = /id=([^&]+)/.exec(resultRoute)?.[1] as string;
    expect(appointmentId).toBeTruthy();
    void slotId;

    const payment: PaymentStep = await j.step('pay the registration fee in the sandbox', () => payRegistrationFee(page, emu.baseUrl));

    await j.step('see it in 我的预约', async () => {
      // As a patient finds it again: 返回首页 → the 服务 tab → 我的预约.
      await tap(page, '#go-home');
      await waitRoute(page, 'pages/home/index');
      await tabBar(page, '服务');
      await waitRoute(page, 'pages/services/index');
      await tapText(page, '我的预约');
      await waitRoute(page, 'booking/appointments/index');
      const card = screen(page).locator(`[id="appointment-${appointmentId}"]`);
      await card.waitFor();
      const shown = (await card.innerText()).replace(/\s+/g, ' ');
      expect(shown).toContain('陈立民');
      expect(shown).toContain('王小明');
      expect(shown).toContain(payment === 'paid' ? '已预约' : '待支付');
    });

    await j.step('open the appointment', async () => {
      await tap(page, `[id="appointment-${appointmentId}"]`);
      await waitRoute(page, `booking/appointment/index?id=${appointmentId}`);
      await see(page, '取消预约');
    });

    await j.step('cancel it', async () => {
      await tap(page, '#cancel');
      const asked = await answerModal(page, 'confirm');
      expect(asked).toContain('陈立民');
      await see(page, '已取消');
    });

    await j.step('see it cancelled', async () => {
      const shown = await text(page);
      expect(shown).toContain('已取消');
      expect(shown).toContain('患者取消');
      if (payment === 'paid') expect(['已退款', '退款处理中']).toContain(await expectRefundShown(page));
      await back(page);
      await waitRoute(page, 'booking/appointments/index');
      // Cancelled appointments move to 历史.
      await tapText(page, '历史');
      await see(page, '王小明');
    });

    expect(session.consoleErrors).toEqual([]);
    expect(await previewErrors(page)).toEqual([]);
    const largest = await largestSetData(page);
    recordFigure(`${JOURNEY} journey: largest setData of a page`, await largestPageSetData(page));
    recordFigure(`${JOURNEY} journey: largest setData of any component`, largest);
    expect(largest && largest.bytes).toBeLessThan(64 * 1024);
  }, 180_000);
});
