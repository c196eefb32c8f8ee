/**
 * What the triage form needs before it can be used: the body-map knowledge and the account's
 * family members, for the hospital chosen in the session (loaded first when not ready).
 */
import { api } from '../../api/index';
import type { PatientView } from '../../shared/dto/booking';
import type { TriageRegionView } from '../../shared/dto/triage';
import type { View } from '../../stores/remote';
import { fetchHospitalView } from '../common/fetch';
import { family } from '../../stores/family';

export interface TriageFormData {
  hospitalId: string;
  regions: TriageRegionView[];
  patients: PatientView[];
}

export function loadTriageForm(): Promise<View<TriageFormData>> {
  return fetchHospitalView(
    async (hospitalId) => {
      const [knowledge, patients] = await Promise.all([api.triage.knowledge(), family.members.get()]);
      if (!knowledge.ok) return knowledge;
      if (!patients.ok) return patients;
      return { ok: true, data: { hospitalId, regions: knowledge.data.regions, patients: patients.data.patients } };
    },
    (data) => data.regions.length === 0,
  );
}
