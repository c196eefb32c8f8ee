/**
 * The preview page an automator client drives: Debian's Chromium, headless, with the flags the
 * browser tests use (tests/browser/support/harness.ts), a fresh profile and a phone-sized window,
 * opened by the emulator itself when a client connects.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.PEIZHEN_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PreviewPage {
  page: Page;
  close(): Promise<void>;
}

/** Opens `/preview/` bare with a cleared app storage; `emit` receives the page's protocol events. */
export async function openPreviewPage(baseUrl: string, emit: (method: string, params: unknown) => void): Promise<PreviewPage> {
  const profile = mkdtempSync(join(tmpdir(), 'peizhen-automator-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.exposeFunction('__pzAutomatorEmit', emit);
    page.on('console', (m) => emit('App.logAdded', { type: m.type(), args: [m.text()] }));
    await page.goto(`${baseUrl}/preview/?bare&reset`);
    await page.waitForFunction('document.documentElement.getAttribute("data-pz-ready") === "true"', undefined, { timeout: 30_000 });
    return { page, close };
  } catch (e) {
    await close();
    throw e;
  }
}
