import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { shanghaiDate } from '../../../miniprogram/shared/time';
import { doctorIdsIn } from '../../domain/auth';
import type { AppointmentDoc } from '../../domain/booking/docs';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';

/** The appointment, if the caller holds one of `roles` in its hospital. */
export async function appointmentFor(ctx: Ctx, appointmentId: string, ...roles: StaffRole[]): Promise<AppointmentDoc> {
  const a = await ctx.db.get<AppointmentDoc>('appointments', appointmentId);
  if (!a) throw notFound('预约');
  await ctx.requireRole(a.hospitalId, ...roles);
  return a;
}

/**
 * Throws FORBIDDEN unless the caller holds one of `roles` in the hospital, the doctor role counting
 * only on the doctor's own sessions (`ownerId`, the doctor id the grant is bound to).
 */
export async function requireRoleOnSession(ctx: Ctx, hospitalId: string, ownerId: string, ...roles: StaffRole[]): Promise<void> {
  ctx.user();
  const held = await ctx.rolesIn(hospitalId);
  if (roles.some((r) => r !== StaffRole.doctor && held.includes(r))) return;
  const doctor = roles.includes(StaffRole.doctor) && held.includes(StaffRole.doctor);
  if (doctor && doctorIdsIn(await ctx.staffGrants(), hospitalId).includes(ownerId)) return;
  throw new AppError(ErrorCode.FORBIDDEN, doctor ? '只能处理本人出诊的患者' : undefined);
}

/** A nurse of the hospital, or the doctor the session belongs to (the doctor grant names the doctor id). */
export async function requireNurseOrOwnDoctor(ctx: Ctx, hospitalId: string, ownerId: string): Promise<void> {
  ctx.user();
  if ((await ctx.rolesIn(hospitalId)).includes(StaffRole.nurse)) return;
  if (doctorIdsIn(await ctx.staffGrants(), hospitalId).includes(ownerId)) return;
  throw new AppError(ErrorCode.FORBIDDEN, '只能查看本人出诊的患者');
}

/** The appointment, if the caller is the doctor it is with, on its day. */
export async function ownPatientToday(ctx: Ctx, appointmentId: string): Promise<AppointmentDoc> {
  const a = await appointmentFor(ctx, appointmentId, StaffRole.doctor);
  if (!doctorIdsIn(await ctx.staffGrants(), a.hospitalId).includes(a.ownerId)) throw new AppError(ErrorCode.FORBIDDEN, '只能处理本人出诊的患者');
  if (a.date !== shanghaiDate(ctx.now)) throw new AppError(ErrorCode.STATE_CONFLICT, `只能在就诊当天（${a.date}）完成就诊`);
  return a;
}
