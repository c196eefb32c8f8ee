/**
 * Online prescriptions (互联网诊疗管理办法（试行） art. 19; 互联网诊疗监管细则（试行） 2022):
 * - only from the online formulary (backend/domain/online/formulary.ts), never a narcotic or
 *   psychotropic drug (麻精);
 * - a renewal repeats the previous medicines; an adjustment stays within the follow-up's diagnosis
 *   (each drug must treat one of its conditions);
 * - the supply rules are the ones every prescription keeps (backend/domain/records/prescription-rules.ts:
 *   long-term ≤ 4 weeks; ≤ 12 weeks only for a chronic condition, stable, with the doctor's note);
 * - a child under 6 only with a guardian present: the account holder, who manages the child as a
 *   family member of relation `child`. Pure.
 */
import type { Relation } from '../../../miniprogram/shared/enums';
import { regulationProblem, type PrescriptionType } from '../records/prescription-rules';
import type { Condition } from './conditions';
import { formularyDrug, type FormularyDrug } from './formulary';
import { ONLINE_RX_TYPES as SHARED_RX_TYPES, type OnlineRxType } from '../../../miniprogram/shared/dto/online';

/** The online types (miniprogram/shared/dto/online.ts), each one of the prescription types. */
export const ONLINE_RX_TYPES = SHARED_RX_TYPES satisfies readonly PrescriptionType[];
export type { OnlineRxType };
export const GUARDIAN_AGE = 6;

export interface RxLine {
  code: string;
  quantity: number;
  days: number;
}

export interface RxPlan {
  type: OnlineRxType;
  chronicNote: string;
  lines: readonly RxLine[];
}

/** Why this prescription cannot be written online for these conditions, or null. */
export function onlineRxProblem(plan: RxPlan, conditions: ReadonlyArray<Pick<Condition, 'code' | 'label' | 'chronic'>>): string | null {
  if (plan.lines.length === 0) return '处方至少需要一种药品';
  if (new Set(plan.lines.map((l) => l.code)).size !== plan.lines.length) return '同一药品只能开一行';
  const drugs: FormularyDrug[] = [];
  for (const line of plan.lines) {
    const drug = formularyDrug(line.code);
    if (!drug) return `药品${line.code}不在本院线上处方目录中`;
    if (drug.controlled) return `${drug.name}属于麻醉药品或精神药品，不能在线开具，请到医院面诊`;
    if (!drug.treats.some((c) => conditions.some((x) => x.code === c)))
      return `${drug.name}超出本次复诊的诊断范围（${conditions.map((c) => c.label).join('、')}），如需调整请到医院面诊`;
    drugs.push(drug);
  }
  if (plan.type === 'chronic_stable' && !conditions.some((c) => c.chronic)) return '本次诊断不属于慢性病，不能开具12周的长期处方';
  return regulationProblem({
    type: plan.type,
    validDays: 1,
    validityNote: '',
    chronicNote: plan.chronicNote,
    items: plan.lines.map((l, i) => ({
      drug: drugs[i].name,
      unitsPerTake: drugs[i].unitsPerTake,
      frequency: drugs[i].frequency,
      days: l.days,
      quantity: l.quantity,
      unitsPerPack: drugs[i].unitsPerPack,
    })),
  });
}

/** Why the patient may not be seen online without a guardian, or null: a child under 6 needs the account holder, their guardian, present. */
export function guardianProblem(age: number | null, relation: Relation, guardianPresent: boolean): string | null {
  if (age === null || age >= GUARDIAN_AGE) return null;
  if (relation !== 'child') return '6岁以下儿童须由其监护人使用本人账号、以“子女”身份添加后申请在线复诊';
  if (!guardianPresent) return '6岁以下儿童在线复诊须由监护人全程陪同，请确认监护人在场';
  return null;
}

export interface PreviousItem {
  code: string;
  drug: string;
  quantity: number;
  days: number;
}

/** The previous medicines as lines of a renewal; those not in the online formulary (or 麻精) are named apart. */
export function renewalOf(previous: readonly PreviousItem[]): { lines: RxLine[]; left: string[] } {
  const lines: RxLine[] = [];
  const left: string[] = [];
  for (const item of previous) {
    const drug = formularyDrug(item.code);
    if (!drug || drug.controlled) left.push(item.drug);
    else lines.push({ code: item.code, quantity: item.quantity, days: item.days });
  }
  return { lines, left };
}

/** The type a renewal keeps: 12 weeks only for a chronic condition when the previous supply was longer than 4 weeks. */
export function renewalType(lines: readonly RxLine[], conditions: ReadonlyArray<Pick<Condition, 'chronic'>>): OnlineRxType {
  const longest = Math.max(0, ...lines.map((l) => l.days));
  if (longest > 28 && conditions.some((c) => c.chronic)) return 'chronic_stable';
  return longest > 7 ? 'long_term' : 'normal';
}
