/**
 * The local transport pays through the sandbox: `payOrder` shows a confirm sheet, then POSTs
 * `/dev/pay/<outTradeNo>`. `routeRequests` routes only `/fn/…`; this adds that one route, played
 * as the dev server does (backend/dev-server/dev-pay.ts): the sandbox marks its trade paid and the
 * success notice goes into the real notice handler.
 */
import { handlePayNotice } from '../../../backend/handlers/orders/pay-notice';
import type { LocalSystem } from '../../support/local-system';
import { routeRequests, wxMock, type WxRequestOptions } from './page';

export const DEV_PAY = /\/dev\/pay\/([^/]+)$/;

async function devPay(system: LocalSystem, outTradeNo: string): Promise<{ statusCode: number; data: unknown }> {
  const trade = await system.ports.payments.pay(outTradeNo);
  if (!trade) return { statusCode: 404, data: { ok: false } };
  const notice = { returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo, transactionId: trade.transactionId, totalFee: trade.totalFen };
  const answer = await handlePayNotice(system.ports, notice, system.ports.clock.now());
  return { statusCode: answer.errcode === 0 ? 200 : 500, data: { ok: answer.errcode === 0 } };
}

/** Routes `/fn/…` to the handlers and `/dev/pay/…` to the sandbox; returns the request mock. */
export function routeWithDevPay(system: LocalSystem): jest.Mock {
  routeRequests(system);
  const toHandlers = wxMock.request.getMockImplementation() as (options: WxRequestOptions) => void;
  wxMock.request.mockImplementation((options: WxRequestOptions) => {
    const match = DEV_PAY.exec(options.url);
    if (!match) return toHandlers(options);
    void devPay(system, match[1]).then((res) => options.success?.(res));
  });
  return wxMock.request;
}

/** The sandbox payments the page made: the URLs of its `/dev/pay/…` requests. */
export function devPayCalls(): string[] {
  return wxMock.request.mock.calls.map(([o]: [WxRequestOptions]) => o.url).filter((url: string) => DEV_PAY.test(url));
}
