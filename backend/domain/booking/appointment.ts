/**
 * The one way an appointment document is made from a slot: a patient's booking
 * (backend/handlers/booking/take-place.ts) and the nurse's walk-in (backend/handlers/queue/walk-in.ts)
 * differ only in who the patient is and the state the appointment starts in.
 */
import type { SlotDoc } from '../scheduling/docs';
import type { AppointmentDoc } from './docs';

export interface AppointmentSpec {
  _id: string;
  slot: SlotDoc;
  /** The booking account and family member; empty for a walk-in without the app. */
  openid: string;
  patientId: string;
  patientName: string;
  /** The person hash limits and no-shows count by (backend/domain/booking/limits.ts). */
  person?: string;
  state: Pick<AppointmentDoc, 'status' | 'holdUntil'>;
  examOrderId: string | null;
  requestId: string;
}

export function newAppointment(spec: AppointmentSpec, now: number): AppointmentDoc {
  const { slot } = spec;
  return {
    _id: spec._id,
    hospitalId: slot.hospitalId,
    hospitalName: slot.hospitalName,
    openid: spec.openid,
    patientId: spec.patientId,
    ...(spec.person === undefined ? {} : { person: spec.person }),
    patientName: spec.patientName,
    ownerType: slot.ownerType,
    ownerId: slot.ownerId,
    ownerName: slot.ownerName,
    departmentId: slot.departmentId,
    departmentName: slot.departmentName,
    location: slot.location,
    prepNotes: slot.prepNotes,
    slotId: slot._id,
    date: slot.date,
    session: slot.session,
    start: slot.start,
    end: slot.end,
    feeFen: slot.feeFen,
    ...spec.state,
    examOrderId: spec.examOrderId,
    requestId: spec.requestId,
    cancelReason: '',
    refund: 'none',
    noticePending: false,
    noShowCounted: false,
    createdAt: now,
    updatedAt: now,
  };
}
