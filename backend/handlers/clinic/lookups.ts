import type { StaffRole } from '../../../miniprogram/shared/enums';
import type { AppointmentDoc } from '../../domain/booking/docs';
import { notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';

/** The appointment, if the caller holds one of `roles` in its hospital. */
export async function appointmentFor(ctx: Ctx, appointmentId: string, ...roles: StaffRole[]): Promise<AppointmentDoc> {
  const a = await ctx.db.get<AppointmentDoc>('appointments', appointmentId);
  if (!a) throw notFound('预约');
  await ctx.requireRole(a.hospitalId, ...roles);
  return a;
}
