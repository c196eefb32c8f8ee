/** The department introduction form: intro, location, phone and conditions (one field, split). */
import type { DepartmentIntroInput } from '../../shared/contract/content';
import type { DepartmentDetail } from '../../shared/dto/content';
import { joinList, splitList, tooLong } from '../common/form';

export const departmentLimits = { intro: 3000, location: 60, condition: 20, conditions: 12 } as const;

/** The phone format the server takes: digits and dashes, 5 to 20 of them, e.g. 0371-6558-1234. */
export const DEPARTMENT_PHONE = /^[0-9-]{5,20}$/;

export interface DepartmentForm {
  intro: string;
  location: string;
  phone: string;
  conditions: string;
}

export type DepartmentField = keyof DepartmentForm;
export type DepartmentErrors = Record<DepartmentField, string>;

export const departmentFields: readonly DepartmentField[] = ['intro', 'location', 'phone', 'conditions'];

export function emptyDepartmentForm(): DepartmentForm {
  return { intro: '', location: '', phone: '', conditions: '' };
}

export function noDepartmentErrors(): DepartmentErrors {
  return { intro: '', location: '', phone: '', conditions: '' };
}

export function formOfDepartment(d: Pick<DepartmentDetail, 'intro' | 'location' | 'phone' | 'conditions'>): DepartmentForm {
  return { intro: d.intro, location: d.location, phone: d.phone, conditions: joinList(d.conditions) };
}

export function validateDepartment(form: DepartmentForm): DepartmentErrors {
  const conditions = splitList(form.conditions);
  const long = conditions.find((c) => c.length > departmentLimits.condition);
  let conditionsError = '';
  if (conditions.length > departmentLimits.conditions) conditionsError = `最多${departmentLimits.conditions}个病种`;
  else if (long) conditionsError = `“${long}”超过${departmentLimits.condition}个字`;
  const phone = form.phone.trim();
  return {
    intro: form.intro.trim() === '' ? '请填写科室简介' : tooLong(form.intro, departmentLimits.intro),
    location: form.location.trim() === '' ? '请填写科室位置' : tooLong(form.location, departmentLimits.location),
    phone: phone === '' || DEPARTMENT_PHONE.test(phone) ? '' : '电话只能包含数字和“-”，5到20位，如 0371-6558-1234',
    conditions: conditionsError,
  };
}

export function departmentInput(form: DepartmentForm): DepartmentIntroInput {
  return {
    intro: form.intro.trim(),
    location: form.location.trim(),
    phone: form.phone.trim(),
    conditions: splitList(form.conditions),
  };
}
