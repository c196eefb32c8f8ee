/** Family members (就诊人) as the booking pages list and pick them. */
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
  };
}

/** The patient to preselect: the current choice while it still exists, else the first who may book, else the first. */
export function defaultPatientId(options: readonly PatientOption[], current: string): string {
  if (current && options.some((o) => o.id === current)) return current;
  const free = options.find((o) => o.restrictedText === '');
  if (free) return free.id;
  return options.length > 0 ? options[0].id : '';
}

/** The family member added while the patient was away (listed now, not before), or '' — the one to choose on return. */
export function addedPatientId(before: readonly string[], options: readonly PatientOption[]): string {
  const added = options.filter((o) => !before.includes(o.id));
  return added.length > 0 ? added[added.length - 1].id : '';
}
