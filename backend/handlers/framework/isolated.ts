/**
 * Timer work item by item: one item that fails is recorded (`timerFailures`, one document per
 * timer and item with a count) and logged, and the run goes on with the rest.
 */
import { hashId } from '../../ids';
import { DuplicateKeyError, MAX_PAGE, type Doc } from '../../ports';
import type { Ctx } from './context';

export interface TimerFailureDoc {
  _id: string;
  fn: string;
  step: string;
  item: string;
  error: string;
  count: number;
  firstAt: number;
  lastAt: number;
}

export interface Tally {
  done: number;
  failed: number;
}

async function recordFailure(ctx: Ctx, fn: string, step: string, item: string, e: unknown): Promise<void> {
  const error = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 500);
  ctx.ports.logger.error('timer item failed', { fn, step, item, error });
  const _id = hashId('tf', fn, step, item);
  try {
    if ((await ctx.db.update('timerFailures', { _id }, { inc: { count: 1 }, set: { error, lastAt: ctx.now } })) === 1) return;
    await ctx.db.insert<TimerFailureDoc>('timerFailures', { _id, fn, step, item, error, count: 1, firstAt: ctx.now, lastAt: ctx.now });
  } catch (recordError) {
    if (!(recordError instanceof DuplicateKeyError)) ctx.ports.logger.error('timer failure not recorded', { fn, step, item });
  }
}

/** Runs `work` on each item; a throwing item is recorded and skipped. `work` answers whether it changed something. */
export async function eachIsolated<T extends Doc>(
  ctx: Ctx,
  fn: string,
  step: string,
  items: readonly T[],
  work: (item: T) => Promise<boolean>,
): Promise<Tally> {
  const tally: Tally = { done: 0, failed: 0 };
  for (const item of items) {
    try {
      if (await work(item)) tally.done++;
    } catch (e) {
      tally.failed++;
      await recordFailure(ctx, fn, step, item._id, e);
    }
  }
  return tally;
}

/**
 * Pages through what `page` finds until a page is not full, or until a full page changed nothing
 * (its items keep failing or keep being skipped): a stuck item never makes a run loop for ever.
 */
export async function eachPageIsolated<T extends Doc>(
  ctx: Ctx,
  fn: string,
  step: string,
  page: () => Promise<T[]>,
  work: (item: T) => Promise<boolean>,
): Promise<Tally> {
  const total: Tally = { done: 0, failed: 0 };
  for (;;) {
    const items = await page();
    const tally = await eachIsolated(ctx, fn, step, items, work);
    total.done += tally.done;
    total.failed += tally.failed;
    if (items.length < MAX_PAGE || tally.done === 0) return total;
  }
}
