/**
 * The queue journey with the automator API only, on the emulator's moved clock: a patient's paid
 * booking (set up through the emulator's API), the clock 20 minutes before the visit; the patient
 * checks in on the queue page by scanning the clinic's code (`wx.scanCode` mocked with the code's
 * text, as in DevTools), the nurse sets the room and calls the patient in the 叫号台, the patient
 * sees 请到3诊室就诊, and the doctor receives the patient and completes the visit in the 医生工作台.
 */
import { bookFirstOpen, call, moveClock, payAppointmentViaApi } from '../browser/support/emulator-api';
import { answerDialogsYes, becomeIdentity, dialogsAsked, element, go, restoreDialogs, see, tap, tabTitled, type, waitUntil } from './support/app';
import { Journey } from './support/journey';
import { describeOnTarget } from './support/suite';
import type { Target } from './support/target';

/** The tab of 陈立民's session on the visit's day once the patient has checked in (叫号台 and 医生工作台 alike). */
const CHECKED_IN_TAB = /陈立民 (上午|下午|夜诊) · 已签到 1\//;

async function queueJourney({ mp, baseUrl }: Target): Promise<void> {
  const j = new Journey(mp, 'queue');

  const booked = await (async () => {
    const b = await bookFirstOpen(baseUrl, 'doc-zz-001', 'demo-patient');
    await payAppointmentViaApi(baseUrl, 'demo-patient', b.appointmentId);
    const { appointment } = await call<{ appointment: { start: number } }>(baseUrl, 'booking', 'demo-patient', {
      action: 'get',
      appointmentId: b.appointmentId,
    });
    await moveClock(baseUrl, appointment.start - 20 * 60_000);
    const { code } = await call<{ code: string }>(baseUrl, 'queue', 'demo-nurse-zz', { action: 'areaCode', departmentId: 'd-zz-cardio' });
    return { id: b.appointmentId, code };
  })();
  await answerDialogsYes(mp);
  await mp.mockWxMethod('scanCode', { result: booked.code, scanType: 'QR_CODE', charSet: 'utf-8', errMsg: 'scanCode:ok' });

  await j.step('the patient opens the queue page', async () => {
    await becomeIdentity(mp, 'demo-patient');
    await go(mp, 'reLaunch', `/queue/status/index?id=${booked.id}`);
    await see(mp, '还未签到');
  });

  await j.step('scan the clinic code and accept the queue messages', async () => {
    await dialogsAsked(mp);
    await tap(mp, '#scan');
    const text = await see(mp, '候诊中');
    expect(text).toContain('前面还有');
    expect((await dialogsAsked(mp)).join('\n')).toMatch(/requestSubscribeMessage .*demo-turn-near/);
  });

  await j.step('the nurse opens the 叫号台 on the session', async () => {
    await becomeIdentity(mp, 'demo-nurse-zz');
    await go(mp, 'reLaunch', '/staff/queue/index');
    await see(mp, '陈立民');
    const tab = await tabTitled(mp, CHECKED_IN_TAB);
    await tab.tap();
    await waitUntil('the session chosen', async () => (await tab.attribute('class')).includes('van-tab--active'));
    await see(mp, '号段');
  });

  await j.step('set the room', async () => {
    await type(mp, 'room', '3诊室');
    await tap(mp, '#save-room');
    await see(mp, '· 3诊室');
  });

  await j.step('call the next patient', async () => {
    await tap(mp, '#call-next');
    const text = await see(mp, '已叫号：');
    expect(text).toContain('陈立民');
  });

  await j.step('the patient sees the call', async () => {
    await becomeIdentity(mp, 'demo-patient');
    await go(mp, 'reLaunch', `/queue/status/index?id=${booked.id}`);
    await see(mp, '请到3诊室就诊');
  });

  await j.step('the doctor receives the patient', async () => {
    await becomeIdentity(mp, 'demo-doctor-zz');
    await go(mp, 'reLaunch', '/staff/doctor/index');
    const tab = await tabTitled(mp, CHECKED_IN_TAB);
    await tab.tap();
    await waitUntil('the session chosen', async () => (await tab.attribute('class')).includes('van-tab--active'));
    await tap(mp, `#start-${booked.id}`);
    await element(mp, '#diagnosis');
    await see(mp, '完成就诊');
  });

  await j.step('the doctor completes the visit', async () => {
    await type(mp, 'diagnosis', '原发性高血压');
    await dialogsAsked(mp);
    await tap(mp, `#complete-${booked.id}`);
    await see(mp, '的就诊已完成');
    expect((await dialogsAsked(mp)).join('\n')).toContain('完成就诊');
  });

  await j.step('the patient sees the visit done', async () => {
    await becomeIdentity(mp, 'demo-patient');
    await go(mp, 'reLaunch', `/queue/status/index?id=${booked.id}`);
    await see(mp, '本次就诊已完成');
  });

  await mp.restoreWxMethod('scanCode');
  await restoreDialogs(mp);
}

describeOnTarget('queue with automator', (target) => {
  test('book → (clock) → check in → the nurse calls → the patient sees 请到3诊室 → the doctor completes', async () => {
    try {
      await queueJourney(target());
    } finally {
      // With DevTools the emulator is shared (npm start): its clock goes back to real time.
      await moveClock(target().baseUrl, null);
    }
  }, 240_000);
});
