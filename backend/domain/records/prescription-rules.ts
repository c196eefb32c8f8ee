/**
 * China's prescription rules where the app decides anything (处方管理办法, 2007, arts. 18–19, and
 * 长期处方管理规范（试行）, 2021):
 * - a prescription is valid on the day it is written; the doctor may extend it to at most 3 days,
 *   and must note why;
 * - normally at most 7 days' supply; emergency (急诊) at most 3; a long-term prescription (长期处方)
 *   for a chronic disease at most 4 weeks, at most 12 weeks for a stable chronic patient with the
 *   doctor's note.
 * The supply is the prescription's days; the quantity may not exceed those days' doses rounded up
 * to whole packs. Pure functions: the time is passed in.
 */
import { shanghaiDate, shanghaiInstant } from '../../../miniprogram/shared/time';
import { unitsPerDay, type Frequency } from './frequency';

export const PRESCRIPTION_TYPES = ['normal', 'emergency', 'long_term', 'chronic_stable'] as const;
export type PrescriptionType = (typeof PRESCRIPTION_TYPES)[number];

export const MAX_DAYS: Record<PrescriptionType, number> = { normal: 7, emergency: 3, long_term: 28, chronic_stable: 84 };
export const TYPE_LABELS: Record<PrescriptionType, string> = {
  normal: '普通处方',
  emergency: '急诊处方',
  long_term: '长期处方',
  chronic_stable: '长期处方（慢病稳定期）',
};
export const MAX_VALID_DAYS = 3;

export interface RuleItem {
  drug: string;
  unitsPerTake: number;
  frequency: Frequency;
  days: number;
  quantity: number;
  unitsPerPack: number;
}

export interface RulePrescription {
  type: PrescriptionType;
  validDays: number;
  validityNote: string;
  chronicNote: string;
  items: RuleItem[];
}

/** What breaks the rules, in Chinese, or null when the prescription keeps them. */
export function regulationProblem(p: RulePrescription): string | null {
  if (p.validDays < 1 || p.validDays > MAX_VALID_DAYS) return `处方有效期${p.validDays}天，最长${MAX_VALID_DAYS}天`;
  if (p.validDays > 1 && p.validityNote === '') return '处方有效期超过当日，缺少医生注明的理由';
  if (p.type === 'chronic_stable' && p.chronicNote === '') return '慢病稳定期长期处方缺少医生的说明';
  const max = MAX_DAYS[p.type];
  for (const item of p.items) {
    if (item.days > max) return `${item.drug}：${TYPE_LABELS[p.type]}用量${item.days}天，超过${max}天`;
    const daily = unitsPerDay(item.unitsPerTake, item.frequency);
    if (daily === null) continue;
    const packsNeeded = Math.ceil((daily * item.days) / item.unitsPerPack - 1e-9);
    if (item.quantity > packsNeeded) return `${item.drug}：开具${item.quantity}盒，超过${item.days}天用量（${packsNeeded}盒）`;
  }
  return null;
}

/** The last instant the prescription can be dispensed: the end of its last valid day in Asia/Shanghai. */
export function validUntil(writtenAt: number, validDays: number): number {
  return shanghaiInstant(shanghaiDate(writtenAt)) + validDays * 86_400_000 - 1;
}

export const isExpired = (writtenAt: number, validDays: number, now: number): boolean => now > validUntil(writtenAt, validDays);
