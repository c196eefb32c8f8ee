/** The account's family members, as the confirm page picks them and the patients page lists them. */
import { api } from '../../api/index';
import type { Envelope } from '../../shared/envelope';
import { patientOption, type PatientOption } from './patients';

export interface PatientList {
  options: PatientOption[];
  max: number;
}

export async function loadPatients(): Promise<Envelope<PatientList>> {
  const res = await api.patients.list();
  return res.ok ? { ok: true, data: { options: res.data.patients.map(patientOption), max: res.data.max } } : res;
}
