/**
 * What the preview host supplies in WeChat's place, exercised through the app's own pages:
 * pull-down refresh, onReachBottom, the navigation stack keeping a page's state, a phone call and a
 * map as notices, the map stand-in, typing into a Vant search field and a textarea by keyboard,
 * opening a document in a tab, elder mode, rpx, the automator endpoint the emulator prints, and
 * WechatSI read-aloud spoken by the browser's speechSynthesis (preview/runtime/plugins.ts).
 */
import { answerModal, back, screen, see, tap, tapText, text, type, waitRoute } from './support/app';
import { chromiumMissing, type Emulator, ensurePreviewBuilt, openPreview, type Session, startEmulatorAndBrowser, waitIdle } from './support/harness';

const missingBrowser = chromiumMissing();
const suite = missingBrowser ? describe.skip : describe;

suite(`the preview host in Chromium${missingBrowser ? ` (skipped: ${missingBrowser})` : ''}`, () => {
  jest.setTimeout(60_000);
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

  test('pull-down refresh calls onPullDownRefresh and the page stops it', async () => {
    const page = session.page;
    await openPreview(page, emu.baseUrl, '/pages/home/index');
    const requests: string[] = [];
    page.on('request', (r) => r.url().includes('/fn/') && requests.push(r.url()));
    await page.locator('#pz-nav-refresh').click();
    await waitIdle(page);
    expect(requests.length).toBeGreaterThan(0);
    await page.waitForFunction(() => !document.querySelector('.pz-page-frame.pz-active.pz-refreshing'));
  });

  test('scrolling to the end calls onReachBottom (the next page of articles)', async () => {
    const page = session.page;
    await openPreview(page, emu.baseUrl, '/postvisit/articles/index');
    const count = () => screen(page).locator('[id^="article-"]').count();
    const first = await count();
    expect(first).toBe(10);
    await screen(page).evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await waitIdle(page);
    await page.waitForFunction((n) => document.querySelectorAll('.pz-page-frame.pz-active [id^="article-"]').length > n, first);
    expect(await count()).toBeGreaterThan(first);
  });

  test('navigateBack shows the previous page as it was left', async () => {
    const page = session.page;
    await openPreview(page, emu.baseUrl, '/previsit/doctors/index');
    const doctor = screen(page).locator('[id="doctor-doc-zz-010"]');
    await doctor.scrollIntoViewIfNeeded();
    const before = await screen(page).evaluate((el) => el.scrollTop);
    expect(before).toBeGreaterThan(0);
    await tap(page, doctor);
    await waitRoute(page, 'previsit/doctor/index?id=doc-zz-010');
    await back(page);
    await waitRoute(page, 'previsit/doctors/index');
    expect(await screen(page).evaluate((el) => el.scrollTop)).toBe(before);
  });

  test('a phone number opens the call notice (makePhoneCall)', async () => {
    const page = session.page;
    await openPreview(page, emu.baseUrl, '/previsit/phones/index');
    await tapText(page, '0371-66128114');
    const sheet = page.locator('.pz-phone');
    await sheet.waitFor();
    expect(await sheet.innerText()).toContain('037166128114');
    // 呼叫: the call "succeeds". (取消 makes wx.makePhoneCall fail; api/platform.ts does not handle
    // that rejection, which WeChat reports as "Uncaught (in promise)" too.)
    await sheet.getByRole('button', { name: '呼叫' }).click();
    await sheet.waitFor({ state: 'detached' });
  });

  test('directions: the map stand-in lists the marker; 打开地图导航 shows the place (openLocation)', async () => {
    const page = session.page;
    await openPreview(page, emu.baseUrl, '/previsit/directions/index');
    const map = screen(page).locator('wx-map');
    expect(await map.innerText()).toContain('郑州康宁医院');
    expect(await map.innerText()).toMatch(/34\.\d+.*113\.\d+/s);
    await tap(page, '#open-map');
    const sheet = page.locator('.pz-location');
    await sheet.waitFor();
    expect(await sheet.innerText()).toContain('郑州康宁医院');
    await sheet.getByRole('button', { name: '关闭' }).click();
  });

  test('typing into van-search filters the doctors', async () => {
    const page = session.page;
    await openPreview(page, emu.baseUrl, '/previsit/doctors/index');
    await type(page, 'search', '陈立民');
    await page.keyboard.press('Enter');
    await waitIdle(page);
    await see(page, '共 1 位医生');
    expect(await text(page)).toContain('陈立民');
  });

  test('elder mode (van-switch) makes the text larger', async () => {
    const page = session.page;
    await openPreview(page, emu.baseUrl, '/pages/me/index');
    const size = () =>
      screen(page)
        .locator('page > wx-view')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const normal = await size();
    await tap(page, screen(page).locator('#elder-switch'));
    await page.waitForFunction(
      (n) => parseFloat(getComputedStyle(document.querySelector('.pz-page-frame.pz-active page > wx-view') as Element).fontSize) > n,
      normal,
    );
    expect(await size()).toBeGreaterThan(normal);
    // rpx: --pz-font-body is 30rpx = 15 px at 375 px wide, 36rpx = 18 px in elder mode.
    expect(normal).toBe(15);
    expect(await size()).toBe(18);
    await tap(page, screen(page).locator('#elder-switch'));
  });

  test('typing into a textarea by keyboard keeps every character', async () => {
    const page = session.page;
    await openPreview(page, emu.baseUrl, '/previsit/triage/index');
    const field = screen(page).locator('[id="text"] textarea').first();
    await field.click();
    await page.keyboard.type('咳嗽三天了');
    await waitIdle(page);
    expect(await field.inputValue()).toBe('咳嗽三天了');
    await field.blur();
    await waitIdle(page);
    expect(await field.inputValue()).toBe('咳嗽三天了');
  });

  test('opening a document opens a tab without the blocked-tab notice (openDocument)', async () => {
    const page = session.page;
    await openPreview(page, emu.baseUrl, '/pages/home/index');
    const popup = page.context().waitForEvent('page');
    await page.evaluate(() =>
      (window as unknown as { wx: { openDocument(o: { filePath: string }): Promise<unknown> } }).wx.openDocument({ filePath: '/preview/index.html' }),
    );
    await (await popup).close();
    await waitIdle(page);
    expect(await page.locator('.pz-notice').count()).toBe(0);
  });

  test('a confirm dialog (wx.showModal) answers the page', async () => {
    const page = session.page;
    await openPreview(page, emu.baseUrl, '/booking/patients/index');
    const del = screen(page).getByText('删除').first();
    await tap(page, del);
    const said = await answerModal(page, 'cancel');
    expect(said.length).toBeGreaterThan(0);
    expect(await text(page)).toContain('张建国');
  });

  test('the emulator prints the automator endpoint a client connects to', () => {
    expect(emu.output()).toContain(`Automator endpoint (miniprogram-automator connect): ws://127.0.0.1:${emu.port}/automator`);
  });

  test('朗读 on the guidance page: the WechatSI stand-in speaks the chunks in turn with speechSynthesis; without it, 朗读暂不可用', async () => {
    const page = session.page;
    await openPreview(page, emu.baseUrl, '/records/drug/index?code=DRUG-MET');
    // Headless Chromium has no voices: record each utterance; the test ends it (finish) when it has seen the state.
    await page.evaluate(() => {
      const w = window as unknown as { spoken: string[]; finish: () => boolean };
      let current: SpeechSynthesisUtterance | null = null;
      w.spoken = [];
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
        w.spoken.push(`${u.lang}|${u.text}`);
        current = u;
      };
      w.finish = () => {
        const u = current;
        current = null;
        u?.onend?.(new SpeechSynthesisEvent('end', { utterance: u }));
        return u !== null;
      };
    });
    await tap(page, '#read-aloud');
    await see(page, '停止朗读');
    const finish = () => page.evaluate(() => (window as unknown as { finish: () => boolean }).finish());
    for (let i = 0; i < 40 && (await finish()); i += 1) await waitIdle(page, 2000);
    await see(page, /^朗读$/);
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    expect(spoken.length).toBeGreaterThan(2);
    expect(spoken.every((s) => s.startsWith('zh-CN|'))).toBe(true);
    const heard = spoken.map((s) => s.slice('zh-CN|'.length)).join('');
    expect(heard.indexOf('盐酸二甲双胍片')).toBe(0);
    expect(heard.indexOf('乳酸酸中毒')).toBeGreaterThan(heard.indexOf('怎么吃'));
    expect(heard).toContain('不能代替医生和药师的建议');

    const synth = await page.evaluateHandle(() => window.speechSynthesis);
    await page.evaluate(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
    await tap(page, '#read-aloud');
    await see(page, '朗读暂不可用，请稍后再试');
    // The next test opens the preview in this same document (only the route changes): put the browser's speech back.
    await page.evaluate((s) => {
      Reflect.deleteProperty(s, 'speak');
      Object.defineProperty(window, 'speechSynthesis', { value: s, configurable: true });
    }, synth);
  });
});
