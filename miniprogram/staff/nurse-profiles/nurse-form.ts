/**
 * 护士资质: each nurse's title and the year practice began, as the staff record keeps them
 * (backend/handlers/homecare/coordinator.ts setNurse); home visits need 护师 or above and at least
 * 5 years of practice (backend/domain/homecare/nurses.ts).
 */
import type { HomeNurse } from '../../shared/dto/homecare';
import { NurseTitle, nurseTitleLabels } from '../../shared/enums';
import { wholeOf } from '../common/schedule-rules';

export interface NurseRow {
  openid: string;
  name: string;
  detail: string;
  status: string;
}

export const titleOptions = Object.values(NurseTitle).map((t) => ({ value: t, label: nurseTitleLabels[t] }));

export function nurseRows(nurses: readonly HomeNurse[]): NurseRow[] {
  return nurses.map((n) => ({
    openid: n.openid,
    name: n.name,
    detail: n.nurseTitle && n.practiceSinceYear !== null ? `${nurseTitleLabels[n.nurseTitle]} · ${n.practiceSinceYear}年起执业` : '未登记职称和执业年份',
    status: n.problem === '' ? '可上门护理' : n.problem,
  }));
}

/** The year typed, between 1960 and this year. */
export function practiceYearOf(text: string, thisYear: number): { ok: true; value: number } | { ok: false; error: string } {
  const year = wholeOf(text, 1960, thisYear);
  return year.ok ? year : { ok: false, error: `请填写1960到${thisYear}之间的年份` };
}
