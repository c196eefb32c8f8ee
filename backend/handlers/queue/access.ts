/**
 * Who may act on a queue: the patient on their own appointments only (another account's is
 * NOT_FOUND); a nurse of the hospital on the clinic areas the admin assigned to them; a doctor on
 * their own sessions (the doctor grant names the doctor id); an admin of the hospital everywhere.
 */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { shanghaiDate } from '../../../miniprogram/shared/time';
import { doctorIdsIn } from '../../domain/auth';
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { NurseAreasDoc } from '../../domain/queue/docs';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';

export const nurseAreasId = (openid: string, hospitalId: string): string => `na-${openid}-${hospitalId}`;

export async function ownAppointment(ctx: Ctx, appointmentId: string): Promise<AppointmentDoc> {
  const a = await ctx.db.get<AppointmentDoc>('appointments', appointmentId);
  if (!a || a.openid !== ctx.user()) throw notFound('预约');
  return a;
}

export async function isAdmin(ctx: Ctx, hospitalId: string): Promise<boolean> {
  const roles = await ctx.rolesIn(hospitalId);
  return roles.includes(StaffRole.admin);
}

/** True when the caller is a nurse assigned to the area (or an admin of the hospital). */
export async function nurseOfArea(ctx: Ctx, hospitalId: string, departmentId: string): Promise<boolean> {
  if (await isAdmin(ctx, hospitalId)) return true;
  if (!(await ctx.rolesIn(hospitalId)).includes(StaffRole.nurse)) return false;
  const areas = await ctx.db.get<NurseAreasDoc>('nurseAreas', nurseAreasId(ctx.user(), hospitalId));
  return areas !== null && areas.departmentIds.includes(departmentId);
}

/** True when the caller holds the doctor role bound to `ownerId` in the hospital. */
export async function doctorOf(ctx: Ctx, hospitalId: string, ownerId: string): Promise<boolean> {
  return doctorIdsIn(await ctx.staffGrants(), hospitalId).includes(ownerId);
}

export async function requireNurse(ctx: Ctx, hospitalId: string, departmentId: string): Promise<void> {
  ctx.user();
  if (!(await nurseOfArea(ctx, hospitalId, departmentId))) throw new AppError(ErrorCode.FORBIDDEN, '您不是该诊区的护士，不能操作');
}

export async function requireNurseOrDoctor(ctx: Ctx, hospitalId: string, departmentId: string, ownerId: string): Promise<void> {
  ctx.user();
  if (await nurseOfArea(ctx, hospitalId, departmentId)) return;
  if (await doctorOf(ctx, hospitalId, ownerId)) return;
  throw new AppError(ErrorCode.FORBIDDEN, '只能查看本人或所在诊区的候诊队列');
}

export async function requireDoctor(ctx: Ctx, hospitalId: string, ownerId: string): Promise<void> {
  ctx.user();
  if (!(await doctorOf(ctx, hospitalId, ownerId))) throw new AppError(ErrorCode.FORBIDDEN, '只能处理本人出诊的患者');
}

/** Queue work is for the day itself. */
export function requireToday(ctx: Ctx, date: string): void {
  if (date !== shanghaiDate(ctx.now)) throw new AppError(ErrorCode.STATE_CONFLICT, `只能处理当天（${shanghaiDate(ctx.now)}）的候诊队列`);
}
