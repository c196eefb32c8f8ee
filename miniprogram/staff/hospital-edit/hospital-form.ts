/** The hospital introduction form: intro and specialties (one field, split into a list). */
import type { HospitalProfile } from '../../shared/dto/content';
import { joinList, splitList, tooLong } from '../common/form';

export const hospitalLimits = { intro: 5000, specialty: 30, specialties: 20 } as const;

export interface HospitalForm {
  intro: string;
  specialties: string;
}

export type HospitalField = keyof HospitalForm;
export type HospitalErrors = Record<HospitalField, string>;

export const hospitalFields: readonly HospitalField[] = ['intro', 'specialties'];

export function noHospitalErrors(): HospitalErrors {
  return { intro: '', specialties: '' };
}

export function formOfHospital(h: Pick<HospitalProfile, 'intro' | 'specialties'>): HospitalForm {
  return { intro: h.intro, specialties: joinList(h.specialties) };
}

/** Checks what the server checks: an intro, at most 20 specialties of at most 30 characters. */
export function validateHospital(form: HospitalForm): HospitalErrors {
  const specialties = splitList(form.specialties);
  const long = specialties.find((s) => s.length > hospitalLimits.specialty);
  let specialtiesError = '';
  if (specialties.length > hospitalLimits.specialties) specialtiesError = `最多${hospitalLimits.specialties}个特色专科`;
  else if (long) specialtiesError = `“${long}”超过${hospitalLimits.specialty}个字`;
  return {
    intro: form.intro.trim() === '' ? '请填写医院简介' : tooLong(form.intro, hospitalLimits.intro),
    specialties: specialtiesError,
  };
}

export function hospitalInput(form: HospitalForm, photos: string[]): { intro: string; specialties: string[]; photos: string[] } {
  return { intro: form.intro.trim(), specialties: splitList(form.specialties), photos };
}
