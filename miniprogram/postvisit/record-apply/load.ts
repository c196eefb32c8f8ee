/** What the application form needs: the family members, their completed visits at this hospital, the fees. */
import { api } from '../../api/index';
import { copyFees } from '../../api/record-copies';
import type { View } from '../../stores/remote';

export interface FormData {
  patients: Array<{ id: string; name: string }>;
  visits: Array<{ id: string; patientId: string; title: string }>;
  feesText: string;
}

export async function loadForm(hospitalId: string): Promise<View<FormData>> {
  const [patients, visits, fees] = await Promise.all([api.patients.list(), api.booking.mine({ status: 'past' }), copyFees(hospitalId)]);
  if (!patients.ok) return { status: 'error', data: null, error: patients.error.message };
  if (!visits.ok) return { status: 'error', data: null, error: visits.error.message };
  if (!fees.ok) return { status: 'error', data: null, error: fees.error.message };
  const data: FormData = {
    patients: patients.data.patients.map((p) => ({ id: p.id, name: p.name })),
    visits: visits.data.appointments
      .filter((a) => a.status === 'completed' && a.hospitalId === hospitalId)
      .map((a) => ({ id: a.id, patientId: a.patientId, title: `${a.date} ${a.departmentName} ${a.ownerName}` })),
    feesText: fees.data.fees.text,
  };
  return { status: data.visits.length === 0 ? 'empty' : 'ready', data, error: '' };
}
