/**
 * The patient's booking, with the automator API only: the tier-3 hospital → a doctor → a slot two
 * days ahead or later (cancellable at any hour the suite runs) → a family member added on the way →
 * confirm with consent → pay (the emulator's sandbox; in DevTools requestPayment is mocked too) →
 * 我的预约 → cancel → the refund.
 */
import { residentIdCheckChar } from '../../miniprogram/shared/validators';
import {
  answerDialogsYes,
  becomeIdentity,
  currentPage,
  dialogsAsked,
  element,
  elementWithText,
  go,
  restoreDialogs,
  see,
  tap,
  tapTarget,
  type,
  waitPath,
  waitUntil,
} from './support/app';
import { Journey } from './support/journey';
import { describeOnTarget } from './support/suite';

describeOnTarget('patient booking with automator', (target) => {
  test('tier-3 hospital → doctor → slot → new family member → confirm → pay → 我的预约 → cancel → refund', async () => {
    const { mp } = target();
    const j = new Journey(mp, 'patient-booking');
    const first17 = '41010520150315123';
    const idNumber = first17 + residentIdCheckChar(first17);

    await becomeIdentity(mp, 'demo-patient');
    await answerDialogsYes(mp);
    if (target().kind === 'devtools') await mp.mockWxMethod('requestPayment', { errMsg: 'requestPayment:ok' });

    await j.step('home', async () => {
      await go(mp, 'reLaunch', '/pages/home/index');
      await see(mp, '门诊就医流程');
    });

    await j.step('choose the tier-3 hospital', async () => {
      await tap(mp, '.hospital-bar');
      await waitPath(mp, 'pages/hospitals/index');
      await tap(mp, '#hospital-h-zzcentral');
      await waitPath(mp, 'pages/home/index');
      const text = await see(mp, '郑州康宁医院');
      expect(text).toContain('三级甲等');
    });

    await j.step('read a doctor profile', async () => {
      await (await tapTarget(await elementWithText(mp, 'van-grid-item', '医生简介'))).tap();
      await waitPath(mp, 'previsit/doctors/index');
      await tap(mp, '#doctor-doc-zz-001');
      await waitPath(mp, 'previsit/doctor/index');
      expect(await see(mp, '陈立民')).toContain('医生简介');
    });

    await j.step('预约挂号 from the profile', async () => {
      await tap(mp, '#book-doctor');
      await waitPath(mp, 'booking/doctor/index');
      await see(mp, '选择就诊时段');
    });

    const slotId = await j.step('pick the first open slot two days ahead or later', async () => {
      // A visit two days or more ahead stays cancellable (120 minutes before it) at any hour the suite runs.
      const days = await (await element(mp, '#strip')).$$('.day');
      let slot: Awaited<ReturnType<typeof element>> | null = null;
      for (let i = 2; i < days.length && !slot; i++) {
        const date = (await days[i].attribute('id')).replace(/^day-/, '');
        await days[i].tap();
        await waitUntil(`the slots of ${date}`, async () => {
          const page = await currentPage(mp);
          return (await page.data('date')) === date && (await page.data('slotsView.status')) !== 'loading';
        });
        expect(await days[i].attribute('class')).toContain('selected');
        slot = await (await currentPage(mp)).$('.slot.open');
      }
      if (!slot) throw new Error('no open slot two days ahead or later');
      const id = await slot.attribute('id');
      await slot.tap();
      const page = await waitPath(mp, 'booking/confirm/index');
      expect(page.query.slotId).toBe(id);
      await see(mp, '选择就诊人');
      return id;
    });
    expect(slotId).toBeTruthy();

    await j.step('add a family member on the way', async () => {
      await tap(mp, '#add-patient');
      await waitPath(mp, 'booking/patient-edit/index');
      await type(mp, 'name', '王小明');
      await tap(mp, '#relation-child');
      await type(mp, 'id-number', idNumber);
      await type(mp, 'phone', '13800138123');
      const page = await currentPage(mp);
      expect(await page.data('form')).toMatchObject({ name: '王小明', relation: 'child', idNumber, phone: '13800138123' });
    });

    await j.step('save the family member', async () => {
      await tap(mp, '#save');
      await waitPath(mp, 'booking/confirm/index');
      await see(mp, '王小明（子女）');
    });

    const appointmentId = await j.step('confirm for the new family member, with consent', async () => {
      const radio = await elementWithText(mp, 'van-radio', '王小明（子女）');
      const patientId = (await radio.attribute('id')).replace(/^patient-/, '');
      await (await tapTarget(radio)).tap();
      await waitUntil('王小明 chosen', async () => (await (await currentPage(mp)).data('patientId')) === patientId);
      const confirm = await element(mp, '#confirm');
      await dialogsAsked(mp);
      await tapTarget(confirm).then((t) => t.tap());
      const page = await waitPath(mp, 'booking/result/index');
      await see(mp, '王小明');
      expect((await dialogsAsked(mp)).join('\n')).toContain('requestSubscribeMessage');
      return page.query.id;
    });
    expect(appointmentId).toBeTruthy();

    await j.step('pay the registration fee in the sandbox', async () => {
      await tap(mp, '#pay');
      await waitPath(mp, 'billing/order/index');
      await dialogsAsked(mp);
      await tap(mp, '#pay');
      await waitPath(mp, 'billing/result/index');
      await see(mp, /支付成功|已支付/);
      // The pay tap asked for the payment and refund notices first.
      expect((await dialogsAsked(mp)).join('\n')).toContain('requestSubscribeMessage');
    });

    await j.step('see it in 我的预约', async () => {
      await tap(mp, '#go-home');
      await waitPath(mp, 'pages/home/index');
      await go(mp, 'switchTab', '/pages/services/index');
      await tap(mp, '#fn-appointments');
      await waitPath(mp, 'booking/appointments/index');
      const card = await element(mp, `#appointment-${appointmentId}`);
      const shown = (await card.text()).replace(/\s+/g, ' ');
      expect(shown).toContain('陈立民');
      expect(shown).toContain('王小明');
      expect(shown).toContain('已预约');
    });

    await j.step('open the appointment', async () => {
      await tap(mp, `#appointment-${appointmentId}`);
      const page = await waitPath(mp, 'booking/appointment/index');
      expect(page.query.id).toBe(appointmentId);
      await see(mp, '取消预约');
    });

    await j.step('cancel it and see the refund', async () => {
      await tap(mp, '#cancel');
      const text = await see(mp, '已取消');
      expect(text).toContain('患者取消');
      expect(await see(mp, /已退款|退款处理中/)).toContain('退款');
    });

    await restoreDialogs(mp);
    if (target().kind === 'devtools') await mp.restoreWxMethod('requestPayment');
  }, 180_000);
});
