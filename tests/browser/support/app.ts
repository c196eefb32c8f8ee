/**
 * Driving the mini program in the preview as a person would: tap what is on the screen (real
 * mouse events, which the host turns into WeChat taps), type into fields, answer the client's
 * dialogs, and wait for the app to settle after each step.
 */
import type { Locator, Page } from 'playwright-core';
import { waitIdle } from './harness';

type Preview = {
  __pzPreview: {
    location(): string;
    snapshot(): {
      largestSetData: { bytes: number; path: string; keys: string[] } | null;
      largestPageSetData: { bytes: number; path: string; keys: string[] } | null;
      navigations: Array<{ route: string; kind: string; completeMs: number | null }>;
    };
    errors: Array<{ where: string; message: string }>;
  };
};

/** The page on top of the stack (its scroller). */
export function screen(page: Page): Locator {
  return page.locator('.pz-page-frame.pz-active .pz-page-scroll');
}

/** The current route with its query, e.g. `booking/doctor/index?id=doc-zz-001`. */
export function route(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as Preview).__pzPreview.location());
}

export async function waitRoute(page: Page, routePrefix: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction((p) => (window as unknown as Preview).__pzPreview.location().startsWith(p), routePrefix, { timeout });
  await waitIdle(page);
}

/** The visible text of the current page, whitespace folded. */
export async function text(page: Page): Promise<string> {
  return (await screen(page).innerText()).replace(/\s+/g, ' ').trim();
}

/** Waits until the current page shows `expected`. */
export async function see(page: Page, expected: string | RegExp, timeout = 10_000): Promise<void> {
  const loc = typeof expected === 'string' ? screen(page).getByText(expected, { exact: false }).first() : screen(page).getByText(expected).first();
  await loc.waitFor({ state: 'visible', timeout });
}

/**
 * Taps a node of the current page as a finger would: scrolls it into view, then presses the screen
 * at its centre (real mouse events, which the host turns into touchstart/touchend/tap). Fails when
 * something unrelated covers that point (an overlay), not when it is the node's own button.
 */
export async function tap(page: Page, target: string | Locator): Promise<void> {
  const loc = typeof target === 'string' ? screen(page).locator(target).first() : target;
  await loc.waitFor({ state: 'visible', timeout: 10_000 });
  await loc.scrollIntoViewIfNeeded();
  const box = await loc.boundingBox();
  if (!box) throw new Error(`cannot tap ${String(target)}: it has no box`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const hit = await loc.evaluate(
    (el, p) => {
      const at = document.elementFromPoint(p.x, p.y);
      return !at ? 'nothing' : el.contains(at) || at.contains(el) ? '' : (at as HTMLElement).outerHTML.slice(0, 120);
    },
    { x, y },
  );
  if (hit) throw new Error(`cannot tap ${String(target)}: covered by ${hit}`);
  await page.mouse.click(x, y);
  await waitIdle(page);
}

/** Taps the first node of the current page showing `label`. */
export async function tapText(page: Page, label: string | RegExp): Promise<void> {
  await tap(
    page,
    screen(page)
      .getByText(label, { exact: typeof label === 'string' })
      .first(),
  );
}

/** Types into a van-field / input of the current page found by its id. */
export async function type(page: Page, fieldId: string, value: string): Promise<void> {
  const input = screen(page).locator(`[id="${fieldId}"]`).locator('input, textarea').first();
  await input.scrollIntoViewIfNeeded();
  await input.click();
  await input.fill(value);
  await input.blur();
  await waitIdle(page);
}

/**
 * Presses a button of the client's modal (wx.showModal): 'confirm', 'cancel', or a button's text;
 * checks the modal's text when `title` is given. Answers what the modal said.
 */
export async function answerModal(page: Page, button: 'confirm' | 'cancel' | string, title?: string | RegExp): Promise<string> {
  const modal = page.locator('.pz-modal');
  await modal.waitFor({ state: 'visible', timeout: 10_000 });
  const shown = (await modal.innerText()).replace(/\s+/g, ' ');
  if (title && !(typeof title === 'string' ? shown.includes(title) : title.test(shown))) throw new Error(`expected a modal "${String(title)}", saw "${shown}"`);
  const target =
    button === 'confirm'
      ? modal.locator('.pz-modal-confirm')
      : button === 'cancel'
        ? modal.locator('.pz-modal-cancel')
        : modal.getByRole('button', { name: button, exact: true });
  await target.click();
  await waitIdle(page);
  return shown;
}

/** Goes back one page with the navigation bar's back arrow. */
export async function back(page: Page): Promise<void> {
  await page.locator('#pz-nav-back').click();
  await waitIdle(page);
}

export async function largestPageSetData(page: Page): Promise<{ bytes: number; path: string; keys: string[] } | null> {
  return page.evaluate(() => (window as unknown as Preview).__pzPreview.snapshot().largestPageSetData);
}

export async function previewErrors(page: Page): Promise<Array<{ where: string; message: string }>> {
  return page.evaluate(() => (window as unknown as Preview).__pzPreview.errors.slice());
}

/** Taps a tab of the preview's tab bar by its label. */
export async function tabBar(page: Page, label: string): Promise<void> {
  await page.locator('#pz-tabbar').getByRole('tab', { name: label }).click();
  await waitIdle(page);
}
