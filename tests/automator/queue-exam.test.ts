/**
 * The exam-room journey with the automator API only, on the emulator's moved clock: the demo
 * patient's CT order is booked (through the emulator's API, paid when it has a fee), the clock 20
 * minutes before the exam; the patient checks in on the queue page by scanning the 放射科 code, the
 * demo exam-room nurse (王蕾, assigned to 放射科 by the seed) calls in the CT 叫号台, the patient is
 * told 请到…CT室检查 and the care path lists the CT; the nurse starts and finishes the exam, and the
 * patient's page and care path move on to 本次检查已完成 and 今天已完成 CT.
 */
import { call, moveClock, payAppointmentViaApi } from '../browser/support/emulator-api';
import { answerDialogsYes, becomeIdentity, dialogsAsked, element, go, restoreDialogs, see, tabTitled, tap, waitUntil } from './support/app';
import { Journey } from './support/journey';
import { describeOnTarget } from './support/suite';
import type { Target } from './support/target';

const PATIENT = 'demo-patient';
const EXAM_NURSE = 'demo-nurse-exam-zz';
const CT = 'res-zz-ct';
const CT_ORDER = 'exo-demo-ct';

/** The demo patient's CT order booked on the first open CT place; answers the appointment and its start. */
async function bookCt(baseUrl: string): Promise<{ id: string; start: number }> {
  const { schedules } = await call<{ schedules: Array<{ ownerId: string; days: Array<{ date: string }> }> }>(baseUrl, 'booking', PATIENT, {
    action: 'examSchedule',
    examOrderId: CT_ORDER,
  });
  const room = schedules.find((s) => s.ownerId === CT);
  if (!room) throw new Error('the CT order offers no CT room');
  for (const day of room.days) {
    const { slots } = await call<{ slots: Array<{ id: string; start: number; status: string; remaining: number }> }>(baseUrl, 'booking', PATIENT, {
      action: 'listResourceSlots',
      resourceId: CT,
      date: day.date,
    });
    const open = slots.find((s) => s.status === 'open' && s.remaining > 0);
    if (!open) continue;
    const booked = await call<{ id: string; status: string }>(baseUrl, 'booking', PATIENT, {
      action: 'bookExam',
      examOrderId: CT_ORDER,
      slotId: open.id,
      requestId: `req-exam-journey-${Date.now()}`,
    });
    if (booked.status === 'pending_payment') await payAppointmentViaApi(baseUrl, PATIENT, booked.id);
    return { id: booked.id, start: open.start };
  }
  throw new Error('no open CT place');
}

async function examJourney({ mp, baseUrl }: Target): Promise<void> {
  const j = new Journey(mp, 'queue-exam');
  const booked = await bookCt(baseUrl);
  await moveClock(baseUrl, booked.start - 20 * 60_000);
  const { code } = await call<{ code: string }>(baseUrl, 'queue', EXAM_NURSE, { action: 'areaCode', departmentId: 'd-zz-radio' });
  await answerDialogsYes(mp);
  await mp.mockWxMethod('scanCode', { result: code, scanType: 'QR_CODE', charSet: 'utf-8', errMsg: 'scanCode:ok' });

  await j.step('the patient checks in at the CT room by its code', async () => {
    await becomeIdentity(mp, PATIENT);
    await go(mp, 'reLaunch', `/queue/status/index?id=${booked.id}`);
    await see(mp, '还未签到');
    await tap(mp, '#scan');
    const text = await see(mp, '候诊中');
    expect(text).toContain('请在医技楼1楼CT室附近候诊');
  });

  await j.step('the exam-room nurse calls in the CT 叫号台', async () => {
    await becomeIdentity(mp, EXAM_NURSE);
    await go(mp, 'reLaunch', '/staff/queue/index');
    const tab = await tabTitled(mp, /CT检查 (上午|下午|夜诊) · 已签到 1\//);
    await tab.tap();
    await waitUntil('the CT session chosen', async () => (await tab.attribute('class')).includes('van-tab--active'));
    await tap(mp, '#call-next');
    await see(mp, '已叫号：');
  });

  await j.step('the patient is told to go for the exam, and the care path has the CT', async () => {
    await becomeIdentity(mp, PATIENT);
    await go(mp, 'reLaunch', `/queue/status/index?id=${booked.id}`);
    await see(mp, /请到.*CT室检查/);
    await go(mp, 'reLaunch', `/navigation/care-path/index?appointmentId=${booked.id}`);
    const text = await see(mp, 'CT检查');
    expect(text).not.toContain('今天已完成');
  });

  await j.step('the nurse starts and finishes the exam', async () => {
    await becomeIdentity(mp, EXAM_NURSE);
    await go(mp, 'reLaunch', '/staff/queue/index');
    const tab = await tabTitled(mp, /CT检查 (上午|下午|夜诊) · 已签到 1\//);
    await tab.tap();
    await waitUntil('the CT session chosen', async () => (await tab.attribute('class')).includes('van-tab--active'));
    await tap(mp, `#start-${booked.id}`);
    await element(mp, `#finish-${booked.id}`);
    await dialogsAsked(mp);
    await tap(mp, `#finish-${booked.id}`);
    await see(mp, '已完成');
    expect((await dialogsAsked(mp)).join('\n')).toContain('检查完成');
  });

  await j.step('the patient sees the exam done and the care path moved on', async () => {
    await becomeIdentity(mp, PATIENT);
    await go(mp, 'reLaunch', `/queue/status/index?id=${booked.id}`);
    await see(mp, '本次检查已完成');
    await go(mp, 'reLaunch', `/navigation/care-path/index?appointmentId=${booked.id}`);
    const text = await see(mp, '今天已完成');
    expect(text).toMatch(/CT检查 · /);
  });

  await mp.restoreWxMethod('scanCode');
  await restoreDialogs(mp);
}

describeOnTarget('exam-room queue with automator', (target) => {
  test('CT booked → (clock) → check in at the room → the exam nurse calls → 检查 wording → finishExam → the care path moves on', async () => {
    try {
      await examJourney(target());
    } finally {
      await moveClock(target().baseUrl, null);
    }
  }, 120_000);
});
