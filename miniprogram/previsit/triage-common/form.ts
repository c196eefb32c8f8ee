/**
 * The triage form without the page: who it is for (a family member, whose age and sex the server
 * reads, or someone typed in by age and sex), the checks before sending, and the input of `assess`.
 */
import type { PatientView } from '../../shared/dto/booking';
import type { TriageAssessInput, TriagePicks, TriageSex } from '../../shared/dto/triage';

/** The choice "someone not in the list": age and sex typed in. */
export const MANUAL = 'manual';
/** What the text box takes (the engine reads far more; a patient does not need to type more). */
export const MAX_TEXT = 500;
export const MAX_AGE = 120;

export const EMPTY_PROMPT = '请先说说哪里不舒服，或在人体图上点选不舒服的部位。';

export interface WhoOption {
  value: string;
  label: string;
  detail: string;
}

export interface ManualPerson {
  age: string;
  sex: TriageSex | '';
}

export interface Person {
  age: number | null;
  sex: TriageSex | null;
}

export function sexLabel(sex: TriageSex | '' | null): string {
  if (sex === 'male') return '男';
  if (sex === 'female') return '女';
  return '';
}

export function describePerson(person: Person): string {
  return [person.age === null ? '' : `${person.age}岁`, sexLabel(person.sex)].filter((s) => s.length > 0).join(' · ');
}

/** The family members (本人 first, as the server lists them), then "someone else". */
export function whoOptions(patients: PatientView[]): WhoOption[] {
  return [
    ...patients.map((p) => ({
      value: p.id,
      label: `${p.name}（${p.relationLabel}）`,
      detail: describePerson({ age: p.age, sex: p.sex === '' ? null : p.sex }),
    })),
    { value: MANUAL, label: '其他人', detail: '填写年龄和性别' },
  ];
}

/** 本人 when the account has one, else the first member, else typing age and sex. */
export function defaultWho(patients: PatientView[]): string {
  const self = patients.find((p) => p.relation === 'self');
  if (self) return self.id;
  return patients.length > 0 ? patients[0].id : MANUAL;
}

export type AgeCheck = { ok: true; age: number | null } | { ok: false; message: string };

/** The typed age: empty is "not said"; otherwise whole years 0–120 (a baby is 0). */
export function checkAge(text: string): AgeCheck {
  const t = text.trim();
  if (t === '') return { ok: true, age: null };
  if (/^\d{1,3}$/.test(t) && Number(t) <= MAX_AGE) return { ok: true, age: Number(t) };
  return { ok: false, message: `请填写0到${MAX_AGE}之间的整数年龄（不满1岁填0）` };
}

/** Age and sex of the chosen person, for offering the right chips and the pregnancy question. */
export function personOf(who: string, patients: PatientView[], manual: ManualPerson): Person {
  const patient = patients.find((p) => p.id === who);
  if (patient) return { age: patient.age, sex: patient.sex === '' ? null : patient.sex };
  const age = checkAge(manual.age);
  return { age: age.ok ? age.age : null, sex: manual.sex === '' ? null : manual.sex };
}

/** Whether to ask about pregnancy: a woman of child-bearing age, or of unknown age. */
export function canBePregnant(person: Person): boolean {
  return person.sex === 'female' && (person.age === null || (person.age >= 12 && person.age <= 55));
}

/** The answer to 是否怀孕: '' until answered; 不确定 sends nothing and the engine reads the words. */
export type PregnancyAnswer = '' | 'yes' | 'no' | 'unsure';

export const pregnancyOptions: Array<{ value: Exclude<PregnancyAnswer, ''>; label: string }> = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
  { value: 'unsure', label: '不确定' },
];

export const PREGNANCY_UNSURE_HINT = '不确定时可以先用早孕试纸（验孕棒）自测，月经推迟、恶心时尤其建议；医生开药、做检查前也请告诉医生。';

/** The question, asked of the patient herself or about someone else. */
export function pregnancyQuestion(asksForSelf: boolean): string {
  return asksForSelf ? '您目前是否怀孕？' : '她目前是否怀孕？';
}

/** Whether the chosen person is the account holder (本人). */
export function isSelf(who: string, patients: PatientView[]): boolean {
  return patients.some((p) => p.id === who && p.relation === 'self');
}

export function hasComplaint(text: string, picks: TriagePicks | undefined): boolean {
  return text.trim().length > 0 || picks !== undefined;
}

export interface TriageForm {
  hospitalId: string;
  text: string;
  who: string;
  manual: ManualPerson;
  pregnancy: PregnancyAnswer;
  picks: TriagePicks | undefined;
}

/** The `assess` input: a family member by id (the server reads age and sex) or the typed age and sex. */
export function assessInput(form: TriageForm, person: Person): TriageAssessInput {
  const text = form.text.trim().slice(0, MAX_TEXT);
  const input: TriageAssessInput = { hospitalId: form.hospitalId };
  if (text) input.text = text;
  if (form.picks) input.picks = form.picks;
  if (form.who !== MANUAL) input.patientId = form.who;
  else {
    if (person.age !== null) input.age = person.age;
    if (person.sex !== null) input.sex = person.sex;
  }
  if (canBePregnant(person) && form.pregnancy === 'yes') input.pregnant = true;
  if (canBePregnant(person) && form.pregnancy === 'no') input.pregnant = false;
  return input;
}
