/** The nurse's side of the consulting room: the session's list and checking a patient in. */
import { AppointmentStatus, Session, StaffRole, enumValues } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { DoctorDoc } from '../../domain/content/docs';
import { AppError } from '../framework/app-error';
import { action } from '../framework/define';
import { fields, z } from '../framework/validation';
import { appointmentFor, requireNurseOrOwnDoctor } from './lookups';

export const sessionAppointments = action({
  access: 'user',
  input: z.object({ ownerId: fields.id(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), session: z.enum(enumValues(Session)) }),
  async run({ ownerId, date, session }, ctx) {
    const list = await ctx.db.find<AppointmentDoc>('appointments', { where: { ownerId, date, session }, orderBy: [['start', 'asc']], limit: 100 });
    const hospitalId = list.length > 0 ? list[0].hospitalId : (await ctx.db.get<DoctorDoc>('doctors', ownerId))?.hospitalId;
    if (hospitalId) await requireNurseOrOwnDoctor(ctx, hospitalId, ownerId);
    else ctx.user();
    return { appointments: list.map((a) => ({ id: a._id, patientName: a.patientName, start: a.start, status: a.status })) };
  },
});

export const checkIn = action({
  access: 'user',
  input: z.object({ appointmentId: fields.id() }),
  async run({ appointmentId }, ctx) {
    const a = await appointmentFor(ctx, appointmentId, StaffRole.nurse, StaffRole.doctor);
    if (a.status === AppointmentStatus.checked_in) return { status: a.status };
    const n = await ctx.db.update('appointments', { _id: a._id, status: AppointmentStatus.booked }, { set: { status: AppointmentStatus.checked_in, checkedInAt: ctx.now, updatedAt: ctx.now } });
    if (n === 0) throw new AppError(ErrorCode.STATE_CONFLICT, a.status === AppointmentStatus.pending_payment ? '挂号费未支付，请先缴费' : '该预约当前不能签到');
    return { status: AppointmentStatus.checked_in };
  },
});
