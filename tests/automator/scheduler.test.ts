/**
 * The scheduler's journey with the automator API only: as demo-scheduler-zz (chosen in 我的 →
 * 演示身份), add a weekly session for a doctor and publish it; a patient books and pays a slot of
 * it (set up through the emulator's API); the scheduler stops that clinic; the patient then sees
 * the appointment cancelled with the reason and the refund.
 */
import { call, payAppointmentViaApi, shanghaiDay } from '../browser/support/emulator-api';
import {
  answerDialogsYes,
  becomeIdentity,
  tabTitled,
  currentPage,
  element,
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

const DOCTOR = { id: 'doc-zz-004', name: '娄思远' };
const SESSIONS = ['pm', 'evening', 'am'] as const;

describeOnTarget('scheduler with automator', (target) => {
  test('publish a schedule → stop the clinic → the patient sees the cancellation and refund', async () => {
    const { mp, baseUrl } = target();
    const j = new Journey(mp, 'scheduler');
    // Two days ahead: inside the booking window, and the session has not started.
    const day = shanghaiDay(2);
    const reason = '专家外出会诊';
    await becomeIdentity(mp, 'demo-patient');
    await answerDialogsYes(mp);

    await j.step('become the scheduler in 我的 → 演示身份', async () => {
      await go(mp, 'reLaunch', '/pages/me/index');
      await tap(mp, '#identity-demo-scheduler-zz');
      await waitUntil('the scheduler identity', async () => (await mp.callWxMethod('getStorageSync', 'peizhen.demoOpenid')) === 'demo-scheduler-zz');
      await tap(mp, '#staff-entry');
      await waitPath(mp, 'staff/index/index');
      await see(mp, '排班模板');
    });

    await j.step('排班模板 of the doctor', async () => {
      await go(mp, 'navigateTo', `/staff/schedule/index?ownerId=${DOCTOR.id}`);
      await see(mp, `${DOCTOR.name}的每周排班`);
    });

    const chosen = await j.step('add a session two days ahead', async () => {
      for (const s of SESSIONS) {
        const add = await (await currentPage(mp)).$(`#add-${day.weekday}-${s}`);
        if (!add) continue;
        expect(await add.attribute('data-session')).toBe(s);
        await (await tapTarget(add)).tap();
        await waitPath(mp, 'staff/template-edit/index');
        return s;
      }
      throw new Error(`${DOCTOR.name} already works every session on weekday ${day.weekday}`);
    });

    await j.step('fill the weekly template', async () => {
      await see(mp, `${DOCTOR.name} · `);
      await type(mp, 'capacity', '2');
      await type(mp, 'onsite-reserve', '0');
      await type(mp, 'fee', '15');
      await tap(mp, '#save');
      await waitPath(mp, 'staff/schedule/index');
      await see(mp, `${DOCTOR.name}的每周排班`);
    });

    const published = await j.step('发布号源', async () => {
      await tap(mp, '#publish');
      return (await (await element(mp, '#publish-result')).text()).replace(/\s+/g, ' ');
    });
    expect(published).toMatch(/新增\s*\d+|\d+\s*个/);

    // A patient books and pays the first slot of the new session (through the API).
    const { slots } = await call<{ slots: Array<{ id: string; status: string; remaining: number; start: number }> }>(baseUrl, 'booking', 'demo-patient', {
      action: 'listSlots',
      doctorId: DOCTOR.id,
      date: day.date,
    });
    const hour = (ms: number) => new Date(ms + 8 * 3600_000).getUTCHours();
    const inSession = slots.filter((s) =>
      chosen === 'am' ? hour(s.start) < 12 : chosen === 'pm' ? hour(s.start) >= 12 && hour(s.start) < 18 : hour(s.start) >= 18,
    );
    const open = inSession.find((s) => s.status === 'open' && s.remaining > 0);
    expect(open).toBeDefined();
    const { patients } = await call<{ patients: Array<{ id: string }> }>(baseUrl, 'patients', 'demo-patient', { action: 'list' });
    const booked = await call<{ id: string }>(baseUrl, 'booking', 'demo-patient', {
      action: 'book',
      slotId: open?.id,
      patientId: patients[0].id,
      requestId: `automator-${Date.now()}`,
    });
    await payAppointmentViaApi(baseUrl, 'demo-patient', booked.id);

    await j.step('出诊管理: the day and the session', async () => {
      await go(mp, 'redirectTo', `/staff/clinic/index?doctorId=${DOCTOR.id}`);
      await see(mp, `${DOCTOR.name} · `);
      const tab = await tabTitled(mp, day.date.slice(5));
      await tab.tap();
      await see(mp, `${DOCTOR.name} · ${day.date}`);
      await tap(mp, `#session-${chosen}`);
      await see(mp, '停诊原因');
    });

    const summary = await j.step('停诊', async () => {
      await type(mp, 'stop-reason', reason);
      await tap(mp, '#stop');
      return (await (await element(mp, '#stop-summary')).text()).replace(/\s+/g, ' ');
    });
    expect(summary).toMatch(/1\s*(个|位|人)/);

    await j.step('switch to the patient in 我的 → 演示身份', async () => {
      await go(mp, 'switchTab', '/pages/me/index');
      await tap(mp, '#identity-demo-patient');
      await waitUntil('the patient identity', async () => (await mp.callWxMethod('getStorageSync', 'peizhen.demoOpenid')) === 'demo-patient');
    });

    await j.step('the patient sees the cancellation in 我的预约 → 历史', async () => {
      await go(mp, 'switchTab', '/pages/services/index');
      await tap(mp, '#fn-appointments');
      await waitPath(mp, 'booking/appointments/index');
      await (await tabTitled(mp, '历史')).tap();
      await tap(mp, `#appointment-${booked.id}`);
      const page = await waitPath(mp, 'booking/appointment/index');
      expect(page.query.id).toBe(booked.id);
      const shown = await see(mp, '已取消');
      expect(shown).toContain(reason);
      expect(shown).toMatch(/退款\s*(已退款|退款处理中)/);
    });
    await restoreDialogs(mp);
  }, 180_000);
});
