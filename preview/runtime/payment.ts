/**
 * wx.requestPayment in the preview: a confirm sheet in place of the WeChat Pay sheet that drives the
 * emulator's payment sandbox. The sandbox (backend/adapters/local/sandbox-payments.ts) answers the
 * payment parameters as `{ outTradeNo, totalFee, description }`; paying is
 * `POST /dev/pay/<outTradeNo>`, which replays WeChat's success notice into the real callback.
 * This is the only place that knows that contract.
 */
import { showNotice } from './ui';

export interface PaymentParams {
  outTradeNo?: string;
  totalFee?: string | number;
  description?: string;
  package?: string;
  [key: string]: unknown;
}

export type PaymentOutcome = { ok: true } | { ok: false; errMsg: string };

/** The sandbox trade a payment belongs to, or null for real WeChat Pay parameters. */
export function sandboxTradeOf(params: PaymentParams): string | null {
  if (typeof params.outTradeNo === 'string' && params.outTradeNo) return params.outTradeNo;
  const m = typeof params.package === 'string' ? /(?:^|&)sandbox_trade=([^&]+)/.exec(params.package) : null;
  return m ? decodeURIComponent(m[1]) : null;
}

function yuan(fen: unknown): string {
  const n = Number(fen);
  return Number.isFinite(n) ? `¥${(n / 100).toFixed(2)}` : '';
}

/** The path the sandbox pays at (one place to change when the emulator's contract changes). */
export function sandboxPayPath(outTradeNo: string): string {
  return `/dev/pay/${encodeURIComponent(outTradeNo)}`;
}

export async function requestPayment(params: PaymentParams): Promise<PaymentOutcome> {
  const trade = sandboxTradeOf(params);
  if (!trade) {
    await showNotice({
      kind: 'payment',
      title: '微信支付',
      lines: ['这是真实的微信支付参数，预览中无法支付。', '请在本地模拟器（transport: local）下预览支付。'],
      buttons: [{ text: '知道了', value: undefined, primary: true }],
    });
    return { ok: false, errMsg: 'requestPayment:fail not supported in the preview' };
  }
  const amount = yuan(params.totalFee);
  const confirmed = await showNotice({
    kind: 'payment',
    title: '微信支付（沙箱）',
    lines: [
      amount ? `支付金额 ${amount}` : '支付金额',
      params.description ? `商品：${params.description}` : '',
      `订单号：${trade}`,
      '预览中不扣款：确认后由本地支付沙箱记为已支付。',
    ].filter((l) => l !== ''),
    buttons: [
      { text: '取消', value: false, className: 'pz-pay-cancel' },
      { text: '确认支付', value: true, primary: true, className: 'pz-pay-confirm' },
    ],
  });
  if (!confirmed) return { ok: false, errMsg: 'requestPayment:fail cancel' };
  try {
    const res = await fetch(sandboxPayPath(trade), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    if (res.status === 404) {
      const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      return { ok: false, errMsg: `requestPayment:fail sandbox: ${body?.error?.message ?? 'no such endpoint or trade'}` };
    }
    if (!res.ok) return { ok: false, errMsg: `requestPayment:fail sandbox answered ${res.status}` };
    return { ok: true };
  } catch (e) {
    return { ok: false, errMsg: `requestPayment:fail ${e instanceof Error ? e.message : String(e)}` };
  }
}
