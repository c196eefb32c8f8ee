/**
 * The shapes of the triage knowledge base and of the engine's intermediate results. The knowledge
 * lives in `data/` as typed modules, so a misspelt department key or region fails to compile.
 */

/** Canonical department keys: what the knowledge points at, before a hospital's own names. */
export const DEPT_KEYS = [
  'emergency',
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
  'general_surgery',
  'breast_surgery',
  'anorectal',
  'vascular_surgery',
  'orthopedics',
  'neurosurgery',
  'urology',
  'andrology',
  'thoracic_surgery',
  'burns',
  'gynecology',
  'obstetrics',
  'pediatrics',
  'neonatology',
  'pediatric_surgery',
  'ophthalmology',
  'ent',
  'stomatology',
  'dermatology',
  'tcm',
  'rehabilitation',
  'psychology',
  'checkup',
] as const;
export type DeptKey = (typeof DEPT_KEYS)[number];

/** Points toward departments; 5 is "this is the department", 1 a plausible second opinion. */
export type Weights = Partial<Record<DeptKey, number>>;

export const REGION_IDS = [
  'head',
  'eye',
  'ear',
  'nose',
  'mouth',
  'throat',
  'neck',
  'chest',
  'abdomen',
  'back',
  'waist',
  'urinary',
  'genital',
  'anus',
  'arm',
  'leg',
  'skin',
  'general',
  'mind',
] as const;
export type RegionId = (typeof REGION_IDS)[number];

export type Sex = 'male' | 'female';

export type Severity = 0 | 1 | 2;

/** The worse of two severities. */
export const worse = (a: Severity, b: Severity): Severity => (a >= b ? a : b);

/** How long the complaint has lasted, most urgent first. */
export type DurationClass = 'sudden' | 'acute' | 'subacute' | 'chronic';

export type EntryKind = 'symptom' | 'disease' | 'context' | 'finding';

/** One thing a patient may say: a symptom, a named disease, a circumstance, or a lab finding. */
export interface LexEntry {
  id: string;
  name: string;
  kind: EntryKind;
  /** Where it shows on the body map (symptoms only). */
  region?: RegionId;
  /** Everyday phrasings, matched longest first. */
  phrases: string[];
  weights: Weights;
  /** Replaces `weights` when the complaint is sudden or a few days old. */
  acute?: Weights;
  /** Replaces `weights` when the complaint has lasted a month or more. */
  chronic?: Weights;
  /** Only this sex can have it (chips are filtered, weights of the other sex dropped). */
  sex?: Sex;
  /** Not offered as a chip (said in words, or derived). */
  hidden?: boolean;
}

/** A follow-up answer's effect: more symptoms, how bad, how sudden, how long. */
export interface AnswerEffect {
  adds?: string[];
  severity?: 1 | 2;
  sudden?: boolean;
  duration?: DurationClass;
}

export interface QuestionOption extends AnswerEffect {
  id: string;
  label: string;
}

export interface Question {
  id: string;
  text: string;
  options: QuestionOption[];
}

export interface Region {
  id: RegionId;
  name: string;
  /** Sides of the body map where it can be tapped; empty for list-only groups (skin, whole body). */
  views: Array<'front' | 'back'>;
  /** What a tap on the region alone suggests, weakly. */
  defaultSymptom: string;
  questions: Question[];
}

/** What the engine knows about the patient, from the input and from the words. */
export interface PatientContext {
  age: number | null;
  sex: Sex | null;
  pregnant: boolean;
  postpartum: boolean;
  duration: DurationClass | null;
  /** The shortest duration said in numbers, in days (半小时 → 0.02), or null. */
  durationDays: number | null;
  temperature: number | null;
  systolic: number | null;
  heartRate: number | null;
  glucose: number | null;
}

/** A condition of a red-flag or syndrome rule, over the evidence and the context. */
export type Cond = { has: string[]; severity?: 1 | 2; sudden?: boolean } | { all: Cond[] } | { some: Cond[] } | { none: Cond } | { ctx: ContextTest };

export type ContextTest =
  | 'child'
  | 'adult'
  | 'male'
  | 'infant_under_3_months'
  | 'pregnant'
  | 'not_chronic'
  | 'sudden'
  | 'adult_40_plus'
  | 'elderly_60'
  | 'elderly_75'
  | 'lasting_10_minutes_to_12_hours'
  | 'fever_39'
  | 'temperature_below_38'
  | 'systolic_180'
  | 'systolic_200'
  | 'heart_rate_extreme'
  | 'glucose_low';

export interface RedFlagRule {
  id: string;
  /** Shown to the patient, e.g. 胸痛伴大汗. */
  label: string;
  /** What to do, said plainly. */
  advice: string;
  when: Cond;
}

/** Symptoms that together point somewhere their parts alone do not (多饮+多尿 → 内分泌科). */
export interface SyndromeRule {
  id: string;
  label: string;
  when: Cond;
  weights: Weights;
}

/** A canonical department and how hospitals name it. */
export interface CanonicalDepartment {
  key: DeptKey;
  label: string;
  /** Names of a department that is exactly this one (matched as a whole name or inside one). */
  names: string[];
  /** Names of a combined department that also covers this one (matched as the whole name). */
  combined: string[];
  /** Where to send the patient when the hospital has neither, nearest first. */
  fallbacks: DeptKey[];
  /** Never suggested on its own to a patient (e.g. general practice without such a department). */
  internal?: boolean;
}

export const SENSATION_IDS = [
  'pain',
  'distension',
  'discomfort',
  'itch',
  'numb',
  'swelling',
  'lump',
  'redness',
  'bleeding',
  'weakness',
  'stiffness',
  'burning',
  'cold',
  'sore',
  'pressure',
  'yellow',
  'loose',
  'racing',
  'twitch',
  'locking',
  'fluid',
  'falling',
  'blur',
  'buzzing',
  'bulge',
  'ulcer',
  'spots',
  'noisy',
  'cyan',
  'foam',
] as const;
export type SensationId = (typeof SENSATION_IDS)[number];

/** A word for a body part; paired with a nearby sensation it names a symptom (肚子…疼 → 腹痛). */
export interface BodyPart {
  id: string;
  terms: string[];
  combos: Partial<Record<SensationId, string>>;
}

/** A word for what the patient feels, without a place (疼, 胀, 痒 …). */
export interface Sensation {
  id: SensationId;
  terms: string[];
  /** The symptom it names when no body part is near (痒 alone → 皮肤瘙痒). */
  alone?: string;
}
