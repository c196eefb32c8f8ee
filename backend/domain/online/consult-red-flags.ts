/**
 * Red flags in a consultation question: the triage engine's own rules (backend/domain/triage:
 * red flags and danger concepts, with negation and suppositions) over the question, with the
 * family member's age and sex. The ask page shows the emergency screen from the same engine before
 * sending; the server marks the thread for the doctor. Pure.
 */
import { assess, type HospitalDepartment } from '../triage/assess';

export interface RedFlagMark {
  redFlag: boolean;
  labels: string[];
}

export function consultRedFlags(text: string, patient: { age: number | null; sex: 'male' | 'female' | '' }, departments: HospitalDepartment[]): RedFlagMark {
  const result = assess({ text, age: patient.age, sex: patient.sex === '' ? null : patient.sex }, departments);
  const labels = result.redFlags.map((f) => f.label);
  return { redFlag: result.emergency, labels };
}
