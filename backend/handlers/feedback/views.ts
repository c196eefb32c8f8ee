/** Stored feedback → the DTOs of miniprogram/shared/dto/feedback.ts. */
import type { ComplaintView, ImprovementView, RatingView } from '../../../miniprogram/shared/dto/feedback';
import { ComplaintStatus, complaintCategoryLabels, complaintStatusLabels, ratingAspectLabels } from '../../../miniprogram/shared/enums';
import { shanghaiDate, shanghaiDateTime as timeText } from '../../../miniprogram/shared/time';
import { isOverdue } from '../../domain/feedback/complaints';
import type { ComplaintDoc, ImprovementDoc, RatingDoc } from '../../domain/feedback/docs';
import { aspectsOf, editableUntil } from '../../domain/feedback/ratings';
import { workingDaysLeft } from '../../domain/feedback/working-days';

export function ratingView(r: RatingDoc, now: number): RatingView {
  const until = editableUntil(r) ?? 0;
  return {
    appointmentId: r.appointmentId,
    scores: aspectsOf(r.kind).map((aspect) => ({ aspect, label: ratingAspectLabels[aspect], score: r.scores[aspect] ?? 0 })),
    comment: r.comment,
    ratedText: timeText(r.updatedAt),
    editable: now < until,
    editableUntilText: timeText(until),
  };
}

function stepAt(c: ComplaintDoc, status: ComplaintStatus): number | null {
  return c.steps.find((s) => s.status === status)?.at ?? null;
}

export function complaintView(c: ComplaintDoc, now: number): ComplaintView {
  const handlingAt = stepAt(c, ComplaintStatus.handling);
  const open = c.phase === 'open';
  return {
    id: c._id,
    hospitalId: c.hospitalId,
    category: c.category,
    categoryLabel: complaintCategoryLabels[c.category],
    departmentName: c.departmentName,
    appointmentId: c.appointmentId,
    text: c.text,
    photoIds: c.photoIds,
    status: c.status,
    statusLabel: complaintStatusLabels[c.status],
    receivedText: timeText(c.receivedAt),
    dueAt: c.dueAt,
    dueText: timeText(c.dueAt - 60_000),
    limitDays: c.limitDays,
    daysLeft: open ? workingDaysLeft(now, c.dueAt) : 0,
    overdue: isOverdue(c, now),
    escalated: c.escalatedAt !== null,
    handler: c.handler,
    answer: c.answer,
    answeredText: timeText(c.answeredAt),
    clock: [
      { label: '已受理', done: true, atText: timeText(c.receivedAt) },
      { label: '处理中', done: handlingAt !== null || !open, atText: timeText(handlingAt) },
      { label: '已答复', done: c.answeredAt !== null, atText: timeText(c.answeredAt) },
    ],
    steps: c.steps.map((s) => ({ statusLabel: complaintStatusLabels[s.status], byName: s.byName, atText: timeText(s.at), note: s.note })),
  };
}

export const improvementView = (i: ImprovementDoc): ImprovementView => ({
  id: i._id,
  title: i.title,
  text: i.text,
  departmentName: i.departmentName,
  publishedText: shanghaiDate(i.publishedAt),
});
