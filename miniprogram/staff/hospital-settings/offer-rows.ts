/** 医院设置 (admin): the 23 functions by stage, each on or off for this hospital, and what a change switches off. */
import { stageLabels, type Stage } from '../../shared/functions';
import { functionName, hospitalFunctions, type FunctionKey } from '../../shared/offers';

export interface OfferRow {
  key: FunctionKey;
  name: string;
  on: boolean;
  core: boolean;
  /** 基本功能 / 需要：在线支付 / ''. */
  note: string;
}

export interface OfferGroup {
  stage: Stage;
  label: string;
  rows: OfferRow[];
}

export function offerGroups(offers: readonly FunctionKey[]): OfferGroup[] {
  return (['previsit', 'invisit', 'postvisit'] as const).map((stage) => ({
    stage,
    label: stageLabels[stage],
    rows: hospitalFunctions
      .filter((f) => f.stage === stage)
      .map((f) => ({
        key: f.key,
        name: `${f.no}. ${f.name}`,
        on: offers.includes(f.key),
        core: f.core,
        note: f.core ? '基本功能，每家医院都提供' : f.needs.length > 0 ? `需要同时提供：${f.needs.map(functionName).join('、')}` : '',
      })),
  }));
}

export function chosenKeys(groups: readonly OfferGroup[]): FunctionKey[] {
  return groups.flatMap((g) => g.rows.filter((r) => r.on).map((r) => r.key));
}

export function switched(groups: readonly OfferGroup[], key: string, on: boolean): OfferGroup[] {
  return groups.map((g) => ({ ...g, rows: g.rows.map((r) => (r.key === key && !r.core ? { ...r, on } : r)) }));
}

/** What saving changes, in words for the confirmation: 将关闭：…；将开通：… */
export function changeText(before: readonly FunctionKey[], after: readonly FunctionKey[]): string {
  const off = before.filter((k) => !after.includes(k)).map(functionName);
  const on = after.filter((k) => !before.includes(k)).map(functionName);
  const parts: string[] = [];
  if (off.length > 0) parts.push(`将关闭：${off.join('、')}（患者将看不到这些功能，也不能再申请）`);
  if (on.length > 0) parts.push(`将开通：${on.join('、')}`);
  return parts.join('；');
}
