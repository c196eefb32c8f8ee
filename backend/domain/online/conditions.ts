/**
 * The common and chronic conditions a hospital follows up online (互联网诊疗管理办法（试行） art. 16:
 * 部分常见病、慢性病复诊), as data: the words that name each in a diagnosis, and whether it is chronic
 * (a chronic, stable patient may receive a long-term prescription of up to 12 weeks). Pure.
 */
export interface Condition {
  code: string;
  label: string;
  /** Words that name the condition in an HIS diagnosis. */
  words: readonly string[];
  chronic: boolean;
}

export const ONLINE_CONDITIONS: readonly Condition[] = [
  { code: 'hypertension', label: '高血压', words: ['高血压'], chronic: true },
  { code: 'diabetes', label: '糖尿病', words: ['糖尿病'], chronic: true },
  { code: 'copd', label: '慢性阻塞性肺疾病', words: ['慢性阻塞性肺', '慢阻肺', 'COPD'], chronic: true },
  { code: 'hyperlipidaemia', label: '血脂异常', words: ['血脂异常', '高脂血症', '高胆固醇血症'], chronic: true },
  { code: 'coronary', label: '冠心病', words: ['冠心病', '冠状动脉粥样硬化性心脏病'], chronic: true },
  { code: 'asthma', label: '支气管哮喘', words: ['哮喘'], chronic: true },
  { code: 'hypothyroidism', label: '甲状腺功能减退', words: ['甲状腺功能减退', '甲减'], chronic: true },
  { code: 'ckd', label: '慢性肾脏病', words: ['慢性肾脏病'], chronic: true },
  { code: 'gastritis', label: '慢性胃炎', words: ['慢性胃炎', '胃食管反流'], chronic: true },
  { code: 'uri', label: '上呼吸道感染', words: ['上呼吸道感染', '急性咽炎'], chronic: false },
];

/** The conditions a diagnosis names (a diagnosis may list several, separated by ；). */
export function conditionsOf(diagnosis: string): Condition[] {
  return ONLINE_CONDITIONS.filter((c) => c.words.some((w) => diagnosis.includes(w)));
}

export function conditionByCode(code: string): Condition | null {
  return ONLINE_CONDITIONS.find((c) => c.code === code) ?? null;
}
