/** Satisfaction per department for a month: the average of each aspect and the count. Pure. */
import type { RatingAspect } from '../../../miniprogram/shared/enums';
import type { RatingDoc } from './docs';
import { RATING_ASPECTS } from './ratings';

export interface DepartmentSatisfaction {
  departmentId: string;
  departmentName: string;
  count: number;
  /** Average stars per aspect, one decimal. */
  averages: Record<RatingAspect, number>;
  /** Share of ratings whose every aspect is 4 or 5 stars, in percent. */
  satisfiedPercent: number;
}

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

export function satisfactionByDepartment(ratings: readonly Pick<RatingDoc, 'departmentId' | 'departmentName' | 'scores'>[]): DepartmentSatisfaction[] {
  const groups = new Map<string, Pick<RatingDoc, 'departmentId' | 'departmentName' | 'scores'>[]>();
  for (const r of ratings) groups.set(r.departmentId, [...(groups.get(r.departmentId) ?? []), r]);
  return [...groups.values()]
    .map((list) => {
      const averages = Object.fromEntries(RATING_ASPECTS.map((a) => [a, oneDecimal(list.reduce((s, r) => s + r.scores[a], 0) / list.length)])) as Record<RatingAspect, number>;
      const satisfied = list.filter((r) => RATING_ASPECTS.every((a) => r.scores[a] >= 4)).length;
      return { departmentId: list[0].departmentId, departmentName: list[0].departmentName, count: list.length, averages, satisfiedPercent: Math.round((satisfied * 100) / list.length) };
    })
    .sort((a, b) => b.count - a.count || a.departmentName.localeCompare(b.departmentName));
}
