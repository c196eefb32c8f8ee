import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { shanghaiDate } from '../../../miniprogram/shared/time';
import { doctorIdsIn } from '../../domain/auth';
import type { AppointmentDoc } from '../../domain/booking/docs';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { doctorOf, nurseOfArea } from '../queue/access';

/** The appointment, if the caller holds one of `roles` in its hospital. */
export async function appointmentFor(ctx: Ctx, appointmentId: string, ...roles: StaffRole[]): Promise<AppointmentDoc> {
  const a = await ctx.db.get<AppointmentDoc>('appointments', appointmentId);
  if (!a) throw notFound('预约');
  await ctx.requireRole(a.hospitalId, ...roles);
  return a;
}

/**
 * Throws FORBIDDEN unless the caller holds one of `roles` for the session: a scheduler (or admin)
 * of its hospital, a nurse assigned to its area, the doctor it belongs to (the grant's doctor id).
 */
export async function requireRoleOnSession(
  ctx: Ctx,
  session: { hospitalId: string; departmentId: string; ownerId: string },
  ...roles: StaffRole[]
): Promise<void> {
  ctx.user();
  const { hospitalId, departmentId, ownerId } = session;
  if (roles.includes(StaffRole.scheduler) && (await ctx.rolesIn(hospitalId)).includes(StaffRole.scheduler)) return;
  if (roles.includes(StaffRole.nurse) && (await nurseOfArea(ctx, hospitalId, departmentId))) return;
  if (roles.includes(StaffRole.doctor) && (await doctorOf(ctx, hospitalId, ownerId))) return;
  const held = await ctx.rolesIn(hospitalId);
  throw new AppError(ErrorCode.FORBIDDEN, roles.some((r) => held.includes(r)) ? '只能处理本人出诊或所在诊区的患者' : undefined);
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
