/**
 * Who may practise online (consultation, online follow-up, e-prescriptions): a doctor of the
 * hospital, bound to their doctor record, with at least three years of independent practice —
 * the internet diagnosis rules summarised in docs/online.md. Pure.
 */
import { StaffRole } from '../../../miniprogram/shared/enums';
import type { StaffDoc } from '../content/docs';

export const MIN_ONLINE_PRACTICE_YEARS = 3;

/** Why this staff member may not practise online, or null when they may. `year` is the current year (Shanghai). */
export function onlinePracticeRefusal(staff: Pick<StaffDoc, 'roles' | 'doctorId' | 'practiceSinceYear'>, year: number): string | null {
  if (!staff.roles.includes(StaffRole.doctor) || !staff.doctorId) return '仅本院执业医师可提供线上诊疗';
  if (staff.practiceSinceYear === undefined) return '该医生未登记独立执业起始年份，暂不能提供线上诊疗';
  if (year - staff.practiceSinceYear < MIN_ONLINE_PRACTICE_YEARS) return `独立执业满${MIN_ONLINE_PRACTICE_YEARS}年的医生方可提供线上诊疗`;
  return null;
}
