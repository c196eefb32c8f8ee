/**
 * Rating a finished visit, online service or home visit: once per item, editable for 7 days after the first
 * rating. Each kind is scored on its own aspects. Pure.
 */
import { AppointmentStatus, RatingAspect, type RatedService } from '../../../miniprogram/shared/enums';
import type { RatingDoc } from './docs';

export const RATING_EDIT_MS = 7 * 86_400_000;

export const RATING_ASPECTS = Object.values(RatingAspect);

/** The aspects a visit is scored on. */
export const VISIT_ASPECTS: readonly RatingAspect[] = ['doctor', 'nurse', 'waiting', 'environment', 'payment'];

/** Each service: its aspects, the statuses in which it is finished, and what an unfinished one answers. */
export const SERVICE_RATING: Record<RatedService, { aspects: readonly RatingAspect[]; finished: readonly string[]; notYet: string }> = {
  consult: { aspects: ['doctor', 'response'], finished: ['closed'], notYet: '咨询结束后才能评价' },
  followup: { aspects: ['doctor', 'response'], finished: ['completed'], notYet: '复诊完成后才能评价' },
  delivery: { aspects: ['speed', 'packaging'], finished: ['received', 'picked_up'], notYet: '收到药品后才能评价' },
  homecare: { aspects: ['nurse', 'punctuality'], finished: ['finished'], notYet: '服务完成后才能评价' },
};

/** The aspects a rating of `kind` (none: a visit) is scored on. */
export const aspectsOf = (kind: RatedService | undefined): readonly RatingAspect[] => (kind ? SERVICE_RATING[kind].aspects : VISIT_ASPECTS);

export type RatingCheck = { ok: true; kind: 'create' | 'edit' } | { ok: false; message: string };

/** The one rule: a finished item may be rated once, and the rating changed for 7 days. */
export function ratingWindow(finished: boolean, notYet: string, existing: Pick<RatingDoc, 'createdAt'> | null, now: number): RatingCheck {
  if (!finished) return { ok: false, message: notYet };
  if (!existing) return { ok: true, kind: 'create' };
  if (now < existing.createdAt + RATING_EDIT_MS) return { ok: true, kind: 'edit' };
  return { ok: false, message: '评价已超过7天，不能再修改' };
}

/** Whether the visit in `status` may be rated now, given the rating it already has. */
export const ratingCheck = (status: AppointmentStatus, existing: Pick<RatingDoc, 'createdAt'> | null, now: number): RatingCheck =>
  ratingWindow(status === AppointmentStatus.completed, '就诊完成后才能评价', existing, now);

/** Whether the online service of `kind` is finished in `status`: its detail page then offers 评价. */
export const serviceFinished = (kind: RatedService, status: string): boolean => SERVICE_RATING[kind].finished.includes(status);

/** Whether the online service of `kind` in `status` may be rated now. */
export const serviceRatingCheck = (kind: RatedService, status: string, existing: Pick<RatingDoc, 'createdAt'> | null, now: number): RatingCheck =>
  ratingWindow(serviceFinished(kind, status), SERVICE_RATING[kind].notYet, existing, now);

/** The first of `kind`'s aspects missing from `scores`, else the first scored that is not `kind`'s, else null. */
export function scoresProblem(kind: RatedService, scores: Partial<Record<RatingAspect, number>>): RatingAspect | null {
  const aspects = SERVICE_RATING[kind].aspects;
  return aspects.find((a) => scores[a] === undefined) ?? RATING_ASPECTS.find((a) => scores[a] !== undefined && !aspects.includes(a)) ?? null;
}

/** Until when a rating can be edited, or null for none yet. */
export const editableUntil = (r: Pick<RatingDoc, 'createdAt'> | null): number | null => (r ? r.createdAt + RATING_EDIT_MS : null);
