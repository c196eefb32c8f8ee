/** The service desk's worklist as rows: deadline first, overdue and escalated ones marked. */
import { api } from '../../api/index';
import type { ComplaintView } from '../../shared/dto/feedback';
import type { Envelope } from '../../shared/envelope';

export interface WorkRow {
  id: string;
  title: string;
  label: string;
  late: boolean;
  escalated: boolean;
}

export interface Worklist {
  open: WorkRow[];
  answered: WorkRow[];
}

function rowOf(c: ComplaintView): WorkRow {
  const about = c.departmentName ? ` · ${c.departmentName}` : '';
  const due = c.overdue ? `已逾期（期限 ${c.dueText}）` : `期限 ${c.dueText} · 还剩 ${c.daysLeft} 个工作日`;
  return {
    id: c.id,
    title: `${c.categoryLabel}${about} · ${c.statusLabel}`,
    label: c.answeredText ? `答复于 ${c.answeredText}` : `${due}${c.handler ? ` · ${c.handler}` : ''}`,
    late: c.overdue,
    escalated: c.escalated,
  };
}

export async function loadWorklist(hospitalId: string): Promise<Envelope<Worklist>> {
  const res = await api.feedback.worklist({ hospitalId });
  if (!res.ok) return res;
  return { ok: true, data: { open: res.data.complaints.map(rowOf), answered: res.data.answered.map(rowOf) } };
}
