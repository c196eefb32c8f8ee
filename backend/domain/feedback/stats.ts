/**
 * Satisfaction per department for a month: the average of each aspect and the count. Pure. Each kind
 * scores its own aspects (domain/feedback/ratings.ts); an aspect no rating of a row scored averages null.
 */
import type { DepartmentSatisfaction } from '../../../miniprogram/shared/dto/feedback';
import type { RatingAspect } from '../../../miniprogram/shared/enums';
import type { RatingDoc } from './docs';
import { RATING_ASPECTS } from './ratings';

/** A rating as the statistics read it: the aspects its kind scores. */
export interface ScoredRating {
  departmentId: string;
  departmentName: string;
  scores: Partial<Record<RatingAspect, number>>;
}

/** Home visits (医护到家) count in one row of their own. */
export const HOME_VISIT_ROW = { departmentId: 'homecare', departmentName: '上门护理' } as const;

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

function average(list: readonly ScoredRating[], aspect: RatingAspect): number | null {
  const given = list.flatMap((r) => (r.scores[aspect] === undefined ? [] : [r.scores[aspect]]));
  return given.length === 0 ? null : oneDecimal(given.reduce((s, n) => s + n, 0) / given.length);
}

export function satisfactionByDepartment(
  ratings: readonly (ScoredRating | Pick<RatingDoc, 'departmentId' | 'departmentName' | 'scores'>)[],
): DepartmentSatisfaction[] {
  const groups = new Map<string, ScoredRating[]>();
  for (const r of ratings) groups.set(r.departmentId, [...(groups.get(r.departmentId) ?? []), r]);
  return [...groups.values()]
    .map((list) => {
      const averages = Object.fromEntries(RATING_ASPECTS.map((a) => [a, average(list, a)])) as Record<RatingAspect, number | null>;
      const satisfied = list.filter((r) => Object.values(r.scores).every((n) => n >= 4)).length;
      return {
        departmentId: list[0].departmentId,
        departmentName: list[0].departmentName,
        count: list.length,
        averages,
        satisfiedPercent: Math.round((satisfied * 100) / list.length),
      };
    })
    .sort((a, b) => b.count - a.count || a.departmentName.localeCompare(b.departmentName));
}
