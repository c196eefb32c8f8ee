/**
 * Who reaches a complaint: its author, and the service staff of its hospital. Another account gets
 * NOT_FOUND (its existence is not revealed); staff of another hospital get FORBIDDEN.
 */
import type { StaffRole } from '../../../miniprogram/shared/enums';
import type { ComplaintDoc } from '../../domain/feedback/docs';
import { notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { refuse } from '../framework/photo-upload';

/** The complaint for its author or a holder of `roles` in its hospital. */
export async function complaintFor(ctx: Ctx, complaintId: string, authorToo: boolean, ...roles: StaffRole[]): Promise<ComplaintDoc> {
  const c = await ctx.db.get<ComplaintDoc>('complaints', complaintId);
  if (!c) throw notFound('投诉');
  if (authorToo && c.openid === ctx.user()) return c;
  const held = await ctx.rolesIn(c.hospitalId);
  if (roles.some((r) => held.includes(r))) return c;
  return refuse(ctx, '投诉');
}

/** The caller's name as staff of the hospital, for the complaint's steps. */
export async function staffName(ctx: Ctx, hospitalId: string): Promise<string> {
  const grant = (await ctx.staffGrants()).find((g) => g.hospitalId === hospitalId);
  return grant ? grant.name : '管理员';
}
