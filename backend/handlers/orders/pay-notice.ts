/**
 * The WeChat Pay notice (cloudPay calls the `payCallback` function with it; the local sandbox plays
 * it from `POST /dev/pay/<outTradeNo>`). It answers `{ errcode: 0 }` only once the payment is
 * recorded, so WeChat keeps retrying until then. A notice is believed only when WeChat Pay's own
 * record of the trade agrees; one that does not match its order changes nothing and is kept for staff.
 */
import type { OrderDoc } from '../../domain/billing/docs';
import { noticeProblem, type PaymentNotice } from '../../domain/billing/orders';
import type { Ports } from '../../ports';
import { recordIssue } from './payment-issues';
import { applyPayment } from './settle';

export interface NoticeAnswer {
  errcode: number;
  errmsg: string;
}

function asNotice(event: unknown): PaymentNotice | null {
  if (typeof event !== 'object' || event === null) return null;
  const e = event as Record<string, unknown>;
  const str = (k: string) => (typeof e[k] === 'string' ? (e[k] as string) : '');
  const totalFee = typeof e.totalFee === 'number' ? e.totalFee : Number.NaN;
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(str('outTradeNo')) || !Number.isInteger(totalFee)) return null;
  return {
    outTradeNo: str('outTradeNo'),
    transactionId: str('transactionId').slice(0, 64),
    totalFee,
    resultCode: str('resultCode'),
    returnCode: str('returnCode'),
  };
}

export async function handlePayNotice(ports: Ports, event: unknown, now: number): Promise<NoticeAnswer> {
  const notice = asNotice(event);
  if (!notice) return { errcode: 0, errmsg: 'ignored: not a payment notice' };
  const [order] = await ports.db.find<OrderDoc>('orders', { where: { outTradeNo: notice.outTradeNo }, limit: 1 });
  if (!order) {
    await recordIssue(ports, { hospitalId: '', outTradeNo: notice.outTradeNo }, '支付通知找不到订单', notice.totalFee, notice.transactionId, now);
    return { errcode: 0, errmsg: 'recorded for review' };
  }
  const problem = noticeProblem(order, notice);
  if (problem) {
    await recordIssue(ports, order, problem, notice.totalFee, notice.transactionId, now);
    return { errcode: 0, errmsg: 'recorded for review' };
  }
  const trade = await ports.payments.query(order.outTradeNo);
  if ((trade.state !== 'paid' && trade.state !== 'refunded') || trade.totalFen !== order.totalFen) {
    await recordIssue(ports, order, `支付通知与微信支付记录不符（${trade.state}）`, notice.totalFee, notice.transactionId, now);
    return { errcode: 0, errmsg: 'recorded for review' };
  }
  try {
    await applyPayment(
      ports,
      order,
      { transactionId: trade.transactionId || notice.transactionId, totalFen: order.totalFen, paidAt: trade.paidAt ?? now, source: 'callback' },
      now,
    );
    return { errcode: 0, errmsg: 'OK' };
  } catch (e) {
    ports.logger.error('payment notice not recorded', { outTradeNo: notice.outTradeNo, error: e instanceof Error ? e.message : String(e) });
    return { errcode: 1, errmsg: 'retry' };
  }
}
