/**
 * How age, sex, pregnancy and duration move the weights.
 *
 * Source: common Chinese hospital 导诊 practice and the 国家卫健委 儿科 service scope: children
 * under 14 see 儿科 for internal-medicine problems and 小儿外科 (or 儿科 / 普通外科) for surgical
 * ones, while eyes, ears, teeth, skin and bones keep their own specialty; newborns (28 days) see
 * 新生儿科; pregnant women are seen by 产科 for most complaints; 妇科 and 产科 are for women,
 * 男科 for men. Duration: the emergency department matters for what is sudden or hours old, far
 * less for what has lasted months. Reviewed by the author.
 */
import type { DeptKey, DurationClass } from '../types';

export const CHILD_AGE_LIMIT = 14;
export const NEONATE_AGE_LIMIT = 28 / 365;
export const INFANT_3_MONTHS = 0.25;

/** Internal-medicine keys a child sees in 儿科. */
export const pediatricInternal: DeptKey[] = [
  'cardiology',
  'respiratory',
  'gastroenterology',
  'hepatology',
  'neurology',
  'endocrinology',
  'nephrology',
  'infectious',
  'hematology',
  'rheumatology',
  'geriatrics',
  'general_practice',
  'checkup',
  'gynecology',
  'obstetrics',
];

/** Surgical keys a child sees in 小儿外科. */
export const pediatricSurgical: DeptKey[] = [
  'general_surgery',
  'urology',
  'andrology',
  'anorectal',
  'thoracic_surgery',
  'neurosurgery',
  'vascular_surgery',
  'breast_surgery',
];

/** Keys a child keeps, with 儿科 as a second opinion (this share of their weight). */
export const pediatricShared: Partial<Record<DeptKey, number>> = {
  ophthalmology: 0.25,
  ent: 0.35,
  stomatology: 0.1,
  dermatology: 0.4,
  orthopedics: 0.15,
  psychology: 0.6,
  tcm: 0.3,
  rehabilitation: 0.3,
  emergency: 0.3,
  burns: 0.2,
};

/** Under one year, even eye, ear, mouth and skin problems are seen by 儿科 first (this share moves). */
export const INFANT_AGE = 1;
export const INFANT_SHARED_MOVE = 0.6;

export const femaleOnly: DeptKey[] = ['gynecology', 'obstetrics'];
export const maleOnly: DeptKey[] = ['andrology'];

/** A pregnant patient: 产科 sees most complaints; this much is added for any complaint at all. */
export const PREGNANCY_BASE = 2;

/** A pregnant patient's internal-medicine problems: this share goes to 产科 first. */
export const PREGNANCY_INTERNAL_SHARE = 0.5;
export const pregnancyInternal: DeptKey[] = [
  'cardiology',
  'respiratory',
  'gastroenterology',
  'neurology',
  'endocrinology',
  'nephrology',
  'infectious',
  'hematology',
  'urology',
  'general_practice',
];

/** The emergency department's weight, by duration. */
export const emergencyByDuration: Record<DurationClass, number> = {
  sudden: 1.5,
  acute: 1.2,
  subacute: 0.6,
  chronic: 0.3,
};

/** 65 and over: 老年医学科 gets this share of internal-medicine weight when several systems are involved. */
export const ELDERLY_AGE = 65;
export const ELDERLY_SHARE = 0.25;
/**
 * 65 and over: a general decline (tired, eating less, thinner, forgetful, confused, frail, many diseases or
 * medicines, falls) is what 老年医学科 sees first; it gets this share of the strongest department's weight.
 */
export const ELDERLY_DECLINE_SHARE = 0.9;
export const elderlyDecline = [
  'fatigue',
  'weight_loss',
  'appetite_loss',
  'memory_loss',
  'confusion',
  'frailty',
  'multimorbidity',
  'fall_elderly',
  'general_malaise',
];
export const elderlyInternal: DeptKey[] = ['cardiology', 'respiratory', 'gastroenterology', 'neurology', 'endocrinology', 'nephrology', 'rheumatology'];

/** Symptoms that tell the age when nothing else does (新生儿黄疸 → a newborn). */
export const ageHints: Record<string, number> = {
  neonatal_problem: 10 / 365,
  infant_feeding: 0.5,
  growth: 6,
  bedwetting: 6,
  attention_child: 8,
  child_rash_fever: 4,
  undescended_testis: 3,
};

/** Symptoms that tell the sex when nothing else does. */
export const femaleHints = [
  'vaginal_discharge',
  'vaginal_bleeding',
  'menstrual_irregular',
  'amenorrhea',
  'dysmenorrhea',
  'heavy_menses',
  'menopause',
  'vulvar_lump',
  'vulvar_pain',
  'contraception',
  'pregnancy_care',
  'pregnancy_warning',
  'postpartum',
  'pregnancy_disease',
  'gyn_disease',
  'pcos',
  'ectopic',
  'trigger_menses',
];
export const maleHints = ['scrotal_pain', 'scrotal_swelling', 'sexual_dysfunction', 'penile_problem', 'prostate', 'varicocele_hydrocele', 'undescended_testis'];
/** Requests are never denied: 从来没体检过，想做一次 still asks for a check-up. */
export const requests = ['checkup_request', 'rehab_request', 'tcm_request'];
/** A check-up request yields to a finding: 体检发现甲状腺结节 belongs to the thyroid's clinic. */
export const CHECKUP_YIELD = 0.25;

/** Symptoms that say the patient is pregnant. */
export const pregnancyHints = ['pregnancy_care', 'pregnancy_warning', 'pregnancy_disease'];
