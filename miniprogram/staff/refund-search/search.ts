/** 查找退款订单: the search the billing clerk types (name, phone, visit day) and the result cells. */
import type { RefundCandidate } from '../../shared/dto/billing';
import { isMobile } from '../../shared/validators';

export interface SearchForm {
  name: string;
  phone: string;
  date: string;
}

export interface CandidateCell {
  orderId: string;
  title: string;
  label: string;
  value: string;
}

/** The query to send, or the message to show instead. */
export function searchQuery(f: SearchForm): { query: Partial<SearchForm>; error: string } {
  const name = f.name.trim();
  const phone = f.phone.trim();
  if (!name && !phone && !f.date) return { query: {}, error: '请填写就诊人姓名、手机号或就诊日期' };
  if (phone && !isMobile(phone)) return { query: {}, error: '请填写11位手机号' };
  return { query: { ...(name ? { name } : {}), ...(phone ? { phone } : {}), ...(f.date ? { date: f.date } : {}) }, error: '' };
}

export function candidateCell(o: RefundCandidate): CandidateCell {
  const who = o.phoneMasked ? `${o.patientName}（${o.phoneMasked}）` : o.patientName;
  const where = [o.departmentName, o.doctorName].filter((s) => s).join(' ');
  return {
    orderId: o.orderId,
    title: `${who} · ${o.title}`,
    label: `就诊 ${o.visitDate}${where ? ` · ${where}` : ''} · 支付 ${o.paidText}（${o.paidAtText}）· ${o.statusLabel}`,
    value: o.refundableFen > 0 ? `可退 ${o.refundableText}` : '无可退金额',
  };
}
