/** The admin's month: satisfaction per department as rows, and the overdue complaints the timer escalated. */
import { api } from '../../api/index';
import type { Envelope } from '../../shared/envelope';
import { RatingAspect, ratingAspectLabels } from '../../shared/enums';

export interface Report {
  month: string;
  total: number;
  departments: Array<{ id: string; title: string; value: string; label: string }>;
  overdue: Array<{ id: string; title: string; label: string }>;
}

export async function loadReport(hospitalId: string, month: string): Promise<Envelope<Report>> {
  const [stats, overdue] = await Promise.all([api.feedback.stats({ hospitalId, month }), api.feedback.overdue({ hospitalId })]);
  if (!stats.ok) return stats;
  if (!overdue.ok) return overdue;
  return {
    ok: true,
    data: {
      month: stats.data.month,
      total: stats.data.total,
      departments: stats.data.departments.map((d) => ({
        id: d.departmentId,
        title: d.departmentName,
        value: `满意 ${d.satisfiedPercent}%`,
        label: `${d.count} 条评价 · ${Object.values(RatingAspect)
          .flatMap((a) => (d.averages[a] === null ? [] : [`${ratingAspectLabels[a]} ${d.averages[a]}`]))
          .join(' · ')}`,
      })),
      overdue: overdue.data.complaints.map((c) => ({
        id: c.id,
        title: `${c.categoryLabel}${c.departmentName ? ` · ${c.departmentName}` : ''} · ${c.statusLabel}`,
        label: `期限 ${c.dueText}${c.handler ? ` · ${c.handler}` : ''}`,
      })),
    },
  };
}
