/**
 * Who reaches a consultation: the account that asked it, and the doctors who may take it (an
 * online-qualified doctor of its hospital: the doctor asked, or one of the department's) or took
 * it. Another account: NOT_FOUND; other staff (another hospital's, or without the right): FORBIDDEN.
 */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { shanghaiYear } from '../../../miniprogram/shared/time';
import type { DoctorDoc, StaffDoc } from '../../domain/content/docs';
import { consultStep, handlerRefusal, type ConsultEvent } from '../../domain/online/consult';
import type { ConsultDoc } from '../../domain/online/consult-docs';
import { onlinePracticeRefusal } from '../../domain/online/qualification';
import type { Db, Ports } from '../../ports';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { refuse } from '../framework/photo-upload';

export interface DoctorSelf {
  staff: StaffDoc;
  /** The department of the doctor record the account is bound to. */
  departmentId: string | null;
}

/** The caller as a doctor of `hospitalId` (the grant and its doctor's department), or null. */
export async function doctorSelf(ctx: Ctx, hospitalId: string): Promise<DoctorSelf | null> {
  const staff = (await ctx.staffGrants()).find((g) => g.hospitalId === hospitalId && g.roles.includes(StaffRole.doctor));
  if (!staff) return null;
  const doctor = staff.doctorId ? await ctx.db.get<DoctorDoc>('doctors', staff.doctorId) : null;
  return { staff, departmentId: doctor ? doctor.departmentId : null };
}

/** Why the caller may not take `c` (null: they may). */
export async function takeRefusal(ctx: Ctx, c: ConsultDoc): Promise<string | null> {
  const me = await doctorSelf(ctx, c.hospitalId);
  return handlerRefusal(me ? me.staff : null, me ? me.departmentId : null, c, shanghaiYear(ctx.now));
}

export async function consultOr404(db: Db, id: string): Promise<ConsultDoc> {
  const c = await db.get<ConsultDoc>('consults', id);
  if (!c) throw notFound('咨询');
  return c;
}

/** The asker's own consultation, for what only the asker does: NOT_FOUND for everyone else, staff too (no role may). */
export async function ownConsult(ctx: Ctx, id: string): Promise<ConsultDoc> {
  const c = await ctx.db.get<ConsultDoc>('consults', id);
  if (c && c.openid === ctx.user()) return c;
  throw notFound('咨询');
}

/** The consultation as a doctor sees it: one who may take it, or the one who took it. */
export async function doctorConsult(ctx: Ctx, id: string): Promise<ConsultDoc> {
  const c = await ctx.db.get<ConsultDoc>('consults', id);
  if (c && ((c.acceptedBy !== '' && c.acceptedBy === ctx.openid) || (c.acceptedBy === '' && (await takeRefusal(ctx, c)) === null))) return c;
  if (c && (await doctorSelf(ctx, c.hospitalId))) {
    const why = c.acceptedBy !== '' ? '该咨询已由其他医生接诊' : await takeRefusal(ctx, c);
    throw new AppError(ErrorCode.FORBIDDEN, why ?? undefined);
  }
  return refuse(ctx, '咨询');
}

/** Whether online doctors of `hospitalId` take questions to `doctorId` (or, when null, to `departmentId`); the refusal when not. */
export async function availability(db: Db, hospitalId: string, doctorId: string | null, departmentId: string, year: number): Promise<string | null> {
  const staff = await db.find<StaffDoc>('staff', { where: { hospitalId }, limit: 100 });
  const doctors = staff.filter((s) => s.doctorId && (doctorId === null || s.doctorId === doctorId));
  const qualified = doctors.filter((s) => onlinePracticeRefusal(s, year) === null);
  if (doctorId !== null) return qualified.length > 0 ? null : doctors.length > 0 ? (onlinePracticeRefusal(doctors[0], year) ?? null) : '该医生暂未开通在线咨询';
  for (const s of qualified) {
    const d = s.doctorId ? await db.get<DoctorDoc>('doctors', s.doctorId) : null;
    if (d && d.departmentId === departmentId) return null;
  }
  return '该科室暂无可在线接诊的医生';
}

/**
 * Moves `c` by `event`, claimed from the state and version read; the step records who and when.
 * A retry that finds the change made (`done`) answers it as it stands.
 */
export async function moveConsult(
  ports: Ports,
  c: ConsultDoc,
  event: ConsultEvent,
  who: { by: string; byName: string; now: number; note: string },
  patch: Partial<ConsultDoc>,
  done: (x: ConsultDoc) => boolean,
): Promise<ConsultDoc> {
  if (done(c)) return c;
  const step = consultStep(c.status, event);
  if (!step.ok) throw new AppError(ErrorCode.STATE_CONFLICT, step.message);
  const set: Partial<ConsultDoc> = {
    ...patch,
    status: step.to,
    steps: [...c.steps, { status: step.to, by: who.by, byName: who.byName, at: who.now, note: who.note }],
    updatedAt: who.now,
  };
  const n = await ports.db.update('consults', { _id: c._id, status: c.status, updatedAt: c.updatedAt }, { set });
  const now = (await ports.db.get<ConsultDoc>('consults', c._id)) ?? c;
  if (n === 0 && !done(now)) throw new AppError(ErrorCode.STATE_CONFLICT, '该咨询刚有变化，请刷新后再试');
  return now;
}
