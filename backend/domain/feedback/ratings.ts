/**
 * Rating a completed visit: once per visit, editable for 7 days after the first rating. Pure.
 */
import { AppointmentStatus, RatingAspect } from '../../../miniprogram/shared/enums';
import type { RatingDoc } from './docs';

export const RATING_EDIT_MS = 7 * 86_400_000;

export const RATING_ASPECTS = Object.values(RatingAspect);

export type RatingCheck = { ok: true; kind: 'create' | 'edit' } | { ok: false; message: string };

/** Whether the visit in `status` may be rated now, given the rating it already has. */
export function ratingCheck(status: AppointmentStatus, existing: Pick<RatingDoc, 'createdAt'> | null, now: number): RatingCheck {
  if (status !== AppointmentStatus.completed) return { ok: false, message: '就诊完成后才能评价' };
  if (!existing) return { ok: true, kind: 'create' };
  if (now < existing.createdAt + RATING_EDIT_MS) return { ok: true, kind: 'edit' };
  return { ok: false, message: '评价已超过7天，不能再修改' };
}

/** Until when a rating can be edited, or null for none yet. */
export const editableUntil = (r: Pick<RatingDoc, 'createdAt'> | null): number | null => (r ? r.createdAt + RATING_EDIT_MS : null);
