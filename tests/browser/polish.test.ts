/**
 * The visual polish, seen in Chromium: the tab bar's own icons (drawn by
 * scripts/tab-icons.ts, selected and unselected), Vant in the brand's blue instead of its default red,
 * function grids whose rows are full in normal and elder mode, and the pay button fixed at the
 * bottom of the order page with the amount on it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, tabBar } from './support/app';
import { chromiumMissing, type Emulator, ensurePreviewBuilt, openPreview, ROOT, type Session, startEmulatorAndBrowser, waitIdle } from './support/harness';
import { Scene } from './support/visits';

const BRAND = 'rgb(11, 107, 203)';
const missingBrowser = chromiumMissing();
const suite = missingBrowser ? describe.skip : describe;

interface TabItem {
  pagePath: string;
  text: string;
  iconPath?: string;
  selectedIconPath?: string;
}
const app = JSON.parse(readFileSync(join(ROOT, 'miniprogram', 'app.json'), 'utf8')) as { tabBar: { list: TabItem[] } };

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('tab bar icons in app.json', () => {
  test.each(app.tabBar.list.map((t) => [t.text, t] as const))('%s has its own PNG icons, selected and unselected', (_text, item) => {
    expect(item.iconPath).toMatch(/^images\/tab\/[a-z]+\.png$/);
    expect(item.selectedIconPath).toMatch(/^images\/tab\/[a-z]+-active\.png$/);
    for (const path of [item.iconPath, item.selectedIconPath]) {
      const file = join(ROOT, 'miniprogram', String(path));
      // WeChat: at most 40 KB; 81 × 81 px recommended.
      expect(readFileSync(file).length).toBeLessThan(40 * 1024);
      expect(pngSize(file)).toEqual({ width: 81, height: 81 });
    }
    expect(readFileSync(join(ROOT, 'miniprogram', String(item.iconPath)))).not.toEqual(readFileSync(join(ROOT, 'miniprogram', String(item.selectedIconPath))));
  });
});

suite(`polish in Chromium${missingBrowser ? ` (skipped: ${missingBrowser})` : ''}`, () => {
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

  test('the tab bar shows each tab’s icon, the selected one for the current tab', async () => {
    const page = session.page;
    await openPreview(page, emu.baseUrl, '/pages/home/index');
    const icons = async () =>
      page.locator('#pz-tabbar .pz-tab').evaluateAll((tabs) =>
        tabs.map((t) => {
          const img = t.querySelector('img') as HTMLImageElement | null;
          return {
            tab: t.getAttribute('data-tab'),
            src: img ? new URL(img.src).pathname.replace(/^.*\/app\//, '') : '',
            loaded: !!img && img.complete && img.naturalWidth === 81,
          };
        }),
      );
    await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('#pz-tabbar img')).every((i) => i.complete && i.naturalWidth > 0));
    expect(await icons()).toEqual(app.tabBar.list.map((t, i) => ({ tab: t.pagePath, src: i === 0 ? t.selectedIconPath : t.iconPath, loaded: true })));
    await tabBar(page, '我的');
    await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('#pz-tabbar img')).every((i) => i.complete && i.naturalWidth > 0));
    expect(await icons()).toEqual(app.tabBar.list.map((t, i) => ({ tab: t.pagePath, src: i === 2 ? t.selectedIconPath : t.iconPath, loaded: true })));
  });

  test('Vant draws in the brand blue: the sidebar’s selected bar and the tabs’ underline', async () => {
    const page = session.page;
    await openPreview(page, emu.baseUrl, '/previsit/departments/index');
    const bar = await screen(page)
      .locator('.van-sidebar-item--selected')
      .first()
      .evaluate((el) => getComputedStyle(el).borderLeftColor);
    expect(bar).toBe(BRAND);
    await openPreview(page, emu.baseUrl, '/booking/appointments/index');
    const line = await screen(page)
      .locator('.van-tabs__line')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(line).toBe(BRAND);
    const active = await screen(page)
      .locator('.van-tab--active')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(active).toBe(BRAND);
  });

  for (const elder of [false, true]) {
    test(`every row of the function grids is full (${elder ? 'elder' : 'normal'} mode)`, async () => {
      const page = session.page;
      for (const route of ['/pages/services/index', '/pages/home/index']) {
        await openPreview(page, emu.baseUrl, route);
        await page.evaluate((on) => localStorage.setItem('peizhen.elderMode', JSON.stringify(on)), elder);
        // The setting is read when the mini program starts: start it again.
        await page.reload();
        await page.waitForFunction(() => document.documentElement.getAttribute('data-pz-ready') === 'true');
        await waitIdle(page);
        expect(
          await screen(page)
            .locator('page > wx-view')
            .first()
            .evaluate((el) => Array.from(el.classList).some((c) => /(^|--)elder$/.test(c))),
        ).toBe(elder);
        const grids = await screen(page)
          .locator('.van-grid')
          .evaluateAll((gs) =>
            gs.map((g) => {
              const rows = new Map<number, number>();
              for (const item of Array.from(g.querySelectorAll('.van-grid-item'))) {
                const r = item.getBoundingClientRect();
                rows.set(Math.round(r.top), (rows.get(Math.round(r.top)) ?? 0) + r.width);
              }
              const width = g.getBoundingClientRect().width;
              return Array.from(rows.values()).map((w) => Math.round((w / width) * 100));
            }),
          );
        expect(grids.length).toBeGreaterThan(0);
        for (const rows of grids) expect({ route, rows }).toEqual({ route, rows: rows.map(() => 100) });
      }
      await page.evaluate(() => localStorage.removeItem('peizhen.elderMode'));
    });
  }

  test('the order page keeps the pay button, with the amount, fixed at the bottom while the page scrolls', async () => {
    const page = session.page;
    const scene = new Scene(emu);
    const orderId = await scene.registrationOrderId();
    await openPreview(page, emu.baseUrl, `/billing/order/index?id=${orderId}`);
    const payBar = screen(page).locator('#pay-bar');
    await payBar.waitFor({ state: 'visible' });
    expect(await payBar.innerText()).toMatch(/^支付 ¥\d+\.\d{2}$/);
    const frame = await page.locator('.pz-page-frame.pz-active').boundingBox();
    const before = await payBar.boundingBox();
    expect(frame && before).toBeTruthy();
    if (!frame || !before) return;
    expect(Math.abs(before.y + before.height - (frame.y + frame.height))).toBeLessThan(1);
    expect(before.width).toBeCloseTo(frame.width, 0);
    await screen(page).evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const after = await payBar.boundingBox();
    expect(after?.y).toBeCloseTo(before.y, 0);
    // Nothing of the page hides under the bar: the last card ends above it when scrolled to the end.
    const lastCard = await screen(page).locator('.van-cell-group').last().boundingBox();
    expect((lastCard?.y ?? 0) + (lastCard?.height ?? 0)).toBeLessThanOrEqual(before.y + 1);
  });
});
