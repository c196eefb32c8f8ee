/** What 就医反馈 shows: the caller's completed visits to rate, and their complaints with each one's clock. */
import { api } from '../../api/index';
import type { ComplaintView, VisitToRate } from '../../shared/dto/feedback';
import type { View } from '../../stores/remote';

export interface FeedbackHub {
  visits: Array<VisitToRate & { actionText: string }>;
  complaints: Array<ComplaintView & { deadlineText: string }>;
}

/** The line under a complaint: its deadline while open, or when it was answered. */
export function deadlineText(c: ComplaintView): string {
  if (c.answeredText) return `已于 ${c.answeredText} 答复`;
  if (c.overdue) return `已超过答复期限（${c.dueText}），已上报院方督办`;
  return `答复期限 ${c.dueText}，还剩 ${c.daysLeft} 个工作日`;
}

export async function loadHub(): Promise<View<FeedbackHub>> {
  const [visits, complaints] = await Promise.all([api.feedback.myVisits(), api.feedback.myComplaints()]);
  if (!visits.ok) return { status: 'error', data: null, error: visits.error.message };
  if (!complaints.ok) return { status: 'error', data: null, error: complaints.error.message };
  const hub: FeedbackHub = {
    visits: visits.data.visits.map((v) => ({ ...v, actionText: !v.rated ? '去评价' : v.editable ? '修改评价' : '已评价' })),
    complaints: complaints.data.complaints.map((c) => ({ ...c, deadlineText: deadlineText(c) })),
  };
  return { status: 'ready', data: hub, error: '' };
}
