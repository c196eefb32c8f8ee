/**
 * Paying an order: opens WeChat Pay's sheet (cloud) or, on the local emulator, a confirm sheet
 * that drives the sandbox (miniprogram/api/sandbox-pay.ts), then asks the server to settle, since
 * the payment notice may not have arrived yet.
 */
import type { OrderView, PaymentStartView } from '../shared/dto/billing';
import type { Envelope } from '../shared/envelope';
import { ErrorCode } from '../shared/errors';
import { transportKind } from './environment';
import { api } from './index';

export type PayOutcome = { status: 'paid' | 'cancelled' | 'pending'; order: OrderView | null } | { status: 'error'; message: string };

/**
 * The local sandbox's sheet, loaded only on the local transport: a trial or release build never
 * requires miniprogram/api/sandbox-pay.ts (tests/unit/transport-choice.test.ts).
 */
function sandboxSheet(payment: PaymentStartView, amountFen: number): Promise<boolean> {
  const sandbox: typeof import('./sandbox-pay') = require('./sandbox-pay');
  return sandbox.sandboxSheet(payment, amountFen);
}

function wechatSheet(payment: PaymentStartView): Promise<boolean> {
  return new Promise((resolve) => {
    const p = payment.params;
    wx.requestPayment({
      timeStamp: p.timeStamp,
      nonceStr: p.nonceStr,
      package: p.package,
      signType: p.signType as 'MD5' | 'HMAC-SHA256' | 'RSA',
      paySign: p.paySign,
      success: () => resolve(true),
      fail: () => resolve(false),
    });
  });
}

function message(res: Envelope<unknown>): string {
  return res.ok ? '' : res.error.message;
}

/** Pays an order end to end; the answer says how it stands after the server settled it. */
export async function payOrder(orderId: string, amountFen: number): Promise<PayOutcome> {
  const started = await api.orders.pay({ orderId });
  if (!started.ok) return { status: 'error', message: message(started) };
  const payment = started.data.payment;
  const confirmed = payment.sandbox && transportKind() === 'local' ? await sandboxSheet(payment, amountFen) : await wechatSheet(payment);
  const settled = await api.orders.settle({ orderId });
  if (!settled.ok) return settled.error.code === ErrorCode.NETWORK ? { status: 'pending', order: null } : { status: 'error', message: message(settled) };
  const order = settled.data.order;
  if (order.status === 'paid') return { status: 'paid', order };
  return { status: confirmed ? 'pending' : 'cancelled', order };
}
