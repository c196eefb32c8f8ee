/**
 * What the payment result page says: the order as the server has it now decides, and the outcome
 * the order page passed (the patient closed the sheet, or paid and the notice is still on its way)
 * tells an unpaid order that was cancelled from one still being processed.
 */
import type { OrderView } from '../../shared/dto/billing';
import { shanghaiTime } from '../../shared/time';

export type Outcome = 'paid' | 'pending' | 'cancelled';
export type ResultKind = 'success' | 'pending' | 'cancelled' | 'refunded' | 'closed';

export interface PayResult {
  order: OrderView;
  kind: ResultKind;
  title: string;
  desc: string;
  icon: string;
  /** The appointment a registration fee pays for, or ''. */
  appointmentId: string;
}

export function outcomeOf(text: string | undefined): Outcome {
  return text === 'paid' || text === 'cancelled' ? text : 'pending';
}

function kindOf(o: OrderView, outcome: Outcome): ResultKind {
  if (o.status === 'paid' || o.status === 'partially_refunded') return 'success';
  if (o.status === 'refunded') return 'refunded';
  if (o.status === 'closed' || !o.payable) return 'closed';
  return outcome === 'cancelled' ? 'cancelled' : 'pending';
}

const icons: Record<ResultKind, string> = { success: 'checked', pending: 'clock', cancelled: 'info', refunded: 'info', closed: 'info' };

function texts(kind: ResultKind, o: OrderView): { title: string; desc: string } {
  const registration = o.kind === 'registration';
  switch (kind) {
    case 'success':
      return { title: '支付成功', desc: registration ? `已支付 ${o.totalText}，预约成功，请按时就诊。` : `已支付 ${o.totalText}。` };
    case 'refunded':
      return { title: '已退款', desc: `费用 ${o.refundedText} 已原路退回。` };
    case 'closed':
      return { title: '订单已关闭', desc: registration ? '超时未支付，号源已释放，请重新预约。' : '订单已关闭，不能再支付。' };
    case 'cancelled':
      return { title: '已取消支付', desc: o.holdUntil === null ? '订单仍待支付。' : `订单仍待支付，请在${shanghaiTime(o.holdUntil)}前完成支付。` };
    default:
      return { title: '支付处理中', desc: '正在确认支付结果，请稍候点击“刷新”。如已扣款，请勿重复支付。' };
  }
}

export function payResult(o: OrderView, outcome: Outcome): PayResult {
  const kind = kindOf(o, outcome);
  return { order: o, kind, ...texts(kind, o), icon: icons[kind], appointmentId: o.kind === 'registration' ? o.visitId : '' };
}
