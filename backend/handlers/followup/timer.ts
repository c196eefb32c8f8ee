/**
 * The followup timer (every 5 minutes): fees that arrived move follow-ups to `waiting`; declined
 * or withdrawn follow-ups settle their refund (once); approved prescriptions whose order was paid
 * become `paid`.
 */
import type { FollowupDoc, OnlineRxDoc } from '../../domain/online/docs';
import { FollowupStatus, RxStatus } from '../../domain/online/followups';
import { MAX_PAGE } from '../../ports';
import type { Ctx } from '../framework/context';
import { eachIsolated } from '../framework/isolated';
import { settleFollowupRefund, syncFollowupPaid, syncRxPaid } from './money';

export async function followupTimer(ctx: Ctx): Promise<Record<string, number>> {
  const unpaid = await ctx.db.find<FollowupDoc>('followups', { where: { status: FollowupStatus.unpaid }, orderBy: [['updatedAt', 'asc']], limit: MAX_PAGE });
  const paid = await eachIsolated(
    ctx,
    'followup',
    'paid',
    unpaid,
    async (f) => (await syncFollowupPaid(ctx.ports, f, ctx.now)).status === FollowupStatus.waiting,
  );
  const owed = await ctx.db.find<FollowupDoc>('followups', { where: { refund: 'owed' }, orderBy: [['updatedAt', 'asc']], limit: MAX_PAGE });
  const refunds = await eachIsolated(ctx, 'followup', 'refund', owed, async (f) => {
    await settleFollowupRefund(ctx.ports, f, ctx.now);
    return (await ctx.db.get<FollowupDoc>('followups', f._id))?.refund !== 'owed';
  });
  const approved = await ctx.db.find<OnlineRxDoc>('onlinePrescriptions', {
    where: { status: RxStatus.approved },
    orderBy: [['updatedAt', 'asc']],
    limit: MAX_PAGE,
  });
  const rx = await eachIsolated(ctx, 'followup', 'rxPaid', approved, async (r) => (await syncRxPaid(ctx.ports, r, ctx.now)).status === RxStatus.paid);
  return { paid: paid.done, refundsSettled: refunds.done, prescriptionsPaid: rx.done, failed: paid.failed + refunds.failed + rx.failed };
}
