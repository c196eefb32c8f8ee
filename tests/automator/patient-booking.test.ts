/**
 * The patient's booking, with the automator API only: the tier-3 hospital → 智能导诊 by text → the
 * result → 挂这个科 → 陈立民 on a day two days ahead or later (cancellable at any hour the suite runs)
 * → a slot → a family member added on the way → confirm with consent → pay (the emulator's sandbox;
 * in DevTools requestPayment is mocked too) → 我的预约 → cancel → the refund.
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
  onADayAhead,
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

const COMPLAINT = '胸闷心慌两天，活动后加重，有高血压';

describeOnTarget('patient booking with automator', (target) => {
  test('tier-3 hospital → triage → 挂这个科 → slot → new family member → confirm → pay → 我的预约 → cancel → refund', async () => {
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

    await j.step('智能导诊 from home', async () => {
      await (await tapTarget(await elementWithText(mp, 'van-grid-item', '智能导诊'))).tap();
      await waitPath(mp, 'previsit/triage/index');
      await element(mp, '#analyze');
    });

    await j.step('describe the complaint', async () => {
      await type(mp, 'text', COMPLAINT);
      expect(await (await currentPage(mp)).data('text')).toBe(COMPLAINT);
    });

    await j.step('开始分析 → 心血管内科 first', async () => {
      await tap(mp, '#analyze');
      await waitPath(mp, 'previsit/triage-result/index');
      expect((await (await element(mp, '#dept-0')).text()).replace(/\s+/g, ' ')).toContain('心血管内科');
    });

    await j.step('挂这个科 → the department’s days', async () => {
      await tap(mp, '#book-0');
      const page = await waitPath(mp, 'booking/department/index');
      expect(page.query.id).toBe('d-zz-cardio');
      await see(mp, '当天出诊医生');
    });

    const day = await j.step('陈立民 on a day two days ahead or later', async () => {
      // A visit two days or more ahead stays cancellable (120 minutes before it) at any hour the suite runs.
      const found = await onADayAhead(mp, 'doctorsView', async () => {
        for (const s of await (await currentPage(mp)).$$('.session.open')) if ((await s.attribute('id')).startsWith('session-doc-zz-001-')) return s;
        return null;
      });
      await found.node.tap();
      const page = await waitPath(mp, 'booking/doctor/index');
      expect(page.query).toMatchObject({ id: 'doc-zz-001', date: found.date });
      await see(mp, '陈立民');
      return found.date;
    });

    const slotId = await j.step('choose a slot of that day', async () => {
      const page = await currentPage(mp);
      await waitUntil('the slots', async () => (await page.data('slotsView.status')) === 'ready');
      expect(await page.data('date')).toBe(day);
      const slot = await element(mp, '.slot.open');
      const id = await slot.attribute('id');
      await slot.tap();
      const confirm = await waitPath(mp, 'booking/confirm/index');
      expect(confirm.query).toMatchObject({ slotId: id, date: day });
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
