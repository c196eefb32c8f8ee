/**
 * What every browser journey needs: the preview built once, an emulator of its own on a free port
 * with a throwaway store (PEIZHEN_DB=:memory:), and Debian's Chromium driven by playwright-core.
 * Also used by `npm run bench` (scripts/bench/preview.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

export const ROOT = join(__dirname, '..', '..', '..');
export const CHROMIUM = process.env.PEIZHEN_CHROMIUM ?? '/usr/bin/chromium';
export const SHOTS = join(ROOT, '.preview-shots');
export const PHONE = { width: 375, height: 812 };

export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `Chromium not found at ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk; .ci/run does it)`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

let built: Promise<void> | null = null;

/**
 * Builds the preview once per process (`force`), or only when no build exists. The jest project's
 * globalSetup builds with force; test files then reuse that build.
 */
export function ensurePreviewBuilt(options: { force?: boolean } = {}): Promise<void> {
  if (!built) {
    built = (async () => {
      const { buildPreview, PREVIEW_DIST } = await import('../../../preview/build');
      if (options.force || !existsSync(join(PREVIEW_DIST, 'runtime.js'))) await buildPreview({ quiet: true });
    })();
  }
  return built;
}

export interface Emulator {
  port: number;
  baseUrl: string;
  stop(): Promise<void>;
  output(): string;
}

/** Starts `backend/dev-server/main.ts` (what `npm start` runs) on a free port with an in-memory store. */
export async function startEmulator(env: Record<string, string> = {}): Promise<Emulator> {
  const port = await freePort();
  const files = mkdtempSync(join(tmpdir(), 'peizhen-browser-files-'));
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const child: ChildProcess = spawn(tsx, [join(ROOT, 'backend', 'dev-server', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), PEIZHEN_DB: ':memory:', PEIZHEN_FILES: files, PEIZHEN_TIMERS: 'off', PEIZHEN_LOG: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`emulator exited (${child.exitCode}):\n${out}`);
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000) {
      child.kill('SIGKILL');
      throw new Error(`emulator did not start in 60 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    baseUrl,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          rmSync(files, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far. */
  consoleErrors: string[];
  /**
   * Every answer of a cloud function (`/fn/<name>`) so far, with the route the preview showed when
   * it arrived (for the response scanner, tests/pages/setup/page-scan.ts); bodies are read as they come.
   */
  answers: Array<Promise<{ route: string; body: string }>>;
  close(): Promise<void>;
}

/** The route the preview shows (`#/pages/home/index?x=1` → `pages/home/index`). */
export const routeOf = (url: string): string => (url.split('#')[1] ?? '').replace(/^\//, '').split('?')[0];

/** Chromium from Debian, headless, with a fresh profile (user data dir); a phone-sized page. */
export async function launch(): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'peizhen-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: PHONE,
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() !== 'error') return;
    const where = m.location().url;
    consoleErrors.push(/^Failed to load resource/.test(m.text()) && where ? `${m.text()} (${where})` : m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  const answers: Session['answers'] = [];
  page.on('response', (r) => {
    if (!new URL(r.url()).pathname.startsWith('/fn/')) return;
    const route = routeOf(page.url());
    answers.push(
      r.text().then(
        (body) => ({ route, body }),
        () => ({ route, body: '' }),
      ),
    );
  });
  return {
    context,
    page,
    consoleErrors,
    answers,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** An emulator and a browser, started together; neither is left running if the other fails. */
export async function startEmulatorAndBrowser(): Promise<{ emu: Emulator; session: Session }> {
  const [emu, session] = await Promise.allSettled([startEmulator(), launch()]);
  if (emu.status === 'fulfilled' && session.status === 'fulfilled') return { emu: emu.value, session: session.value };
  if (emu.status === 'fulfilled') await emu.value.stop();
  if (session.status === 'fulfilled') await session.value.close();
  throw emu.status === 'rejected' ? emu.reason : (session as PromiseRejectedResult).reason;
}

/** Opens the preview at a page (`/route?query`), bare (the phone screen only), as `openid`. */
export async function openPreview(page: Page, baseUrl: string, route: string, openid = 'demo-patient'): Promise<void> {
  await page.goto(`${baseUrl}/preview/?bare&openid=${encodeURIComponent(openid)}#${route}`);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-pz-ready') === 'true', undefined, { timeout: 20_000 });
  await waitIdle(page);
}

/**
 * Waits until the app is quiet: no request in flight, no setData for a moment (at most `ms`, so a
 * page that polls does not hang a test; the step after it then checks what it needs).
 */
export async function waitIdle(page: Page, ms = 15_000): Promise<void> {
  await page.evaluate(
    (limit) =>
      Promise.race([
        (window as unknown as { __pzPreview: { waitIdle(): Promise<void> } }).__pzPreview.waitIdle(),
        new Promise<void>((r) => setTimeout(r, limit)),
      ]),
    ms,
  );
}

/** `.preview-shots/<name>.png`; `name` may hold one folder (`pages/booking__doctor`). */
export function shotPath(name: string): string {
  const parts = name.split('/').map((p) => p.replace(/[^\p{L}\p{N}._-]+/gu, '_'));
  const file = join(SHOTS, ...parts) + '.png';
  mkdirSync(dirname(file), { recursive: true });
  return file;
}
