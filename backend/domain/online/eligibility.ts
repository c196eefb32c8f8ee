/**
 * Who may be followed up online (互联网诊疗管理办法（试行） 2018, 互联网诊疗监管细则（试行） 2022): a
 * patient with a confirmed diagnosis from an in-person visit at this hospital, in this department,
 * within the hospital's window (180 days by default), for a common or chronic condition — never a
 * first visit online. Computed from the HIS's visit history before anything is paid. Pure.
 */
import { shanghaiDate } from '../../../miniprogram/shared/time';
import type { HisVisit } from '../his/visits';
import { conditionsOf, type Condition } from './conditions';

export const DEFAULT_FOLLOWUP_WINDOW_DAYS = 180;
const DAY_MS = 86_400_000;

export interface QualifyingVisit {
  visitId: string;
  date: string;
  departmentId: string;
  departmentName: string;
  doctorName: string;
  diagnosis: string;
  conditions: Array<Pick<Condition, 'code' | 'label' | 'chronic'>>;
}

export interface Eligibility {
  eligible: boolean;
  reason: string;
  qualifyingVisit: QualifyingVisit | null;
}

/** The newest qualifying visit, or why there is none (in Chinese, for the patient). */
export function followupEligibility(
  visits: readonly HisVisit[],
  where: { hospitalId: string; departmentId: string; departmentName: string; windowDays: number; now: number },
): Eligibility {
  const since = where.now - where.windowDays * DAY_MS;
  const here = visits
    .filter((v) => v.hospitalId === where.hospitalId && v.departmentId === where.departmentId && v.inPerson && v.visitedAt <= where.now)
    .sort((a, b) => b.visitedAt - a.visitedAt);
  const recent = here.filter((v) => v.visitedAt >= since && v.diagnosis !== '');
  if (here.length === 0)
    return {
      eligible: false,
      reason: `您近期没有在本院${where.departmentName}线下就诊的记录。首次就诊不能在线进行，请先到医院${where.departmentName}面诊`,
      qualifyingVisit: null,
    };
  if (recent.length === 0)
    return {
      eligible: false,
      reason: `您在本院${where.departmentName}的最近一次线下就诊已超过${where.windowDays}天，请先到医院面诊后再申请在线复诊`,
      qualifyingVisit: null,
    };
  const qualifying = recent.find((v) => conditionsOf(v.diagnosis).length > 0);
  if (!qualifying)
    return { eligible: false, reason: `您最近的诊断（${recent[0].diagnosis}）不属于可在线复诊的常见病、慢性病，请到医院面诊`, qualifyingVisit: null };
  return {
    eligible: true,
    reason: '',
    qualifyingVisit: {
      visitId: qualifying.id,
      date: shanghaiDate(qualifying.visitedAt),
      departmentId: qualifying.departmentId,
      departmentName: qualifying.departmentName,
      doctorName: qualifying.doctorName,
      diagnosis: qualifying.diagnosis,
      conditions: conditionsOf(qualifying.diagnosis).map(({ code, label, chronic }) => ({ code, label, chronic })),
    },
  };
}
