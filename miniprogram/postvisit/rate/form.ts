/** The rating form: one row of stars per aspect of the item, filled from the saved rating or empty. */
import type { RatingView } from '../../shared/dto/feedback';
import { type RatingAspect, RatedService, ratingAspectLabels } from '../../shared/enums';

export interface StarRow {
  aspect: RatingAspect;
  label: string;
  score: number;
}

export function starRows(aspects: readonly RatingAspect[], rating: RatingView | null): StarRow[] {
  return aspects.map((aspect) => ({
    aspect,
    label: ratingAspectLabels[aspect],
    score: rating ? (rating.scores.find((s) => s.aspect === aspect)?.score ?? 0) : 0,
  }));
}

/** The scores to send, or the first aspect still without stars. */
export function scoresOf(rows: readonly StarRow[]): { scores: Partial<Record<RatingAspect, number>> } | { missing: string } {
  const empty = rows.find((r) => r.score < 1);
  if (empty) return { missing: empty.label };
  return { scores: Object.fromEntries(rows.map((r) => [r.aspect, r.score])) };
}

/** The online service a page query names (`kind` + `id`), or null for a visit (`appointmentId`). */
export function serviceOf(query: Record<string, string | undefined>): { kind: RatedService; itemId: string } | null {
  const kind = Object.values(RatedService).find((k) => k === query.kind);
  return kind ? { kind, itemId: (query.id || '').trim() } : null;
}

/** What an item that can no longer be rated shows instead of the form. */
export function closedText(rating: RatingView | null, service: boolean): string {
  if (!rating) return service ? '服务完成后才能评价。' : '就诊完成后才能评价。';
  return rating.comment ? `评价已超过7天，不能再修改。您的意见：${rating.comment}` : '评价已超过7天，不能再修改。';
}
