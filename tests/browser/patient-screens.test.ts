/**
 * What a patient hits, in the preview: 首页's first screen, the doctor search that answers a
 * symptom, 确认预约 refusing a family member 儿科 does not serve, the demo pictures and a video that
 * plays — each with a phone screenshot in .preview-shots/patient/, normal and elder mode.
 */
import type { Page } from 'playwright-core';
import { screen, see, tap, text, type } from './support/app';
import { call, firstOpenSlot } from './support/emulator-api';
import { chromiumMissing, type Emulator, ensurePreviewBuilt, openPreview, type Session, shotPath, startEmulatorAndBrowser, waitIdle } from './support/harness';

const missingBrowser = chromiumMissing();
const suite = missingBrowser ? describe.skip : describe;

/** Turns elder mode on from 我的 (the preview starts every open with fresh storage), then opens `route` inside the app. */
async function inElderMode(page: Page, baseUrl: string, route: string, openid: string, tab: boolean): Promise<void> {
  await openPreview(page, baseUrl, '/pages/me/index', openid);
  const on = () => screen(page).locator('#elder-switch .van-switch--on').count();
  if ((await on()) === 0) await tap(page, screen(page).locator('#elder-switch'));
  await page.waitForFunction(() => document.querySelector('.pz-page-frame.pz-active #elder-switch .van-switch--on') !== null);
  await page.evaluate(
    ([url, isTab]) => {
      const wx = (window as unknown as { wx: { switchTab(o: { url: string }): void; navigateTo(o: { url: string }): void } }).wx;
      if (isTab) wx.switchTab({ url });
      else wx.navigateTo({ url });
    },
    [route, tab] as const,
  );
  await waitIdle(page);
}

suite(`what a patient hits${missingBrowser ? ` (skipped: ${missingBrowser})` : ''}`, () => {
  jest.setTimeout(90_000);
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

  afterEach(() => {
    expect(session.consoleErrors.splice(0)).toEqual([]);
  });

  test('首页 opens on triage, booking and the hospital switch above the services; the same in elder mode', async () => {
    const page = session.page;
    await openPreview(page, emu.baseUrl, '/pages/home/index', 'demo-patient-2');
    await see(page, '今天需要什么帮助？');
    const start = await screen(page).locator('#start').boundingBox();
    expect(start && start.y + start.height).toBeLessThan(812);
    const all = await text(page);
    expect(all.indexOf('常用服务')).toBeLessThan(all.indexOf('门诊就医流程'));
    await page.screenshot({ path: shotPath('patient/home') });
    await inElderMode(page, emu.baseUrl, '/pages/home/index', 'demo-patient-2', true);
    await see(page, '今天需要什么帮助？');
    await page.screenshot({ path: shotPath('patient/home-elder') });
  });

  test('a symptom word in the doctor search offers the departments and 智能导诊', async () => {
    const page = session.page;
    await openPreview(page, emu.baseUrl, '/previsit/doctors/index');
    await type(page, 'search', '牙疼');
    await page.keyboard.press('Enter');
    await waitIdle(page);
    await see(page, '按症状找科室');
    expect(await text(page)).toContain('口腔科');
    await page.screenshot({ path: shotPath('patient/doctor-search-symptom') });
    await tap(page, '#suggest-d-zz-dental');
    await see(page, '彭志远');
  });

  test('确认预约 says before sending that 儿科 does not see an adult, and suggests where to go', async () => {
    const page = session.page;
    const { doctors } = await call<{ doctors: Array<{ id: string }> }>(emu.baseUrl, 'content', 'demo-patient', {
      action: 'listDoctors',
      hospitalId: 'h-zzcentral',
      departmentId: 'd-zz-peds',
    });
    const slot = await firstOpenSlot(emu.baseUrl, doctors[0].id);
    const route = `/booking/confirm/index?slotId=${slot.slotId}&doctorId=${doctors[0].id}&date=${slot.date}`;
    await openPreview(page, emu.baseUrl, route);
    await see(page, '不能为这位就诊人预约');
    expect(await text(page)).toContain('建议改挂老年医学科');
    await screen(page).locator('#unserved').scrollIntoViewIfNeeded();
    await page.screenshot({ path: shotPath('patient/confirm-unserved') });
    await inElderMode(page, emu.baseUrl, route, 'demo-patient', false);
    await see(page, '不能为这位就诊人预约');
    expect(
      await screen(page)
        .getByText(/^儿科只接诊14岁以下的儿童/)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(18);
    await screen(page).locator('#unserved').scrollIntoViewIfNeeded();
    await page.screenshot({ path: shotPath('patient/confirm-unserved-elder') });
  });

  test('the first-aid video plays, and the pictures drawn for the project load', async () => {
    const page = session.page;
    await openPreview(page, emu.baseUrl, '/postvisit/article/index?id=art-013');
    const duration = await screen(page)
      .locator('#article-video video')
      .evaluate(
        (v: HTMLVideoElement) =>
          new Promise<number>((resolve) => {
            v.addEventListener('loadedmetadata', () => resolve(v.duration), { once: true });
            v.addEventListener('error', () => resolve(-1), { once: true });
            setTimeout(() => resolve(0), 10_000);
            v.preload = 'metadata';
            v.load();
          }),
      );
    expect(duration).toBeGreaterThan(5);
    await page.screenshot({ path: shotPath('patient/article-video') });
    const loaded = async () =>
      screen(page)
        .locator('wx-image img, img')
        .evaluateAll((imgs) => (imgs as HTMLImageElement[]).filter((i) => i.complete && i.naturalWidth > 0).length);
    await openPreview(page, emu.baseUrl, '/previsit/hospital/index');
    await page.waitForFunction(
      () => Array.from(document.querySelectorAll('.pz-page-frame.pz-active img')).some((i) => (i as HTMLImageElement).naturalWidth > 0),
      undefined,
      { timeout: 10_000 },
    );
    expect(await loaded()).toBeGreaterThan(0);
    await page.screenshot({ path: shotPath('patient/hospital-photo') });
    await openPreview(page, emu.baseUrl, '/previsit/doctors/index?departmentId=d-zz-cardio');
    await page.waitForFunction(
      () => Array.from(document.querySelectorAll('.pz-page-frame.pz-active img')).filter((i) => (i as HTMLImageElement).naturalWidth > 0).length >= 3,
      undefined,
      { timeout: 10_000 },
    );
    await page.screenshot({ path: shotPath('patient/doctor-avatars') });
    await openPreview(page, emu.baseUrl, '/postvisit/articles/index');
    await page.waitForFunction(
      () => Array.from(document.querySelectorAll('.pz-page-frame.pz-active img')).some((i) => (i as HTMLImageElement).naturalWidth > 0),
      undefined,
      { timeout: 10_000 },
    );
    await page.screenshot({ path: shotPath('patient/article-covers') });
  });
});
