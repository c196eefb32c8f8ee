/** The rating form: one row of stars per aspect, filled from the saved rating or empty. */
import type { RatingView } from '../../shared/dto/feedback';
import { RatingAspect, ratingAspectLabels } from '../../shared/enums';

export interface StarRow {
  aspect: RatingAspect;
  label: string;
  score: number;
}

export function starRows(rating: RatingView | null): StarRow[] {
  return Object.values(RatingAspect).map((aspect) => ({
    aspect,
    label: ratingAspectLabels[aspect],
    score: rating ? (rating.scores.find((s) => s.aspect === aspect)?.score ?? 0) : 0,
  }));
}

/** The scores to send, or the first aspect still without stars. */
export function scoresOf(rows: readonly StarRow[]): { scores: Record<RatingAspect, number> } | { missing: string } {
  const empty = rows.find((r) => r.score < 1);
  if (empty) return { missing: empty.label };
  const scores = { doctor: 0, nurse: 0, waiting: 0, environment: 0, payment: 0 };
  for (const r of rows) scores[r.aspect] = r.score;
  return { scores };
}

/** What a visit that can no longer be rated shows instead of the form. */
export function closedText(rating: RatingView | null): string {
  if (!rating) return '就诊完成后才能评价。';
  return rating.comment ? `评价已超过7天，不能再修改。您的意见：${rating.comment}` : '评价已超过7天，不能再修改。';
}
