/**
 * The local emulator's payment sheet: a confirm sheet that plays the user paying in the sandbox
 * (`POST /dev/pay/<outTradeNo>`). Required only by miniprogram/api/payment.ts on the local transport.
 */
import { appConfig } from '../config';
import type { PaymentStartView } from '../shared/dto/billing';
import { feeText } from '../shared/money';

export function sandboxSheet(payment: PaymentStartView, amountFen: number): Promise<boolean> {
  return new Promise((resolve) => {
    wx.showModal({
      title: '模拟微信支付（本地沙箱）',
      content: `${payment.params.description || '订单'}\n支付 ${feeText(amountFen)}`,
      confirmText: '确认支付',
      success: (r) => {
        if (!r.confirm) return resolve(false);
        wx.request({
          url: `${appConfig.localBaseUrl}/dev/pay/${payment.outTradeNo}`,
          method: 'POST',
          data: {},
          success: (res) => resolve(res.statusCode === 200),
          fail: () => resolve(false),
        });
      },
      fail: () => resolve(false),
    });
  });
}
