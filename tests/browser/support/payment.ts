/**
 * The payment steps of the journeys, in one place so they follow the payment pages as they grow.
 * Paying goes through the emulator's sandbox (`POST /dev/pay/<outTradeNo>`): the app's own sandbox
 * confirm (wx.showModal, local transport) or, for wx.requestPayment, the host's WeChat Pay stand-in.
 * While the emulator has no sandbox route the step answers 'no-sandbox' and does nothing.
 */
import type { Page } from 'playwright-core';
import { answerModal, answerSubscribe, see, tap, text, waitRoute } from './app';
import { paymentSandboxAvailable } from './emulator-api';
import { waitIdle } from './harness';

export type PaymentStep = 'paid' | 'no-sandbox';

/** From the booking result page (去支付): pays the registration fee in the sandbox. */
export async function payRegistrationFee(page: Page, baseUrl: string): Promise<PaymentStep> {
  if (!(await paymentSandboxAvailable(baseUrl))) return 'no-sandbox';
  await tap(page, '#pay');
  await waitRoute(page, 'billing/order');
  await payOnOrderPage(page);
  return 'paid';
}

/** On the billing order page: pay, answer the notices' consent, confirm in the sandbox, see it paid. */
export async function payOnOrderPage(page: Page): Promise<void> {
  await tap(page, '#pay');
  // The pay tap asks for the payment and refund notices first; the pay sheet opens once that is answered.
  await page.locator('.pz-subscribe').waitFor({ state: 'visible', timeout: 10_000 });
  if ((await answerSubscribe(page, true)) === null) throw new Error('the pay tap did not ask for subscribe-message consent');
  const sheet = page.locator('.pz-modal, .pz-payment').first();
  await sheet.waitFor({ state: 'visible', timeout: 10_000 });
  if ((await page.locator('.pz-modal').count()) > 0) await answerModal(page, 'confirm', /支付/);
  else await page.locator('.pz-pay-confirm').click();
  await waitIdle(page);
  await waitRoute(page, 'billing/result');
  await see(page, /支付成功|已支付/);
}

/** On an appointment's page after cancelling a paid one: the refund is shown. */
export async function expectRefundShown(page: Page): Promise<string> {
  await see(page, '退款');
  const shown = await text(page);
  const m = /退款\s*(已退款|退款处理中)/.exec(shown);
  if (!m) throw new Error(`no refund state on the appointment page: ${shown.slice(0, 200)}`);
  return m[1];
}
