/** The account's family members, as the confirm page picks them and the patients page lists them (the family store's list). */
import type { Envelope } from '../../shared/envelope';
import { family } from '../../stores/family';
import { mapEnvelope } from '../../stores/remote';
import { patientOption, type PatientOption } from './patients';

export interface PatientList {
  options: PatientOption[];
  max: number;
  /** Fewer than the most one account may add. */
  canAdd: boolean;
}

/** As held while fresh; `force` asks the backend again. */
export async function loadPatients(force = false): Promise<Envelope<PatientList>> {
  return mapEnvelope(await family.members.get(force), (d) => ({ options: d.patients.map(patientOption), max: d.max, canAdd: d.patients.length < d.max }));
}
