/** What the application form needs: the family members, their completed visits at this hospital, the fees. */
import { api } from '../../api/index';
import type { View } from '../../stores/remote';
import { appointments } from '../../stores/appointments';
import { family } from '../../stores/family';

export interface FormData {
  patients: Array<{ id: string; name: string }>;
  visits: Array<{ id: string; patientId: string; title: string }>;
  feesText: string;
}

export async function loadForm(hospitalId: string): Promise<View<FormData>> {
  const [patients, visits, fees] = await Promise.all([family.members.get(), appointments.past.get(), api.recordCopies.fees({ hospitalId })]);
  if (!patients.ok) return { status: 'error', data: null, error: patients.error.message };
  if (!visits.ok) return { status: 'error', data: null, error: visits.error.message };
  if (!fees.ok) return { status: 'error', data: null, error: fees.error.message };
  const data: FormData = {
    patients: patients.data.patients.map((p) => ({ id: p.id, name: p.name })),
    visits: visits.data
      .filter((a) => a.status === 'completed' && a.hospitalId === hospitalId)
      .map((a) => ({ id: a.id, patientId: a.patientId, title: `${a.date} ${a.departmentName} ${a.ownerName}` })),
    feesText: fees.data.fees.text,
  };
  return { status: data.visits.length === 0 ? 'empty' : 'ready', data, error: '' };
}
