/**
 * WeChat Pay through cloud development (`cloud.cloudPay`): the merchant is the service provider's
 * sub-merchant (PEIZHEN_SUB_MCH_ID) and the notice goes to the `payCallback` cloud function.
 */
import { isCalendarDate, shanghaiInstant } from '../../../miniprogram/shared/time';
import { randomUUID } from 'node:crypto';
import type { PaymentStart, Payments, RefundOutcome, TradeState } from '../../ports';
import type { CloudSdk } from './sdk-types';

export interface MerchantConfig {
  subMchId: string;
  envId: string;
  /** The cloud function that receives payment notices. */
  callbackFunction: string;
}

/** '20261125093000' (yyyyMMddHHmmss, UTC+8) → epoch ms. */
function timeEndToEpoch(timeEnd: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(timeEnd);
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return isCalendarDate(date) ? shanghaiInstant(date, `${m[4]}:${m[5]}`) + Number(m[6]) * 1000 : null;
}

export class CloudPayments implements Payments {
  constructor(
    private readonly sdk: CloudSdk,
    private readonly merchant: MerchantConfig,
  ) {}

  async start(order: { outTradeNo: string; totalFen: number; description: string }): Promise<PaymentStart> {
    const res = await this.sdk.cloudPay.unifiedOrder({
      body: order.description.slice(0, 40),
      outTradeNo: order.outTradeNo,
      spbillCreateIp: '127.0.0.1',
      subMchId: this.merchant.subMchId,
      totalFee: order.totalFen,
      envId: this.merchant.envId,
      functionName: this.merchant.callbackFunction,
      nonceStr: randomUUID().replace(/-/g, '').slice(0, 32),
      tradeType: 'JSAPI',
    });
    if (res.returnCode !== 'SUCCESS' || res.resultCode !== 'SUCCESS' || !res.payment) {
      throw new Error(`unifiedOrder failed: ${res.returnMsg ?? ''} ${res.errCodeDes ?? ''}`);
    }
    return { params: res.payment, sandbox: false };
  }

  async query(outTradeNo: string): Promise<TradeState> {
    const res = await this.sdk.cloudPay.queryOrder({ subMchId: this.merchant.subMchId, outTradeNo, nonceStr: randomUUID().replace(/-/g, '') });
    const states: Record<string, TradeState['state']> = {
      SUCCESS: 'paid',
      REFUND: 'refunded',
      NOTPAY: 'unpaid',
      USERPAYING: 'unpaid',
      CLOSED: 'closed',
      REVOKED: 'closed',
      PAYERROR: 'unpaid',
    };
    return {
      state: res.returnCode === 'SUCCESS' ? (states[res.tradeState ?? ''] ?? 'unknown') : 'unknown',
      transactionId: res.transactionId ?? '',
      totalFen: res.totalFee ?? 0,
      paidAt: res.timeEnd ? timeEndToEpoch(res.timeEnd) : null,
    };
  }

  async refund(request: { outTradeNo: string; outRefundNo: string; totalFen: number; refundFen: number }): Promise<RefundOutcome> {
    const res = await this.sdk.cloudPay.refund({
      subMchId: this.merchant.subMchId,
      nonceStr: randomUUID().replace(/-/g, ''),
      outTradeNo: request.outTradeNo,
      outRefundNo: request.outRefundNo,
      totalFee: request.totalFen,
      refundFee: request.refundFen,
    });
    if (res.returnCode === 'SUCCESS' && res.resultCode === 'SUCCESS') return { ok: true };
    const code = res.errCode ?? 'UNKNOWN';
    return {
      ok: false,
      error: `${code} ${res.errCodeDes ?? res.returnMsg ?? ''}`.trim(),
      retryable: ['SYSTEMERROR', 'FREQUENCY_LIMITED', 'UNKNOWN'].includes(code),
    };
  }
}
