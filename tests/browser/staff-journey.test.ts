/**
 * The scheduler's journey in Chromium: as demo-scheduler-zz, add a weekly session for a doctor and
 * publish it (排班模板 → 发布号源); a patient books and pays a slot of it (set up through the API);
 * the scheduler stops that clinic (出诊管理 → 停诊); then the affected patient — switched to in the
 * app's own 我的 → 演示身份 — sees the appointment cancelled, with the reason and the refund.
 */
import { answerModal, back, chooseDropdown, largestPageSetData, largestSetData, previewErrors, screen, see, tabBar, tap, tapText, text, toast, type, waitRoute } from './support/app';
import { call, payAppointmentViaApi, shanghaiDay } from './support/emulator-api';
import { recordFigure } from './support/figures';
import { chromiumMissing, type Emulator, ensurePreviewBuilt, openPreview, type Session, startEmulatorAndBrowser } from './support/harness';
import { Journey } from './support/journey';

const JOURNEY = 'staff';
const missingBrowser = chromiumMissing();
const suite = missingBrowser ? describe.skip : describe;

const DOCTOR = { id: 'doc-zz-004', name: '娄思远', label: '娄思远 主治医师' };
const SESSIONS: Array<{ session: 'am' | 'pm' | 'evening'; label: string }> = [
  { session: 'pm', label: '下午' },
  { session: 'evening', label: '夜诊' },
  { session: 'am', label: '上午' },
];

suite(`staff journey in Chromium${missingBrowser ? ` (skipped: ${missingBrowser})` : ''}`, () => {
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

  test('scheduler publishes a schedule → stops the clinic → the patient sees the cancellation and refund', async () => {
    const page = session.page;
    const j = new Journey(page, JOURNEY);
    // Two days ahead: inside the booking window, and the session has not started.
    const day = shanghaiDay(2);
    const reason = '专家外出会诊';

    await j.step('scheduler opens the staff area', async () => {
      await openPreview(page, emu.baseUrl, '/pages/me/index', 'demo-scheduler-zz');
      await tap(page, '#staff-entry');
      await waitRoute(page, 'staff/index/index');
      await see(page, '排班模板');
    });

    await j.step('排班模板 of the doctor', async () => {
      await tap(page, '#entry-schedule');
      await waitRoute(page, 'staff/schedule/index');
      await see(page, '的每周排班');
      const before = await text(page);
      const current = /(\S+ (主任医师|副主任医师|主治医师))/.exec(before);
      if (!before.includes(`${DOCTOR.name}的每周排班`)) await chooseDropdown(page, current ? current[1] : /医师/, DOCTOR.label);
      await see(page, `${DOCTOR.name}的每周排班`);
    });

    const chosen = await j.step('add a session two days ahead', async () => {
      for (const s of SESSIONS) {
        const add = screen(page).locator(`van-button[data-weekday="${day.weekday}"][data-session="${s.session}"][id^="add-"]`);
        if ((await add.count()) === 0) continue;
        await tap(page, add.first());
        await waitRoute(page, 'staff/template-edit/index');
        return s;
      }
      throw new Error(`${DOCTOR.name} already works every session on weekday ${day.weekday}`);
    });

    await j.step('fill the weekly template', async () => {
      await see(page, `${DOCTOR.name} · `);
      await type(page, 'capacity', '2');
      await type(page, 'onsite-reserve', '0');
      await type(page, 'fee', '15');
      await tap(page, '#save');
      await waitRoute(page, 'staff/schedule/index');
      await see(page, `${DOCTOR.name}的每周排班`);
    });

    const published = await j.step('发布号源', async () => {
      await tap(page, '#publish');
      await answerModal(page, 'confirm', '生成号源');
      const result = screen(page).locator('#publish-result');
      await result.waitFor();
      return (await result.innerText()).replace(/\s+/g, ' ');
    });
    expect(published).toMatch(/新增\s*\d+|\d+\s*个/);

    // A patient books and pays the first slot of the new session (through the API).
    const slots = (await call<{ slots: Array<{ id: string; status: string; remaining: number; start: number }> }>(emu.baseUrl, 'booking', 'demo-patient', { action: 'listSlots', doctorId: DOCTOR.id, date: day.date })).slots;
    const hour = (ms: number) => new Date(ms + 8 * 3600_000).getUTCHours();
    const inSession = slots.filter((s) => (chosen.session === 'am' ? hour(s.start) < 12 : chosen.session === 'pm' ? hour(s.start) >= 12 && hour(s.start) < 18 : hour(s.start) >= 18));
    const open = inSession.find((s) => s.status === 'open' && s.remaining > 0);
    expect(open).toBeDefined();
    const { patients } = await call<{ patients: Array<{ id: string; name: string }> }>(emu.baseUrl, 'patients', 'demo-patient', { action: 'list' });
    const booked = await call<{ id: string }>(emu.baseUrl, 'booking', 'demo-patient', { action: 'book', slotId: open?.id, patientId: patients[0].id, requestId: `staff-journey-${Date.now()}` });
    await payAppointmentViaApi(emu.baseUrl, 'demo-patient', booked.id);

    await j.step('出诊管理 of the doctor', async () => {
      await back(page);
      await waitRoute(page, 'staff/index/index');
      await tap(page, '#entry-clinic');
      await waitRoute(page, 'staff/clinic/index');
      const shown = await text(page);
      const current = /(\S+ (主任医师|副主任医师|主治医师))/.exec(shown);
      if (!current || current[1] !== DOCTOR.label) await chooseDropdown(page, current ? current[1] : /医师/, DOCTOR.label);
      await see(page, `${DOCTOR.name} · `);
    });

    await j.step('choose the day and the session', async () => {
      const md = day.date.slice(5);
      await tap(page, screen(page).locator('van-tab, .van-tab, [class*="van-tab"]').getByText(new RegExp(md)).first());
      await see(page, `${DOCTOR.name} · ${day.date}`);
      await tap(page, `#session-${chosen.session}`);
      await see(page, '停诊原因');
    });

    const summary = await j.step('停诊', async () => {
      await type(page, 'stop-reason', reason);
      await tap(page, '#stop');
      const asked = await answerModal(page, 'confirm', '确认停诊');
      expect(asked).toContain(DOCTOR.name);
      const box = screen(page).locator('#stop-summary');
      await box.waitFor();
      return (await box.innerText()).replace(/\s+/g, ' ');
    });
    expect(summary).toMatch(/1\s*(个|位|人)/);

    await j.step('switch to the patient in 我的 → 演示身份', async () => {
      await page.goto(`${emu.baseUrl}/preview/?bare#/pages/me/index`);
      await page.waitForFunction(() => document.documentElement.getAttribute('data-pz-ready') === 'true');
      await waitRoute(page, 'pages/me/index');
      await tap(page, '#identity-demo-patient');
      expect(await toast(page)).toContain('已切换为');
    });

    await j.step('the patient sees the cancellation', async () => {
      await tabBar(page, '服务');
      await tapText(page, '我的预约');
      await waitRoute(page, 'booking/appointments/index');
      await tapText(page, '历史');
      const card = screen(page).locator(`[id="appointment-${booked.id}"]`);
      await card.waitFor();
      expect((await card.innerText()).replace(/\s+/g, ' ')).toContain(DOCTOR.name);
      await tap(page, card);
      await waitRoute(page, `booking/appointment/index?id=${booked.id}`);
      const shown = await text(page);
      expect(shown).toContain('已取消');
      expect(shown).toContain(reason);
      expect(shown).toMatch(/退款\s*(已退款|退款处理中)/);
    });

    expect(session.consoleErrors).toEqual([]);
    expect(await previewErrors(page)).toEqual([]);
    const largest = await largestSetData(page);
    recordFigure(`${JOURNEY} journey: largest setData of a page`, await largestPageSetData(page));
    recordFigure(`${JOURNEY} journey: largest setData of any component`, largest);
    expect(largest && largest.bytes).toBeLessThan(64 * 1024);
  }, 180_000);
});
