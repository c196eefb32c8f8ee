/** Family members (就诊人) as the booking pages list and pick them. */
import { audienceProblem, type AudienceView, type Person } from '../../shared/audience';
import type { PatientView } from '../../shared/dto/booking';
import { shanghaiDate } from '../../shared/time';

export interface PatientOption {
  id: string;
  name: string;
  relationLabel: string;
  idTypeLabel: string;
  idNumberMasked: string;
  phoneMasked: string;
  /** 因多次爽约，2026-12-20前暂不能预约, or ''. */
  restrictedText: string;
  /** Name, age and sex, as a department's audience is checked against (miniprogram/shared/audience.ts). */
  person: Person;
  /** Why the chosen department does not serve this person, with the suggestion; '' when it does. */
  unservedText: string;
}

export function patientOption(p: PatientView): PatientOption {
  return {
    id: p.id,
    name: p.name,
    relationLabel: p.relationLabel,
    idTypeLabel: p.idTypeLabel,
    idNumberMasked: p.idNumberMasked,
    phoneMasked: p.phoneMasked,
    restrictedText: p.restrictedUntil === null ? '' : `因多次爽约，${shanghaiDate(p.restrictedUntil)}前暂不能预约`,
    person: { name: p.name, age: p.age, sex: p.sex },
    unservedText: '',
  };
}

/** The options with the department's refusal for each person it does not serve (儿科 for an adult, 妇科 for a man). */
export function checkedFor(options: readonly PatientOption[], departmentName: string, serves: AudienceView | null): PatientOption[] {
  return options.map((o) => ({ ...o, unservedText: serves ? (audienceProblem(departmentName, serves, o.person) ?? '') : '' }));
}

/** The patient to preselect: the current choice while it still exists, else the first who may book here, else the first. */
export function defaultPatientId(options: readonly PatientOption[], current: string): string {
  if (current && options.some((o) => o.id === current)) return current;
  const free = options.find((o) => o.restrictedText === '' && o.unservedText === '');
  if (free) return free.id;
  return options.length > 0 ? options[0].id : '';
}

/** The family member added while the patient was away (listed now, not before), or '' — the one to choose on return. */
export function addedPatientId(before: readonly string[], options: readonly PatientOption[]): string {
  const added = options.filter((o) => !before.includes(o.id));
  return added.length > 0 ? added[added.length - 1].id : '';
}
