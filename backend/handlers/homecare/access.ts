/**
 * Who reaches a home-nursing request: its requester, the hospital's coordinators (role homecare)
 * and the nurse assigned to it. Another account: NOT_FOUND; other staff: FORBIDDEN.
 */
import { HomecareStatus, StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { HomecareRequestDoc } from '../../domain/homecare/docs';
import { homecareStep, type HomecareEvent } from '../../domain/homecare/requests';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { refuse } from '../framework/photo-upload';

export type Party = 'owner' | 'coordinator' | 'nurse';

export async function requestFor(ctx: Ctx, id: string, ...parties: Party[]): Promise<HomecareRequestDoc> {
  const r = await ctx.db.get<HomecareRequestDoc>('homecareRequests', id);
  if (!r) throw notFound('护理申请');
  const me = ctx.user();
  if (parties.includes('owner') && r.openid === me) return r;
  const held = await ctx.rolesIn(r.hospitalId);
  if (parties.includes('coordinator') && held.includes(StaffRole.homecare)) return r;
  if (parties.includes('nurse') && held.includes(StaffRole.nurse) && r.nurseOpenid === me) return r;
  // What only the owner does is another account's item to everyone else, staff too: NOT_FOUND.
  if (parties.every((p) => p === 'owner')) throw notFound('护理申请');
  return refuse(ctx, '护理申请');
}

export async function staffName(ctx: Ctx, hospitalId: string): Promise<string> {
  const grant = (await ctx.staffGrants()).find((g) => g.hospitalId === hospitalId);
  return grant ? grant.name : '管理员';
}

/**
 * Moves `r` by `event` with `patch`, claimed from the state and version read; the step records who
 * and when. A retry that finds the change made (`done`) answers it as it stands.
 */
export async function move(
  ctx: Ctx,
  r: HomecareRequestDoc,
  event: HomecareEvent,
  by: string,
  note: string,
  patch: Partial<HomecareRequestDoc>,
  done: (x: HomecareRequestDoc) => boolean,
): Promise<HomecareRequestDoc> {
  if (done(r)) return r;
  const step = homecareStep(r.status, event);
  if (!step.ok) throw new AppError(ErrorCode.STATE_CONFLICT, step.message);
  const set: Partial<HomecareRequestDoc> = {
    ...patch,
    status: step.to,
    steps: [...r.steps, { status: step.to, by: ctx.openid ?? 'system', byName: by, at: ctx.now, note }],
    updatedAt: ctx.now,
  };
  const n = await ctx.db.update('homecareRequests', { _id: r._id, status: r.status, updatedAt: r.updatedAt }, { set });
  const now = (await ctx.db.get<HomecareRequestDoc>('homecareRequests', r._id)) ?? r;
  if (n === 0 && !done(now)) throw new AppError(ErrorCode.STATE_CONFLICT, '该申请刚被处理，请刷新后再试');
  return now;
}

export const ACTIVE_FOR_NURSE = [HomecareStatus.assigned, HomecareStatus.departed, HomecareStatus.started];
