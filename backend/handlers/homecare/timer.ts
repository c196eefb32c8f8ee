/**
 * The homecare timer (every 5 minutes), item by item: accepted requests whose order was paid move
 * to `paid`; cancelled ones settle their order (close it, or refund once).
 */
import { HomecareStatus } from '../../../miniprogram/shared/enums';
import type { HomecareRequestDoc } from '../../domain/homecare/docs';
import { MAX_PAGE } from '../../ports';
import type { Ctx } from '../framework/context';
import { eachIsolated, eachPageIsolated } from '../framework/isolated';
import { settleCancelled, syncPaid } from './money';

export async function homecareTimer(ctx: Ctx): Promise<Record<string, number>> {
  const accepted = await ctx.db.find<HomecareRequestDoc>('homecareRequests', {
    where: { status: HomecareStatus.accepted },
    orderBy: [['updatedAt', 'asc']],
    limit: MAX_PAGE,
  });
  const paid = await eachIsolated(ctx, 'homecare', 'paid', accepted, async (r) => (await syncPaid(ctx.ports, r, ctx.now)).status === HomecareStatus.paid);
  const owed = await eachPageIsolated(
    ctx,
    'homecare',
    'refund',
    () =>
      ctx.db.find<HomecareRequestDoc>('homecareRequests', {
        where: { status: HomecareStatus.cancelled, refund: 'owed' },
        orderBy: [['updatedAt', 'asc']],
        limit: MAX_PAGE,
      }),
    async (r) => {
      await settleCancelled(ctx.ports, r, ctx.now);
      return (await ctx.db.get<HomecareRequestDoc>('homecareRequests', r._id))?.refund !== 'owed';
    },
  );
  return { paid: paid.done, refundsSettled: owed.done, failed: paid.failed + owed.failed };
}
