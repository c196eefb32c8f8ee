/**
 * The staff refund form: the amount typed in yuan becomes integer fen here (at most two decimals,
 * never above what may still be refunded), the reason is required, and one request id per form
 * makes a retry (a double tap, or a resend after a lost answer) the same refund on the server.
 */
import type { OrderView } from '../../shared/dto/billing';
import { feeText } from '../../shared/money';

/** Yuan with two decimals, ¥0.00 for nothing. */
export function yuan(fen: number): string {
  return fen === 0 ? '¥0.00' : feeText(fen);
}

/** '10' → 1000, '10.5' → 1050, '0.01' → 1; counted in digits, so no floating-point rounding. */
export function parseYuan(text: string): { fen: number; error: string } {
  const t = text.trim();
  if (t === '') return { fen: 0, error: '请填写退款金额' };
  if (/^\d+\.\d{3,}$/.test(t)) return { fen: 0, error: '金额最多两位小数' };
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return { fen: 0, error: '请填写正确的金额，如 10 或 10.50' };
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (fen === 0) return { fen: 0, error: '退款金额必须大于0' };
  return { fen, error: '' };
}

/** The amount in fen and the message to show beside the field ('' when it may be refunded). */
export function checkAmount(text: string, refundableFen: number): { fen: number; error: string } {
  const parsed = parseYuan(text);
  if (parsed.error) return parsed;
  if (parsed.fen > refundableFen) return { fen: parsed.fen, error: `超过可退金额 ${yuan(refundableFen)}` };
  return parsed;
}

export const REASON_MAX = 60;

export function checkReason(reason: string): string {
  const t = reason.trim();
  if (t === '') return '请填写退款原因';
  return t.length > REASON_MAX ? `最多${REASON_MAX}个字，当前${t.length}个字` : '';
}

export function confirmText(o: Pick<OrderView, 'patientName' | 'title'>, fen: number, reason: string): string {
  return `向${o.patientName}退款 ${yuan(fen)}（${o.title}），原因：${reason.trim()}。退款将原路退回，提交后不能撤销。`;
}
