/**
 * Which drugs may be sent by courier, as data: China's 2022 list of drugs that must not be sold
 * online (药品网络销售禁止清单（第一版）, 国家药监局 2022: vaccines, blood products, narcotic and
 * psychotropic drugs, medical toxic drugs, radiopharmaceuticals, precursor chemicals; injections
 * except insulin and other glucose-lowering injections; the hospitals' own preparations
 * (医疗机构制剂); and named drugs, among them warfarin, digoxin, amiodarone, lithium), and the
 * hospital's own rules (麻精, cold chain unless the hospital ships cold, chemotherapy). A drug held
 * back is picked up at the pharmacy, with the reason shown. Pure.
 */
import type { FormularyDrug } from './formulary';

/** Named on the 2022 list (by the formulary's codes). */
export const NAMED_NO_ONLINE_SALE: Readonly<Record<string, string>> = {
  'DRUG-WAR': '华法林',
  'DRUG-DIG': '地高辛',
  'DRUG-AMI': '胺碘酮',
  'DRUG-LI': '碳酸锂',
};

export interface DeliveryRule {
  id: string;
  /** Whether the rule holds this drug back, given whether the hospital ships cold. */
  holds: (drug: FormularyDrug, shipsCold: boolean) => boolean;
  reason: (drug: FormularyDrug) => string;
}

export const DELIVERY_RULES: readonly DeliveryRule[] = [
  { id: 'controlled', holds: (x) => x.controlled !== undefined, reason: () => '麻醉药品和精神药品不得网络销售，请到医院药房凭处方领取' },
  {
    id: 'named',
    holds: (x) => NAMED_NO_ONLINE_SALE[x.code] !== undefined,
    reason: (x) => `${NAMED_NO_ONLINE_SALE[x.code]}列入国家药品网络销售禁止清单，请到药房领取并听取药师用药交代`,
  },
  {
    id: 'injection',
    holds: (x) => x.injection === true && x.glucoseLowering !== true,
    reason: () => '注射剂（胰岛素等降糖注射剂除外）不得网络销售，请到药房领取',
  },
  { id: 'in_house', holds: (x) => x.inHouse === true, reason: () => '医疗机构制剂只能在本院药房发放' },
  { id: 'chemo', holds: (x) => x.chemo === true, reason: () => '抗肿瘤药物须在医院药房领取' },
  { id: 'cold_chain', holds: (x, shipsCold) => x.coldChain === true && !shipsCold, reason: () => '需2–8℃冷链运输，本院暂不提供冷链配送，请到药房领取' },
];

/** Why the drug cannot be delivered, or null when it can. */
export function holdReason(drug: FormularyDrug, shipsCold: boolean): string | null {
  const rule = DELIVERY_RULES.find((r) => r.holds(drug, shipsCold));
  return rule ? rule.reason(drug) : null;
}

/** The drugs split into those a courier may carry and those held for pickup, each with its reason. */
export function splitForDelivery<T extends { drug: FormularyDrug }>(
  items: readonly T[],
  shipsCold: boolean,
): { deliverable: T[]; held: Array<T & { reason: string }> } {
  const deliverable: T[] = [];
  const held: Array<T & { reason: string }> = [];
  for (const item of items) {
    const reason = holdReason(item.drug, shipsCold);
    if (reason) held.push({ ...item, reason });
    else deliverable.push(item);
  }
  return { deliverable, held };
}
