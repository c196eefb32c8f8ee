/**
 * Rating a finished online consultation, online follow-up, delivered medicines or home visit: the owner only
 * (another account's item is NOT_FOUND), on the aspects of its kind, by the same rule as a visit.
 */
import { RatedService } from '../../../miniprogram/shared/enums';
import { shanghaiDate } from '../../../miniprogram/shared/time';
import type { FollowupDoc, DeliveryDoc } from '../../domain/online/docs';
import type { ConsultDoc } from '../../domain/online/consult-docs';
import { SERVICE_RATING, scoresProblem, serviceRatingCheck } from '../../domain/feedback/ratings';
import type { RatingDoc } from '../../domain/feedback/docs';
import { HOME_VISIT_ROW } from '../../domain/feedback/stats';
import type { HomecareRequestDoc } from '../../domain/homecare/docs';
import { ratingAspectLabels } from '../../../miniprogram/shared/enums';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { feedback } from '../../../miniprogram/shared/contract/feedback';
import { action } from '../framework/define';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { saveRating } from './ratings';
import { ratingView } from './views';
import { owner } from '../framework/who';

/** What a rating needs of the item: whose it is, its state, and the statistics' row and month. */
interface RatedItem {
  hospitalId: string;
  openid: string;
  status: string;
  departmentId: string;
  departmentName: string;
  title: string;
  /** The instant whose Shanghai date is the item's, and whose month counts it in the statistics. */
  at: number;
}

/** Medicines delivered count in one row of their own. */
const DELIVERY_ROW = { departmentId: 'delivery', departmentName: '药品配送' } as const;

async function loadItem(ctx: Ctx, kind: RatedService, itemId: string): Promise<RatedItem | null> {
  if (kind === RatedService.consult) {
    const c = await ctx.db.get<ConsultDoc>('consults', itemId);
    return c && { ...c, at: c.createdAt, title: `在线咨询 · ${c.departmentName}${c.doctorName ? ` · ${c.doctorName}` : ''}` };
  }
  if (kind === RatedService.followup) {
    const f = await ctx.db.get<FollowupDoc>('followups', itemId);
    return f && { ...f, at: f.createdAt, title: `在线复诊 · ${f.departmentName}${f.doctorName ? ` · ${f.doctorName}` : ''}` };
  }
  if (kind === RatedService.delivery) {
    const d = await ctx.db.get<DeliveryDoc>('deliveries', itemId);
    return d && { ...d, ...DELIVERY_ROW, at: d.createdAt, title: d.mode === 'pickup' ? '药品自取' : '药品快递' };
  }
  const h = await ctx.db.get<HomecareRequestDoc>('homecareRequests', itemId);
  return h && { ...h, ...HOME_VISIT_ROW, at: h.windowStart, title: `上门护理 · ${h.serviceName}` };
}

async function ownItem(ctx: Ctx, kind: RatedService, itemId: string): Promise<RatedItem> {
  const item = await loadItem(ctx, kind, itemId);
  if (!item || item.openid !== ctx.user()) throw notFound('服务记录');
  return item;
}

const ratingId = (kind: RatedService, itemId: string): string => `rating-${kind}-${itemId}`;

/** The hospital of the rated item decides whether 就医反馈 is offered (backend/handlers/framework/offers.ts). */
const offer = {
  key: 'feedback',
  from: {
    field: 'itemId',
    collection: {
      byField: 'kind',
      of: { consult: 'consults', followup: 'followups', delivery: 'deliveries', homecare: 'homecareRequests' } satisfies Record<RatedService, string>,
    },
  },
} as const;

export const rateService = action(feedback.rateService, {
  who: owner(),
  offer,
  async run({ kind, itemId, scores, comment }, ctx) {
    const problem = scoresProblem(kind, scores);
    if (problem) throw new AppError(ErrorCode.VALIDATION_FAILED, `请为“${ratingAspectLabels[problem]}”打分`, `scores.${problem}`);
    const item = await ownItem(ctx, kind, itemId);
    const fresh: Omit<RatingDoc, 'scores' | 'comment' | 'createdAt' | 'updatedAt' | 'edits'> = {
      _id: ratingId(kind, itemId),
      hospitalId: item.hospitalId,
      openid: item.openid,
      appointmentId: '',
      kind,
      itemId,
      departmentId: item.departmentId,
      departmentName: item.departmentName,
      month: shanghaiDate(item.at).slice(0, 7),
    };
    const rating = await saveRating(ctx, fresh, scores, comment, (existing) => serviceRatingCheck(kind, item.status, existing, ctx.now));
    return { rating: ratingView(rating, ctx.now) };
  },
});

export const serviceRating = action(feedback.serviceRating, {
  who: owner(),
  offer,
  async run({ kind, itemId }, ctx) {
    const item = await ownItem(ctx, kind, itemId);
    const r = await ctx.db.get<RatingDoc>('feedbackRatings', ratingId(kind, itemId));
    return {
      title: item.title,
      dateText: shanghaiDate(item.at),
      aspects: SERVICE_RATING[kind].aspects,
      canRate: serviceRatingCheck(kind, item.status, r, ctx.now).ok,
      rating: r ? ratingView(r, ctx.now) : null,
    };
  },
});
