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
import { reconcile } from './settle';

/** At most this many pages a run; what is left is due first in the next run. */
const PAGES_PER_RUN = 5;

/** Asks about one order; answers true when it is no longer unpaid. */
async function followUp(ctx: Ctx, o: OrderDoc): Promise<boolean> {
  try {
    if ((await reconcile(ctx.ports, o, ctx.now)).status !== 'unpaid') return true;
  } catch (e) {
    ctx.ports.logger.error('payment follow-up failed', { orderId: o._id, error: e instanceof Error ? e.message : String(e) });
  }
  const next = nextQueryAt(o.payStartedAt ?? ctx.now, ctx.now);
  await ctx.db.update('orders', { _id: o._id, status: 'unpaid', nextQueryAt: o.nextQueryAt ?? null }, { set: { nextQueryAt: next } });
  return false;
}

/** One timer run of follow-ups; answers how many orders it settled. */
export async function followUpPayments(ctx: Ctx): Promise<number> {
  let settled = 0;
  for (let page = 0; page < PAGES_PER_RUN; page++) {
    const due = await ctx.db.find<OrderDoc>('orders', { where: { status: 'unpaid', nextQueryAt: { lte: ctx.now } }, orderBy: [['nextQueryAt', 'asc']], limit: MAX_PAGE });
    for (const o of due) if (await followUp(ctx, o)) settled++;
    if (due.length < MAX_PAGE) break;
  }
  return settled;
}
