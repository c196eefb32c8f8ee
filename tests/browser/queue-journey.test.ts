/**
 * The queue journey in Chromium, on the emulator's moved clock: a patient books and pays (through
 * the API), the clock moves to 20 minutes before the visit, the patient checks in on the queue page
 * by "scanning" the clinic's code (the preview's scan dialog takes the code's text), the nurse sets
 * the room and calls the patient in the 叫号台, the patient sees 请到3诊室就诊, and the doctor
 * receives the patient and completes the visit in the 医生工作台.
 */
import { answerModal, answerSubscribe, previewErrors, screen, see, tap, type } from './support/app';
import { bookFirstOpen, call, payAppointmentViaApi } from './support/emulator-api';
import { chromiumMissing, type Emulator, ensurePreviewBuilt, openPreview, type Session, startEmulatorAndBrowser, waitIdle } from './support/harness';
import { Journey } from './support/journey';

const JOURNEY = 'queue';
const missingBrowser = chromiumMissing();
const suite = missingBrowser ? describe.skip : describe;

async function moveClock(baseUrl: string, at: number): Promise<void> {
  const iso = new Date(at + 8 * 3600_000).toISOString().replace('Z', '+08:00');
  const res = await fetch(`${baseUrl}/dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ at: iso }) });
  if (!res.ok) throw new Error(`/dev/clock answered ${res.status}`);
}

suite(`queue journey in Chromium${missingBrowser ? ` (skipped: ${missingBrowser})` : ''}`, () => {
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

  test('book → (clock) → check in → the nurse calls → the patient sees 请到3诊室 → the doctor completes', async () => {
    const page = session.page;
    const j = new Journey(page, JOURNEY);
    const base = emu.baseUrl;
    // Set up through the API: a paid booking of 陈立民, the clock 20 minutes before it, the area's code.

    const booked = await (async () => {
      const b = await bookFirstOpen(base, 'doc-zz-001', 'demo-patient');
      await payAppointmentViaApi(base, 'demo-patient', b.appointmentId);
      const { appointment } = await call<{ appointment: { start: number; session: string } }>(base, 'booking', 'demo-patient', { action: 'get', appointmentId: b.appointmentId });
      await moveClock(base, appointment.start - 20 * 60_000);
      const { code } = await call<{ code: string }>(base, 'queue', 'demo-nurse-zz', { action: 'areaCode', departmentId: 'd-zz-cardio' });
      return { ...b, code, session: appointment.session };
    })();

    await j.step('the patient opens the queue page', async () => {
      await openPreview(page, base, `/queue/status/index?id=${booked.appointmentId}`, 'demo-patient');
      await see(page, '还未签到');
    });

    await j.step('scan the clinic code and accept the queue messages', async () => {
      await screen(page).locator('[id="scan"]').click();
      await page.locator('.pz-subscribe').waitFor({ state: 'visible', timeout: 10_000 });
      expect(await answerSubscribe(page, true)).toContain('demo-turn-near');
      await page.locator('.pz-modal textarea').waitFor({ state: 'visible', timeout: 10_000 });
      await page.locator('.pz-modal textarea').fill(booked.code);
      await answerModal(page, 'confirm', '扫码');
      await see(page, '候诊中');
      await see(page, '前面还有');
    });

    await j.step('the nurse sets the room and calls the patient', async () => {
      await openPreview(page, base, '/staff/queue/index', 'demo-nurse-zz');
      await see(page, '陈立民');
      const tab = screen(page).getByText(/陈立民 (上午|下午|夜诊) · 已签到 1\//).first();
      await tab.click();
      await waitIdle(page);
      await type(page, 'room', '3诊室');
      await tap(page, '#save-room');
      await see(page, '· 3诊室');
      await tap(page, '#call-next');
      await see(page, '已叫号：');
    });

    await j.step('the patient sees the call', async () => {
      await openPreview(page, base, `/queue/status/index?id=${booked.appointmentId}`, 'demo-patient');
      await see(page, '请到3诊室就诊');
    });

    await j.step('the doctor receives the patient and completes the visit', async () => {
      await openPreview(page, base, '/staff/doctor/index', 'demo-doctor-zz');
      const tab = screen(page).getByText(/陈立民 (上午|下午|夜诊) · 已签到 1\//).first();
      await tab.click();
      await waitIdle(page);
      await tap(page, `#start-${booked.appointmentId}`);
      await type(page, 'diagnosis', '原发性高血压');
      await tap(page, `#complete-${booked.appointmentId}`);
      await answerModal(page, 'confirm', '完成就诊');
      await see(page, '的就诊已完成');
    });

    await j.step('the patient sees the visit done', async () => {
      await openPreview(page, base, `/queue/status/index?id=${booked.appointmentId}`, 'demo-patient');
      await see(page, '本次就诊已完成');
      expect(await previewErrors(page)).toEqual([]);
    });
  }, 240_000);
});
