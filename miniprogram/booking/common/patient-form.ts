/**
 * The family member (就诊人) form: its fields, the checks the server makes (run before sending, so
 * every problem shows beside its field at once), and the input the server takes.
 */
import type { PatientInput, PatientView } from '../../shared/dto/booking';
import { idTypeLabels, relationLabels, type IdType, type Relation } from '../../shared/enums';
import { documentProblem, isMobile, nameProblem } from '../../shared/validators';

export interface PatientForm {
  name: string;
  relation: Relation | '';
  idType: IdType;
  idNumber: string;
  phone: string;
}

export type PatientField = keyof PatientForm;
export type PatientErrors = Record<PatientField, string>;

export const patientFields: readonly PatientField[] = ['name', 'relation', 'idType', 'idNumber', 'phone'];

export const relationOptions = (Object.keys(relationLabels) as Relation[]).map((value) => ({ value, label: relationLabels[value] }));
export const idTypeOptions = (Object.keys(idTypeLabels) as IdType[]).map((value) => ({ value, label: idTypeLabels[value] }));

export function emptyPatientForm(): PatientForm {
  return { name: '', relation: '', idType: 'resident_id', idNumber: '', phone: '' };
}

export function noPatientErrors(): PatientErrors {
  return { name: '', relation: '', idType: '', idNumber: '', phone: '' };
}

/** The form to edit a family member: the list has only masked numbers, so both are typed again. */
export function formOfPatient(p: PatientView): PatientForm {
  return { name: p.name, relation: p.relation, idType: p.idType, idNumber: '', phone: '' };
}

export function validatePatient(form: PatientForm): PatientErrors {
  return {
    name: nameProblem(form.name) ?? '',
    relation: form.relation === '' ? '请选择与您的关系' : '',
    idType: '',
    idNumber: documentProblem(form.idType, form.idNumber) ?? '',
    phone: form.phone.trim() === '' ? '请填写手机号码' : isMobile(form.phone) ? '' : '请填写11位手机号码',
  };
}

export function isValid(errors: Readonly<Record<string, string>>): boolean {
  return Object.values(errors).every((m) => m === '');
}

/** What the server takes, or null while the relation is not chosen. */
export function patientInput(form: PatientForm): PatientInput | null {
  if (form.relation === '') return null;
  return {
    name: form.name.trim(),
    relation: form.relation,
    idType: form.idType,
    idNumber: form.idNumber.trim().toUpperCase(),
    phone: form.phone.trim(),
  };
}

/** The form field a server error names ('idNumber'), or '' when it names none of them. */
export function fieldOf(field: string | undefined): PatientField | '' {
  const head = field ? field.split('.')[0] : '';
  return patientFields.find((f) => f === head) ?? '';
}
