/** Who may nurse at home: at least 5 years of practice and the title 护师 or above. Pure. */
import { NurseTitle, type NurseTitle as Title } from '../../../miniprogram/shared/enums';

const RANK: Title[] = [NurseTitle.nurse, NurseTitle.senior_nurse, NurseTitle.supervisor, NurseTitle.associate_chief, NurseTitle.chief];

export const MIN_PRACTICE_YEARS = 5;

/** Why the nurse may not be assigned, or null. `year` is the current year (Shanghai). */
export function nurseProblem(profile: { nurseTitle?: Title; practiceSinceYear?: number }, year: number): string | null {
  if (!profile.nurseTitle || profile.practiceSinceYear === undefined) return '该护士未登记职称和执业年限';
  if (RANK.indexOf(profile.nurseTitle) < RANK.indexOf(NurseTitle.senior_nurse)) return '居家护理须由护师及以上职称的护士承担';
  if (year - profile.practiceSinceYear < MIN_PRACTICE_YEARS) return '居家护理须由执业5年以上的护士承担';
  return null;
}
