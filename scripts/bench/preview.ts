/**
 * The browser preview's figures (Chromium from Debian via playwright-core, emulator on a free port):
 * - build time of the preview (wcc + wcsc + esbuild);
 * - each tab page, median of 5: from opening the preview at that page (a cold start: document,
 *   runtime, app launch) to its first complete render, and from an in-app switchTab (first visit)
 *   to its first complete render. "Complete" = nothing in flight and no setData for 120 ms; the time
 *   is that of the last paint before;
 * - the largest setData payload any page sends during the browser journeys (goal < 64 KB), from a
 *   run of tests/browser/*journey* under jest.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appPages, buildPreview } from '../../preview/build';
import { chromiumMissing, launch, startEmulator, waitIdle } from '../../tests/browser/support/harness';
import { kb, table } from './format';

type Nav = { route: string; kind: string; startedAt: number; completeMs: number | null };
type Snapshot = { navigations: Nav[] };

const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function tabTimings(): Promise<string[]> {
  const app = JSON.parse(readFileSync(join(__dirname, '..', '..', 'miniprogram', 'app.json'), 'utf8')) as {
    tabBar?: { list: Array<{ pagePath: string; text: string }> };
  };
  const tabs = app.tabBar?.list ?? [];
  const emu = await startEmulator();
  const session = await launch();
  const page = session.page;
  const snapshot = () => page.evaluate(() => (window as unknown as { __pzPreview: { snapshot(): Snapshot } }).__pzPreview.snapshot());
  const rows: string[][] = [['tab page', 'cold open → rendered (ms)', 'switchTab → rendered (ms)']];
  try {
    // Warm the server's and the browser's caches once, as a developer's second open would be.
    await page.goto(`${emu.baseUrl}/preview/?bare&openid=demo-patient#/${tabs[0]?.pagePath ?? appPages()[0]}`);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-pz-ready') === 'true');
    await waitIdle(page);
    for (const tab of tabs) {
      const cold: number[] = [];
      const warm: number[] = [];
      const other = tabs.find((t) => t.pagePath !== tab.pagePath) ?? tab;
      for (let i = 0; i < RUNS; i++) {
        // Cold: open the preview at this tab page.
        await page.goto('about:blank');
        await page.goto(`${emu.baseUrl}/preview/?bare#/${tab.pagePath}`);
        await page.waitForFunction(() => document.documentElement.getAttribute('data-pz-ready') === 'true');
        await waitIdle(page);
        const first = (await snapshot()).navigations[0];
        if (first && first.completeMs !== null) cold.push(first.startedAt + first.completeMs);
        // In-app: start at another tab, then switch to this one (its first visit).
        await page.goto('about:blank');
        await page.goto(`${emu.baseUrl}/preview/?bare#/${other.pagePath}`);
        await page.waitForFunction(() => document.documentElement.getAttribute('data-pz-ready') === 'true');
        await waitIdle(page);
        await page.locator('#pz-tabbar').getByRole('tab', { name: tab.text }).click();
        await page.waitForFunction((r) => (window as unknown as { __pzPreview: { location(): string } }).__pzPreview.location() === r, tab.pagePath);
        await waitIdle(page);
        const navs = (await snapshot()).navigations.filter((n) => n.route === tab.pagePath && n.kind === 'switchTab');
        const last = navs[navs.length - 1];
        if (last && last.completeMs !== null) warm.push(last.completeMs);
      }
      rows.push([`${tab.text} (${tab.pagePath})`, cold.length ? median(cold).toFixed(0) : 'n/a', warm.length ? median(warm).toFixed(0) : 'n/a']);
    }
  } finally {
    await session.close();
    await emu.stop();
  }
  return table(rows, [1, 2]);
}

function journeySetData(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'peizhen-preview-bench-'));
  const figures = join(dir, 'figures.json');
  try {
    const jest = join(__dirname, '..', '..', 'node_modules', '.bin', 'jest');
    const run = spawnSync(jest, ['--selectProjects', 'browser', '--testPathPatterns', 'journey'], {
      cwd: join(__dirname, '..', '..'),
      env: { ...process.env, PEIZHEN_FIGURES: figures },
      encoding: 'utf8',
    });
    if (!existsSync(figures)) return [`journeys did not record figures (jest exit ${run.status}):`, ...(run.stderr ?? '').split('\n').slice(-15)];
    const all = JSON.parse(readFileSync(figures, 'utf8')) as Record<string, { value: { bytes: number; path: string; keys: string[] } | null }>;
    const lines = Object.entries(all).map(([name, { value }]) =>
      value ? `${name}: ${kb(value.bytes)} KB (${value.path}: ${value.keys.join(', ')})` : `${name}: none`,
    );
    const pages = Object.entries(all)
      .filter(([n]) => n.includes('of a page'))
      .map(([, f]) => f.value?.bytes ?? 0);
    const worst = Math.max(0, ...pages);
    lines.push(`largest setData a page sent in the journeys: ${kb(worst)} KB (goal < 64 KB: ${worst < 64 * 1024 ? 'met' : 'NOT met'})`);
    if (run.status !== 0) lines.push(`(the journeys failed; figures are from the steps that ran — see jest output)`);
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function previewBench(): Promise<string[]> {
  const missing = chromiumMissing();
  if (missing) return [`skipped: ${missing}`];
  const built = await buildPreview({ quiet: true });
  const lines = [
    `preview build: ${built.ms} ms (${built.pages} pages, ${built.components} pages and components; runtime ${kb(built.bytes['runtime.js'])} KB, WXML ${kb(built.bytes['gwx.js'])} KB, WXSS ${kb(built.bytes['wxss.js'])} KB)`,
  ];
  lines.push(`tab pages, median of ${RUNS} (Chromium headless, 375 × 812):`);
  lines.push(...(await tabTimings()));
  lines.push(...journeySetData());
  return lines;
}
