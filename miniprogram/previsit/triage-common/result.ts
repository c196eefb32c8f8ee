/**
 * The result page's lines, computed from the engine's answer (WXML only places them). The reasons
 * keep the engine's quotes around the patient's own words: “发烧”、发热伴咳嗽咳痰.
 */
import type { TriageResult, TriageStatus } from '../../shared/dto/triage';
import { describePerson } from './form';

export const DISCLAIMER = '本结果仅供参考，不能代替医生诊断';

export interface DepartmentCard {
  departmentId: string;
  rank: number;
  name: string;
  score: number;
  /** The score bar's width. */
  barStyle: string;
  /** 因为您提到：… */
  reasonText: string;
  location: string;
  /** The emergency department: no booking; its phone and the way there instead of 挂这个科. */
  emergency: boolean;
  phone: string;
}

export interface ResultPage {
  status: TriageStatus;
  needSymptoms: boolean;
  statusLabel: string;
  advice: string;
  departments: DepartmentCard[];
  symptoms: string[];
  /** 没有：发烧、拉肚子 — or '' when nothing was denied. */
  deniedText: string;
  durationText: string;
  personText: string;
  notices: string[];
}

const statusLabels: Record<TriageStatus, string> = {
  ok: '推荐科室',
  best_effort: '信息较少，先给出初步建议',
  need_symptoms: '还需要您描述症状',
  emergency: '请立即就医',
};

export function reasonText(reasons: string[]): string {
  const unique = reasons.filter((r, i, all) => r.length > 0 && all.indexOf(r) === i);
  return unique.length > 0 ? `因为您提到：${unique.join('、')}` : '';
}

export const EMERGENCY_NO_BOOKING = '急诊不用预约挂号，24小时接诊：直接到急诊科分诊台，护士会按病情轻重安排就诊。';

export function resultPage(result: TriageResult): ResultPage {
  const u = result.understood;
  const er = result.emergencyDepartment;
  const person = describePerson({ age: u.age === null ? null : Math.floor(u.age), sex: u.sex });
  return {
    status: result.status,
    needSymptoms: result.status === 'need_symptoms' || result.departments.length === 0,
    statusLabel: statusLabels[result.status],
    advice: result.advice,
    departments: result.departments.slice(0, 3).map((d, i) => ({
      departmentId: d.departmentId,
      rank: i + 1,
      name: d.name,
      score: d.score,
      barStyle: `width:${Math.max(4, Math.min(100, Math.round(d.score)))}%`,
      reasonText: reasonText(d.reasons),
      location: d.location,
      emergency: er !== null && er.departmentId === d.departmentId,
      phone: er !== null && er.departmentId === d.departmentId ? er.phone : '',
    })),
    symptoms: u.symptoms,
    deniedText: u.denied.length > 0 ? `没有：${u.denied.join('、')}` : '',
    durationText: u.duration ? `持续时间：${u.duration}` : '',
    personText: person ? `就诊人：${person}${u.pregnant ? ' · 怀孕中' : ''}` : '',
    notices: result.notices,
  };
}
