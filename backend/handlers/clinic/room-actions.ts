/** The nurse's side of the consulting room: the session's list and checking a patient in. */
import { AppointmentStatus, StaffRole } from '../../../miniprogram/shared/enums';
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { DoctorDoc } from '../../domain/content/docs';
import { clinic } from '../../../miniprogram/shared/contract/clinic';
import { action } from '../framework/define';
import { joinQueue } from '../queue/join';
import { appointmentFor, requireNurseOrOwnDoctor, requireRoleOnSession } from './lookups';
import { either, itsDoctor, staff } from '../framework/who';

export const sessionAppointments = action(clinic.sessionAppointments, {
  who: either(staff('nurse'), itsDoctor()),
  async run({ ownerId, date, session }, ctx) {
    const list = await ctx.db.find<AppointmentDoc>('appointments', { where: { ownerId, date, session }, orderBy: [['start', 'asc']], limit: 100 });
    const hospitalId = list.length > 0 ? list[0].hospitalId : (await ctx.db.get<DoctorDoc>('doctors', ownerId))?.hospitalId;
    if (hospitalId) await requireNurseOrOwnDoctor(ctx, hospitalId, ownerId);
    else ctx.user();
    return { appointments: list.map((a) => ({ id: a._id, patientName: a.patientName, start: a.start, status: a.status })) };
  },
});

/** The nurse checks a patient in: the appointment becomes checked_in and joins its session's queue (backend/handlers/queue/join.ts). */
export const checkIn = action(clinic.checkIn, {
  who: either(staff('nurse'), itsDoctor()),
  async run({ appointmentId }, ctx) {
    const a = await appointmentFor(ctx, appointmentId, StaffRole.nurse, StaffRole.doctor);
    await requireRoleOnSession(ctx, a, StaffRole.nurse, StaffRole.doctor);
    await joinQueue(ctx, appointmentId);
    return { status: AppointmentStatus.checked_in };
  },
});
