/** What the applicant is asked before cancelling, by the application's state. */
import type { ApplicationView } from '../../shared/dto/record-copies';

export function cancelText(a: Pick<ApplicationView, 'status' | 'feeText'>): string {
  if (a.status === 'paid') return `取消后已支付的${a.feeText}将原路退回，确定取消申请吗？`;
  if (a.status === 'quoted') return '取消后待支付的订单将关闭，确定取消申请吗？';
  return '确定取消这份病历复印申请吗？';
}
