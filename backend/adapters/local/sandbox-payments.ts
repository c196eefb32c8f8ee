/**
 * The local WeChat Pay sandbox: trades live in the store's `sandboxTrades` collection, apart from
 * our orders, as WeChat's own records would be. `POST /dev/pay/<outTradeNo>` pays a trade and plays
 * the success notice into the real callback handler; refunds are idempotent by outRefundNo and never
 * exceed what was paid, as WeChat Pay enforces.
 */
import { randomUUID } from 'node:crypto';
import type { Clock, Db, PaymentStart, Payments, RefundOutcome, TradeState } from '../../ports';
import { DuplicateKeyError } from '../../ports';

export interface SandboxTrade {
  _id: string;
  totalFen: number;
  description: string;
  openid: string;
  state: 'unpaid' | 'paid';
  transactionId: string;
  paidAt: number | null;
  refunds: Array<{ outRefundNo: string; refundFen: number }>;
}

export class SandboxPayments implements Payments {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async start(order: { outTradeNo: string; totalFen: number; description: string; openid: string }): Promise<PaymentStart> {
    const trade: SandboxTrade = {
      _id: order.outTradeNo,
      totalFen: order.totalFen,
      description: order.description,
      openid: order.openid,
      state: 'unpaid',
      transactionId: '',
      paidAt: null,
      refunds: [],
    };
    try {
      await this.db.insert('sandboxTrades', trade);
    } catch (e) {
      if (!(e instanceof DuplicateKeyError)) throw e;
    }
    return { params: { outTradeNo: order.outTradeNo, totalFee: String(order.totalFen), description: order.description }, sandbox: true };
  }

  /** The sandbox's "user paid": marks the trade paid once; answers the trade, or null when unknown. */
  async pay(outTradeNo: string): Promise<SandboxTrade | null> {
    const transactionId = `SANDBOX${randomUUID().replace(/-/g, '').slice(0, 20).toUpperCase()}`;
    await this.db.update('sandboxTrades', { _id: outTradeNo, state: 'unpaid' }, { set: { state: 'paid', transactionId, paidAt: this.clock.now() } });
    return this.db.get<SandboxTrade>('sandboxTrades', outTradeNo);
  }

  async query(outTradeNo: string): Promise<TradeState> {
    const t = await this.db.get<SandboxTrade>('sandboxTrades', outTradeNo);
    if (!t) return { state: 'unknown', transactionId: '', totalFen: 0, paidAt: null };
    const refunded = t.refunds.reduce((n, r) => n + r.refundFen, 0);
    const state = t.state === 'paid' && refunded >= t.totalFen ? 'refunded' : t.state;
    return { state, transactionId: t.transactionId, totalFen: t.totalFen, paidAt: t.paidAt };
  }

  async refund(request: { outTradeNo: string; outRefundNo: string; totalFen: number; refundFen: number }): Promise<RefundOutcome> {
    return this.db.transaction(async (tx) => {
      const t = await tx.get<SandboxTrade>('sandboxTrades', request.outTradeNo);
      if (!t || t.state !== 'paid') return { ok: false, error: 'ORDERNOTEXIST 订单未支付', retryable: false };
      if (t.refunds.some((r) => r.outRefundNo === request.outRefundNo)) return { ok: true };
      if (request.totalFen !== t.totalFen) return { ok: false, error: 'PARAM_ERROR 订单金额不符', retryable: false };
      const refunded = t.refunds.reduce((n, r) => n + r.refundFen, 0);
      if (refunded + request.refundFen > t.totalFen) return { ok: false, error: 'NOTENOUGH 退款金额超过可退金额', retryable: false };
      await tx.updateById('sandboxTrades', t._id, { set: { refunds: [...t.refunds, { outRefundNo: request.outRefundNo, refundFen: request.refundFen }] } });
      return { ok: true };
    });
  }
}
