/**
 * A contact sheet of the main pages, normal above and elder mode (长辈模式) below:
 * `npm run shots` starts its own emulator (in-memory store, free port) and Chromium, opens each
 * page in the browser preview as the demo patient, and writes .preview-shots/contact-sheet.png
 * (plus each phone screen in .preview-shots/sheet/). Needs Chromium (`apt-get install -y chromium
 * fonts-noto-cjk`); `npm run preview:build` first when the pages changed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePreviewBuilt, openPreview, SHOTS, startEmulatorAndBrowser, waitIdle } from '../tests/browser/support/harness';
import { Scene, visitOf } from '../tests/browser/support/visits';

/** The pages a patient sees most, in the order of a visit. */
const MAIN_PAGES: Array<[string, string]> = [
  ['首页', 'pages/home/index'],
  ['服务', 'pages/services/index'],
  ['智能导诊', 'previsit/triage/index'],
  ['医生', 'previsit/doctor/index'],
  ['确认预约', 'booking/confirm/index'],
  ['订单支付', 'billing/order/index'],
  ['我的预约', 'booking/appointments/index'],
  ['报告', 'records/reports/index'],
  ['我的', 'pages/me/index'],
];

async function main(): Promise<void> {
  const started = Date.now();
  await ensurePreviewBuilt();
  const { emu, session } = await startEmulatorAndBrowser();
  const dir = join(SHOTS, 'sheet');
  mkdirSync(dir, { recursive: true });
  try {
    const scene = new Scene(emu);
    const page = session.page;
    const shots: Record<'normal' | 'elder', string[]> = { normal: [], elder: [] };
    for (const mode of ['normal', 'elder'] as const) {
      for (const [, route] of MAIN_PAGES) {
        const { openid, address } = await visitOf(route, scene);
        await openPreview(page, emu.baseUrl, address, openid);
        await page.evaluate((on) => localStorage.setItem('peizhen.elderMode', JSON.stringify(on)), mode === 'elder');
        // The mode is read when the mini program starts: start it again on that page.
        await page.reload();
        await page.waitForFunction(() => document.documentElement.getAttribute('data-pz-ready') === 'true', undefined, { timeout: 20_000 });
        await page.waitForLoadState('networkidle').catch(() => undefined);
        await waitIdle(page);
        const file = join(dir, `${mode}-${route.replace(/\/index$/, '').replace(/\//g, '__')}.png`);
        await page.screenshot({ path: file });
        shots[mode].push(file);
      }
    }
    const cell = (file: string, label: string) =>
      `<figure><img src="data:image/png;base64,${readFileSync(file).toString('base64')}"><figcaption>${label}</figcaption></figure>`;
    const row = (mode: 'normal' | 'elder', title: string) =>
      `<h2>${title}</h2><div class="row">${shots[mode].map((f, i) => cell(f, MAIN_PAGES[i][0])).join('')}</div>`;
    const width = MAIN_PAGES.length * 395 + 20;
    const sheet = await session.context.newPage();
    await sheet.setViewportSize({ width, height: 1000 });
    await sheet.setContent(
      `<html><head><style>
        body { margin: 10px; font: 16px 'Noto Sans CJK SC', sans-serif; background: #e9ebef; }
        h2 { margin: 6px 10px; font-size: 20px; }
        .row { display: flex; }
        figure { margin: 0 10px 10px; width: 375px; }
        img { width: 375px; height: 812px; display: block; border: 1px solid #b8bcc4; background: #fff; }
        figcaption { text-align: center; margin-top: 4px; }
      </style></head><body>${row('normal', '标准模式')}${row('elder', '长辈模式（适老化）')}</body></html>`,
    );
    const out = join(SHOTS, 'contact-sheet.png');
    writeFileSync(out, await sheet.screenshot({ fullPage: true, scale: 'css' }));
    await sheet.close();
    console.log(`contact sheet: ${out} (${MAIN_PAGES.length} pages × 2 modes, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    await session.close();
    await emu.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
