/**
 * The 23 functions of the product (docs/offers.md, the survey's list) and which of them a hospital
 * offers. A hospital stores `offers` (function keys); one without it offers every function. The 服务
 * page, the home page's entries, the visit guide and the server's refusals all ask `offered`.
 */
import type { Stage } from './functions';

export type FunctionKey =
  | 'hospital'
  | 'departments'
  | 'doctors'
  | 'directions'
  | 'phones'
  | 'guide'
  | 'triage'
  | 'booking'
  | 'queue'
  | 'payment'
  | 'navigation'
  | 'reports'
  | 'bills'
  | 'prescriptions'
  | 'guidance'
  | 'feedback'
  | 'followup'
  | 'delivery'
  | 'consultation'
  | 'homecare'
  | 'invoices'
  | 'record-copies'
  | 'articles';

export interface HospitalFunction {
  no: number;
  key: FunctionKey;
  name: string;
  stage: Stage;
  /** Every hospital offers it: the admin cannot switch it off. */
  core: boolean;
  /** Functions it cannot work without. */
  needs: FunctionKey[];
}

const fn = (no: number, key: FunctionKey, name: string, stage: Stage, core = false, needs: FunctionKey[] = []): HospitalFunction => ({
  no,
  key,
  name,
  stage,
  core,
  needs,
});

export const hospitalFunctions: readonly HospitalFunction[] = [
  fn(1, 'hospital', '医院介绍', 'previsit', true),
  fn(2, 'departments', '科室介绍', 'previsit', true),
  fn(3, 'doctors', '医生简介', 'previsit'),
  fn(4, 'directions', '来院路线', 'previsit'),
  fn(5, 'phones', '联系电话', 'previsit', true),
  fn(6, 'guide', '就诊指南', 'previsit', true),
  fn(7, 'triage', '智能导诊', 'previsit'),
  fn(8, 'booking', '预约挂号', 'previsit'),
  fn(9, 'queue', '在线候诊', 'invisit', false, ['booking']),
  fn(10, 'payment', '在线支付', 'invisit'),
  fn(11, 'navigation', '院内导航', 'invisit'),
  fn(12, 'reports', '报告查询', 'invisit'),
  fn(13, 'bills', '门诊账单', 'invisit'),
  fn(14, 'prescriptions', '处方查询', 'postvisit'),
  fn(15, 'guidance', '用药指导', 'postvisit', false, ['prescriptions']),
  fn(16, 'feedback', '就医反馈', 'postvisit'),
  fn(17, 'followup', '在线复诊', 'postvisit', false, ['booking', 'payment']),
  fn(18, 'delivery', '药品快递', 'postvisit', false, ['prescriptions', 'payment']),
  fn(19, 'consultation', '在线咨询', 'postvisit'),
  fn(20, 'homecare', '医护到家', 'postvisit', false, ['payment']),
  fn(21, 'invoices', '电子发票', 'postvisit', false, ['payment']),
  fn(22, 'record-copies', '病历邮寄', 'postvisit', false, ['payment']),
  fn(23, 'articles', '健康科普', 'postvisit'),
];

export const allFunctionKeys: readonly FunctionKey[] = hospitalFunctions.map((f) => f.key);

export function isFunctionKey(key: string): key is FunctionKey {
  return allFunctionKeys.some((k) => k === key);
}

/** The catalogue entry of function number `no` (1–23). */
export function functionOfNo(no: number): HospitalFunction | undefined {
  return hospitalFunctions.find((f) => f.no === no);
}

/** The Chinese name of function `key`. */
export function functionName(key: FunctionKey): string {
  const f = hospitalFunctions.find((x) => x.key === key);
  return f ? f.name : key;
}

/** What a hospital offers: its stored list in catalogue order, or every function when it has none. */
export function offersOf(h: { offers?: readonly string[] }): FunctionKey[] {
  const stored = h.offers;
  if (!stored) return [...allFunctionKeys];
  return allFunctionKeys.filter((k) => stored.includes(k));
}

/**
 * Whether the hospital offers function `key`. `null` (no hospital chosen or loaded yet) offers
 * everything, so a page never hides a function for want of data.
 */
export function offered(hospital: { offers: readonly string[] } | null, key: FunctionKey): boolean {
  return hospital === null || hospital.offers.includes(key);
}

/** Why a list of offered functions cannot be stored ('' when it can): unknown, core or needed functions. */
export function offersProblem(keys: readonly string[]): string {
  const unknown = keys.filter((k) => !isFunctionKey(k));
  if (unknown.length > 0) return `没有这项功能：${unknown.join('、')}`;
  const missingCore = hospitalFunctions.filter((f) => f.core && !keys.includes(f.key));
  if (missingCore.length > 0) return `${missingCore.map((f) => f.name).join('、')}是每家医院都提供的基本功能，不能关闭`;
  for (const f of hospitalFunctions) {
    if (!keys.includes(f.key)) continue;
    const lacking = f.needs.filter((n) => !keys.includes(n));
    if (lacking.length > 0) return `提供${f.name}需要同时提供${lacking.map(functionName).join('、')}`;
  }
  return '';
}
