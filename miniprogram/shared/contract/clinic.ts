/** The `clinic` cloud function (backend/handlers/clinic/): the consulting room's check-in, the visit's completion, HIS answers that failed their checks. */
import { z } from 'zod';
import { type AppointmentStatus, Session, enumValues } from '../enums';
import { act } from './define';
import { fields } from './fields';

/** One HIS answer that failed its checks, as admin and billing staff read it. */
export interface HisIssueView {
  id: string;
  appointmentId: string;
  departmentName: string;
  doctorName: string;
  /** What was wrong: the field at fault and why, in Chinese. */
  problem: string;
  firstAt: number;
  lastAt: number;
  times: number;
}

export const clinic = {
  sessionAppointments: act<{ appointments: Array<{ id: string; patientName: string; start: number; status: AppointmentStatus }> }>()(
    z.object({ ownerId: fields.id(), date: fields.date(), session: z.enum(enumValues(Session)) }),
  ),
  checkIn: act<{ status: AppointmentStatus }>()(z.object({ appointmentId: fields.id() })),
  completeVisit: act<{ status: AppointmentStatus; orders: number }>()(z.object({ appointmentId: fields.id(), diagnosis: fields.requiredText(100) })),
  hisIssues: act<{ issues: HisIssueView[] }>()(z.object({ hospitalId: fields.id() })),
};
