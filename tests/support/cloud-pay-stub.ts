/** A fake of cloud.cloudPay: trades in memory; `payTrade` plays the user paying. Field names as the SDK documents them. */
import type { CloudPay } from '../../backend/adapters/cloud/sdk-types';

interface Trade {
  totalFee: number;
  state: 'NOTPAY' | 'SUCCESS';
  transactionId: string;
  refunds: Map<string, number>;
}

export interface CloudPayStub extends CloudPay {
  trades: Map<string, Trade>;
  payTrade(outTradeNo: string): void;
}

export function createCloudPayStub(): CloudPayStub {
  const trades = new Map<string, Trade>();
  return {
    trades,
    payTrade(outTradeNo) {
      const t = trades.get(outTradeNo);
      if (t && t.state === 'NOTPAY') Object.assign(t, { state: 'SUCCESS', transactionId: `420000${outTradeNo.slice(2, 22)}` });
    },
    async unifiedOrder(o) {
      if (o.outTradeNo.length > 32) return { returnCode: 'FAIL', returnMsg: 'out_trade_no 长度超过32' };
      if (!trades.has(o.outTradeNo)) trades.set(o.outTradeNo, { totalFee: o.totalFee, state: 'NOTPAY', transactionId: '', refunds: new Map() });
      return {
        returnCode: 'SUCCESS',
        resultCode: 'SUCCESS',
        payment: { timeStamp: '1764000000', nonceStr: o.nonceStr, package: `prepay_id=wx${o.outTradeNo}`, signType: 'MD5', paySign: 'stub' },
      };
    },
    async queryOrder(o) {
      const t = trades.get(o.outTradeNo);
      if (!t) return { returnCode: 'SUCCESS', resultCode: 'FAIL', errCode: 'ORDERNOTEXIST' };
      return {
        returnCode: 'SUCCESS',
        resultCode: 'SUCCESS',
        tradeState: t.state,
        transactionId: t.transactionId,
        totalFee: t.totalFee,
        timeEnd: t.state === 'SUCCESS' ? '20261125093000' : undefined,
      };
    },
    async refund(o) {
      const t = trades.get(o.outTradeNo);
      if (!t || t.state !== 'SUCCESS') return { returnCode: 'SUCCESS', resultCode: 'FAIL', errCode: 'ORDERNOTEXIST', errCodeDes: '订单不存在' };
      if (t.refunds.has(o.outRefundNo)) return { returnCode: 'SUCCESS', resultCode: 'SUCCESS' };
      const refunded = [...t.refunds.values()].reduce((a, b) => a + b, 0);
      if (refunded + o.refundFee > t.totalFee) return { returnCode: 'SUCCESS', resultCode: 'FAIL', errCode: 'NOTENOUGH', errCodeDes: '余额不足' };
      t.refunds.set(o.outRefundNo, o.refundFee);
      return { returnCode: 'SUCCESS', resultCode: 'SUCCESS' };
    },
  };
}
