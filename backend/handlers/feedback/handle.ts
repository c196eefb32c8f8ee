/**
 * The service desk's side of complaints: the worklist by deadline, assign, answer, close, and the
 * overdue list for the admin. Each change is claimed from the state and version it was read in
 * (backend/domain/feedback/complaints.ts); a retry that finds its own change already made answers it.
 */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { complaintTransition, type ComplaintEvent } from '../../domain/feedback/complaints';
import type { ComplaintDoc } from '../../domain/feedback/docs';
import { AppError } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { feedback } from '../../../miniprogram/shared/contract/feedback';
import { action } from '../framework/define';
import { complaintFor, staffName } from './access';
import { complaintRules } from './rules';
import { complaintView } from './views';
import { admins, hiddenFromPatients, staff } from '../framework/who';

/** True when `c` already shows the change `event` asks for (a retry after the first call succeeded). */
function alreadyDone(c: ComplaintDoc, event: ComplaintEvent): boolean {
  if (event.kind === 'answer') return c.answeredAt !== null && c.answer === event.text;
  if (event.kind === 'close') return c.closedAt !== null;
  return false;
}

async function change(ctx: Ctx, complaintId: string, event: (c: ComplaintDoc) => Promise<ComplaintEvent>) {
  const c = await complaintFor(ctx, complaintId, false, StaffRole.service);
  const ev = await event(c);
  if (alreadyDone(c, ev)) return { complaint: complaintView(c, ctx.now) };
  const t = complaintTransition(c, ev, { openid: ctx.user(), name: await staffName(ctx, c.hospitalId) }, ctx.now);
  if (!t.ok) throw new AppError(ErrorCode.STATE_CONFLICT, t.message);
  const claimed = await ctx.db.update('complaints', { _id: c._id, status: t.from, updatedAt: c.updatedAt }, { set: t.patch });
  if (claimed === 0) {
    const now = await ctx.db.get<ComplaintDoc>('complaints', c._id);
    if (now && alreadyDone(now, ev)) return { complaint: complaintView(now, ctx.now) };
    throw new AppError(ErrorCode.STATE_CONFLICT, '该投诉刚被他人处理，请刷新后再试');
  }
  return { complaint: complaintView({ ...c, ...t.patch }, ctx.now) };
}

export const worklist = action(feedback.worklist, {
  who: staff('service'),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.service);
    const open = await ctx.db.find<ComplaintDoc>('complaints', { where: { hospitalId, phase: 'open' }, orderBy: [['dueAt', 'asc']], limit: 100 });
    const answered = await ctx.db.find<ComplaintDoc>('complaints', {
      where: { hospitalId, phase: 'done', closedAt: null },
      orderBy: [['updatedAt', 'desc']],
      limit: 50,
    });
    return { complaints: open.map((c) => complaintView(c, ctx.now)), answered: answered.map((c) => complaintView(c, ctx.now)) };
  },
});

export const assign = action(feedback.assign, {
  who: hiddenFromPatients(staff('service')),
  run: ({ complaintId, handler, multiDepartment }, ctx) =>
    change(ctx, complaintId, async (c) => ({ kind: 'assign', handler, multiDepartment, limits: await complaintRules(ctx.db, c.hospitalId) })),
});

export const answer = action(feedback.answer, {
  who: hiddenFromPatients(staff('service')),
  run: ({ complaintId, text }, ctx) => change(ctx, complaintId, () => Promise.resolve({ kind: 'answer', text })),
});

export const close = action(feedback.close, {
  who: hiddenFromPatients(staff('service')),
  run: ({ complaintId, note }, ctx) => change(ctx, complaintId, () => Promise.resolve({ kind: 'close', note: note ?? '' })),
});

export const overdue = action(feedback.overdue, {
  who: admins(),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    const list = await ctx.db.find<ComplaintDoc>('complaints', { where: { hospitalId, escalatedAt: { gt: 0 } }, orderBy: [['dueAt', 'asc']], limit: 100 });
    return { complaints: list.map((c) => complaintView(c, ctx.now)) };
  },
});
