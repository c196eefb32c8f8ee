/**
 * Elder mode (适老化) measured on every page of app.json — patient and staff pages, each as the demo
 * identity and with the query that shows content (support/visits.ts); pages added to app.json later
 * are picked up from it. Elder mode is on from launch (the app's own storage key), and each page is
 * measured in Chromium with getComputedStyle / getBoundingClientRect (support/elder-audit.ts): text
 * ≥ 18 px and headings larger, the largest text ≥ 30 px, tap targets ≥ 60 × 60 px, text contrast
 * ≥ 4.5 : 1. A page fails with the list of its misses (page, kind, selector, text, measured value).
 * Pages of one identity are opened in one running preview (reLaunch), so the whole audit stays well
 * under two minutes. A page with a miss is screenshot to .preview-shots/elder/ (every page with
 * PEIZHEN_ELDER_SHOTS=1).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appPages, collectComponents } from '../../preview/build';
import { route as currentRoute, text } from './support/app';
import { auditPage, formatMisses } from './support/elder-audit';
import {
  chromiumMissing,
  type Emulator,
  ensurePreviewBuilt,
  openPreview,
  type Session,
  SHOTS,
  shotPath,
  startEmulatorAndBrowser,
  waitIdle,
} from './support/harness';
import { openidOf, Scene, visitOf } from './support/visits';

const missingBrowser = chromiumMissing();
const { components } = collectComponents();
// Grouped by identity: a new identity restarts the preview, the same one only reLaunches.
const pages = appPages()
  .filter((p) => components[p])
  .map((p, i) => ({ p, i, openid: openidOf(p) }))
  .sort((a, b) => a.openid.localeCompare(b.openid) || a.i - b.i)
  .map((x) => x.p);

const suite = missingBrowser ? describe.skip : describe;

suite(`elder mode on every page of app.json${missingBrowser ? ` (skipped: ${missingBrowser})` : ''}`, () => {
  let emu: Emulator;
  let session: Session;
  let scene: Scene;
  let openAs = '';
  const started = Date.now();
  const report: string[] = [];

  beforeAll(async () => {
    rmSync(join(SHOTS, 'elder'), { recursive: true, force: true });
    await ensurePreviewBuilt();
    ({ emu, session } = await startEmulatorAndBrowser());
    // Elder mode as the app stores it (miniprogram/stores/session.ts), before the app starts.
    await session.context.addInitScript(() => localStorage.setItem('peizhen.elderMode', 'true'));
    scene = new Scene(emu);
  }, 120_000);

  afterAll(async () => {
    writeFileSync(join(SHOTS, 'elder-audit.txt'), `${report.join('\n')}\n${pages.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    await session?.close();
    await emu?.stop();
  });

  test.each(pages)(
    '%s',
    async (route) => {
      const { openid, address } = await visitOf(route, scene);
      const page = session.page;
      if (openid !== openAs) {
        await openPreview(page, emu.baseUrl, address, openid);
        openAs = openid;
      } else {
        await page.evaluate((url) => (window as unknown as { __pzPreview: { open(u: string): Promise<void> } }).__pzPreview.open(url), address);
        await page.waitForFunction((r) => (window as unknown as { __pzPreview: { location(): string } }).__pzPreview.location().startsWith(r), route);
        await waitIdle(page);
      }
      // Images and fonts in; a page that shows only its loading state is not measured.
      await page.waitForLoadState('networkidle').catch(() => undefined);
      expect(await currentRoute(page)).toContain(route);
      expect(await text(page)).not.toMatch(/^(加载中|正在加载)[.…]*$/);
      // The page's root carries the elder class (scoped by the preview as `<prefix>--elder`).
      expect(
        await page
          .locator('.pz-page-frame.pz-active page > wx-view')
          .first()
          .evaluate((el) => Array.from(el.classList).some((c) => /(^|--)elder$/.test(c))),
      ).toBe(true);
      const found = await auditPage(page);
      if (found.length > 0 || process.env.PEIZHEN_ELDER_SHOTS)
        await page.screenshot({ path: shotPath(`elder/${route.replace(/\/index$/, '').replace(/\//g, '__')}`) });
      const misses = formatMisses(route, found);
      if (misses) report.push(misses);
      expect(misses).toBe('');
    },
    30_000,
  );
});
