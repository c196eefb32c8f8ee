/**
 * Following up payments whose notice never came: the orders timer asks WeChat Pay about unpaid
 * orders that are due (`nextQueryAt`), earliest first, page after page, and moves each to its next
 * time (backend/domain/billing/follow-up.ts) — so abandoned orders fall back and stop after the
 * window, and nothing waits behind them.
 */
import type { OrderDoc } from '../../domain/billing/docs';
import { nextQueryAt } from '../../domain/billing/follow-up';
import { MAX_PAGE } from '../../ports';
import type { Ctx } from '../framework/context';
import { eachIsolated, type Tally } from '../framework/isolated';
import { reconcile } from './settle';

/** At most this many pages a run; what is left is due first in the next run. */
const PAGES_PER_RUN = 5;

/** Asks about one order and moves it to its next time; answers true when it is no longer unpaid. */
async function followUp(ctx: Ctx, o: OrderDoc): Promise<boolean> {
  const next = nextQueryAt(o.payStartedAt ?? ctx.now, ctx.now);
  // The next time is set first, so an order whose query keeps failing still falls back.
  await ctx.db.update('orders', { _id: o._id, status: 'unpaid', nextQueryAt: o.nextQueryAt ?? null }, { set: { nextQueryAt: next } });
  return (await reconcile(ctx.ports, o, ctx.now)).status !== 'unpaid';
}

/** One timer run of follow-ups: how many orders it settled, and how many queries failed (recorded). */
export async function followUpPayments(ctx: Ctx): Promise<Tally> {
  const total: Tally = { done: 0, failed: 0 };
  for (let page = 0; page < PAGES_PER_RUN; page++) {
    const due = await ctx.db.find<OrderDoc>('orders', {
      where: { status: 'unpaid', nextQueryAt: { lte: ctx.now } },
      orderBy: [['nextQueryAt', 'asc']],
      limit: MAX_PAGE,
    });
    const tally = await eachIsolated(ctx, 'orders', 'followUp', due, (o) => followUp(ctx, o));
    total.done += tally.done;
    total.failed += tally.failed;
    if (due.length < MAX_PAGE) break;
  }
  return total;
}
