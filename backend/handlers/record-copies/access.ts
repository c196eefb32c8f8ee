/**
 * Who reaches an application: its applicant, and the records staff of its hospital. Another
 * account gets NOT_FOUND; staff of another hospital (or without the role) FORBIDDEN.
 */
import { StaffRole } from '../../../miniprogram/shared/enums';
import type { CopyApplicationDoc } from '../../domain/record-copies/docs';
import { notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { refuse } from '../framework/photo-upload';

/** The applicant's own application, for what only the applicant does: NOT_FOUND for everyone else, staff too. */
export async function ownApplication(ctx: Ctx, id: string): Promise<CopyApplicationDoc> {
  const a = await ctx.db.get<CopyApplicationDoc>('copyApplications', id);
  if (a && a.openid === ctx.user()) return a;
  throw notFound('申请');
}

export async function applicationFor(ctx: Ctx, id: string, applicantToo: boolean): Promise<CopyApplicationDoc> {
  const a = await ctx.db.get<CopyApplicationDoc>('copyApplications', id);
  if (!a) throw notFound('申请');
  if (applicantToo && a.openid === ctx.user()) return a;
  if ((await ctx.rolesIn(a.hospitalId)).includes(StaffRole.records)) return a;
  return refuse(ctx, '申请');
}

/** The caller's name as staff of the hospital, for the steps. */
export async function actorName(ctx: Ctx, hospitalId: string, applicant: boolean): Promise<string> {
  if (applicant) return '申请人';
  const grant = (await ctx.staffGrants()).find((g) => g.hospitalId === hospitalId);
  return grant ? grant.name : '管理员';
}
