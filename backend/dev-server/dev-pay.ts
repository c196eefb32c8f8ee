/**
 * `POST /dev/pay/<outTradeNo>`: the local stand-in for a user paying in the WeChat Pay sheet. The
 * sandbox marks its trade paid, then the success notice is played into the real notice handler,
 * exactly as cloudPay calls `payCallback`. Replaying it is harmless.
 */
import type { ServerResponse } from 'node:http';
import type { LocalPorts } from '../adapters/local/ports';
import { handlePayNotice } from '../handlers/orders/pay-notice';
import { sendJson } from './http-io';

export async function devPay(ports: LocalPorts, outTradeNo: string, res: ServerResponse): Promise<void> {
  const trade = await ports.payments.pay(outTradeNo);
  if (!trade) {
    sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: '沙箱中没有该交易，请先发起支付' } });
    return;
  }
  const notice = {
    returnCode: 'SUCCESS',
    resultCode: 'SUCCESS',
    outTradeNo,
    transactionId: trade.transactionId,
    totalFee: trade.totalFen,
    subOpenid: trade.openid,
    timeEnd: String(trade.paidAt ?? ''),
  };
  const answer = await handlePayNotice(ports, notice, ports.clock.now());
  sendJson(res, answer.errcode === 0 ? 200 : 500, { ok: answer.errcode === 0, data: { answer, transactionId: trade.transactionId } });
}
