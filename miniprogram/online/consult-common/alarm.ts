/**
 * Where the ask page sends a question with red flags before it is sent: the triage package's
 * emergency screen (or its self-harm screen), with the same short query keys
 * (miniprogram/previsit/triage-common/query.ts reads them). Written here because a subpackage may
 * not require another subpackage's modules.
 */
import type { TriageResult } from '../../shared/dto/triage';

const pairs = (params: Array<[string, string]>): string =>
  params
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');

export function consultAlarmUrl(result: TriageResult, hospitalId: string): string {
  if (result.redFlags.some((f) => f.id === 'suicidal')) return `/previsit/crisis/index?${pairs([['h', hospitalId]])}`;
  const er = result.emergencyDepartment;
  return `/previsit/emergency/index?${pairs([
    ['h', hospitalId],
    ['d', er ? er.departmentId : ''],
    ['e', er ? er.name : ''],
    ['l', er ? er.location : ''],
    ['ph', er ? er.phone : ''],
    [
      'f',
      result.redFlags
        .slice(0, 5)
        .map((f) => f.label)
        .join('|'),
    ],
    ['v', result.advice.slice(0, 300)],
  ])}`;
}
