/** Rating a completed visit (once, editable for 7 days), the caller's visits to rate, and the admin's monthly figures. */
import type { VisitToRate } from '../../../miniprogram/shared/dto/feedback';
import { AppointmentStatus, StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { shanghaiDate } from '../../../miniprogram/shared/time';
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { RatingDoc, Scores } from '../../domain/feedback/docs';
import { type RatingCheck, ratingCheck, RATING_EDIT_MS, VISIT_ASPECTS } from '../../domain/feedback/ratings';
import { satisfactionByDepartment } from '../../domain/feedback/stats';
import { findAll } from '../framework/find-all';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { feedback } from '../../../miniprogram/shared/contract/feedback';
import { action } from '../framework/define';
import { checkUserTexts } from '../framework/text-check';
import { ratingView } from './views';
import { admins, owner, signedIn } from '../framework/who';

const ratingId = (appointmentId: string): string => `rating-${appointmentId}`;

async function ownAppointment(ctx: Ctx, appointmentId: string): Promise<AppointmentDoc> {
  const a = await ctx.db.get<AppointmentDoc>('appointments', appointmentId);
  if (!a || a.openid !== ctx.user()) throw notFound('就诊记录');
  return a;
}

/** Creates or (within the 7 days `check` allowed) changes the rating `fresh` would start, in one transaction. */
export async function saveRating(
  ctx: Ctx,
  fresh: Omit<RatingDoc, 'scores' | 'comment' | 'createdAt' | 'updatedAt' | 'edits'>,
  scores: Scores,
  comment: string | undefined,
  check: (existing: RatingDoc | null) => RatingCheck,
): Promise<RatingDoc> {
  await checkUserTexts(ctx, { comment });
  return ctx.db.transaction(async (tx) => {
    const existing = await tx.get<RatingDoc>('feedbackRatings', fresh._id);
    const allowed = check(existing);
    if (!allowed.ok) throw new AppError(ErrorCode.STATE_CONFLICT, allowed.message);
    const text = comment ?? '';
    if (existing) {
      const set = { scores, comment: text, updatedAt: ctx.now, edits: existing.edits + 1 };
      await tx.updateById('feedbackRatings', existing._id, { set });
      return { ...existing, ...set };
    }
    const doc: RatingDoc = { ...fresh, scores, comment: text, createdAt: ctx.now, updatedAt: ctx.now, edits: 0 };
    await tx.insert('feedbackRatings', doc);
    return doc;
  });
}

export const rate = action(feedback.rate, {
  who: owner(),
  offer: { key: 'feedback', from: { field: 'appointmentId', collection: 'appointments' } },
  async run({ appointmentId, scores, comment }, ctx) {
    const a = await ownAppointment(ctx, appointmentId);
    const fresh = {
      _id: ratingId(a._id),
      hospitalId: a.hospitalId,
      openid: a.openid,
      appointmentId: a._id,
      departmentId: a.departmentId,
      departmentName: a.departmentName,
      month: a.date.slice(0, 7),
    };
    const rating = await saveRating(ctx, fresh, scores, comment, (existing) => ratingCheck(a.status, existing, ctx.now));
    return { rating: ratingView(rating, ctx.now) };
  },
});

export const myRating = action(feedback.myRating, {
  who: owner(),
  async run({ appointmentId }, ctx) {
    const a = await ownAppointment(ctx, appointmentId);
    const r = await ctx.db.get<RatingDoc>('feedbackRatings', ratingId(a._id));
    return {
      title: `${a.departmentName} · ${a.ownerName}`,
      dateText: a.date,
      aspects: VISIT_ASPECTS,
      canRate: ratingCheck(a.status, r, ctx.now).ok,
      rating: r ? ratingView(r, ctx.now) : null,
    };
  },
});

/** How far back the caller's visits are offered for rating. */
const VISITS_WITHIN_MS = 30 * 86_400_000;

export const myVisits = action(feedback.myVisits, {
  who: signedIn(),
  async run(_input, ctx) {
    const openid = ctx.user();
    const visits = await ctx.db.find<AppointmentDoc>('appointments', {
      where: { openid, start: { gte: ctx.now - VISITS_WITHIN_MS - RATING_EDIT_MS } },
      orderBy: [['start', 'desc']],
      limit: 100,
    });
    const rated = new Map(
      (await ctx.db.find<RatingDoc>('feedbackRatings', { where: { openid }, orderBy: [['createdAt', 'desc']], limit: 100 })).map((r) => [r.appointmentId, r]),
    );
    const out: VisitToRate[] = visits
      .filter((a) => a.status === AppointmentStatus.completed)
      .map((a) => {
        const r = rated.get(a._id) ?? null;
        return {
          appointmentId: a._id,
          title: `${a.departmentName} · ${a.ownerName}`,
          dateText: a.date,
          rated: r !== null,
          editable: ratingCheck(a.status, r, ctx.now).ok,
        };
      });
    return { visits: out };
  },
});

export const stats = action(feedback.stats, {
  who: admins(),
  async run({ hospitalId, month }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    const m = month ?? shanghaiDate(ctx.now).slice(0, 7);
    const ratings = await findAll<RatingDoc>(ctx.db, 'feedbackRatings', { hospitalId, month: m }, [['createdAt', 'asc']]);
    return { month: m, total: ratings.length, departments: satisfactionByDepartment(ratings) };
  },
});
