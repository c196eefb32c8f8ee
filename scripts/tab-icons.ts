/**
 * Draws the tab bar's icons (首页, 服务, 我的) for the project: each an SVG drawn here, rendered to an
 * 81 × 81 PNG (WeChat's recommended size, transparent background) by the Chromium the browser tests
 * use, unselected as an outline in the tab bar's grey and selected filled in the brand blue — the
 * colours of app.json's tabBar. Writes miniprogram/images/tab/<name>.png and <name>-active.png:
 * `npx tsx scripts/tab-icons.ts` (commit the PNGs; app.json's tabBar refers to them).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = join(__dirname, '..');
const TAB_ICON_DIR = join(ROOT, 'miniprogram', 'images', 'tab');
const SIZE = 81;

interface AppJson {
  tabBar: { color: string; selectedColor: string };
}

/** Each icon on a 48 × 48 grid: `outline` drawn with strokes, `filled` the selected look. */
const TAB_ICONS: Record<string, { outline: string; filled: string }> = {
  // A house with a door.
  home: {
    outline:
      '<path d="M7 22 24 8l17 14" fill="none" stroke="C" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/><path d="M12 19v21h24V19" fill="none" stroke="C" stroke-width="3.5" stroke-linejoin="round"/><path d="M20 40V29h8v11" fill="none" stroke="C" stroke-width="3.5" stroke-linejoin="round"/>',
    filled:
      '<path d="M7 22 24 8l17 14" fill="none" stroke="C" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/><path d="M12 19 24 9.5 36 19v21.5H28V29h-8v11.5h-8z" fill="C"/>',
  },
  // Four tiles, one with a medical cross.
  services: {
    outline:
      '<rect x="7" y="7" width="14" height="14" rx="3" fill="none" stroke="C" stroke-width="3.5"/><rect x="27" y="7" width="14" height="14" rx="3" fill="none" stroke="C" stroke-width="3.5"/><rect x="7" y="27" width="14" height="14" rx="3" fill="none" stroke="C" stroke-width="3.5"/><path d="M34 27v14M27 34h14" stroke="C" stroke-width="3.5" stroke-linecap="round"/>',
    filled:
      '<rect x="5.5" y="5.5" width="17" height="17" rx="4" fill="C"/><rect x="25.5" y="5.5" width="17" height="17" rx="4" fill="C"/><rect x="5.5" y="25.5" width="17" height="17" rx="4" fill="C"/><path d="M34 26v16M26 34h16" stroke="C" stroke-width="4.5" stroke-linecap="round"/>',
  },
  // A person: head and shoulders.
  me: {
    outline:
      '<circle cx="24" cy="16" r="8" fill="none" stroke="C" stroke-width="3.5"/><path d="M9 41c0-8.3 6.7-14 15-14s15 5.7 15 14" fill="none" stroke="C" stroke-width="3.5" stroke-linecap="round"/>',
    filled: '<circle cx="24" cy="16" r="9.5" fill="C"/><path d="M7.5 42.5c0-9.5 7.4-16.5 16.5-16.5s16.5 7 16.5 16.5z" fill="C"/>',
  },
};

function tabIconSvg(body: string, color: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 48 48">${body.replaceAll('"C"', `"${color}"`)}</svg>`;
}

async function main(): Promise<void> {
  const app = JSON.parse(readFileSync(join(ROOT, 'miniprogram', 'app.json'), 'utf8')) as AppJson;
  mkdirSync(TAB_ICON_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.PEIZHEN_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
    for (const [name, icon] of Object.entries(TAB_ICONS)) {
      for (const [suffix, body, color] of [
        ['', icon.outline, app.tabBar.color],
        ['-active', icon.filled, app.tabBar.selectedColor],
      ] as const) {
        await page.setContent(`<html><body style="margin:0;background:transparent">${tabIconSvg(body, color)}</body></html>`);
        const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
        writeFileSync(join(TAB_ICON_DIR, `${name}${suffix}.png`), png);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`tab icons written to ${TAB_ICON_DIR}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
