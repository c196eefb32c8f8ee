/**
 * The place reconciler: a slot's counts (`booked`, `onlineRemaining`) are recomputed from the
 * appointments that hold places in it, and drift is repaired and recorded (`placeRepairs`).
 * Drift comes only from a process that died between a slot's count change and the appointment
 * write beside it (take-place.ts, book-actions.ts). Every count change stamps the slot's
 * `touchedAt` before the appointment changes, so:
 * - a slot touched in the last STALE_MS may have a change in flight: it is left alone;
 * - a repair is a conditional update on the counts and `touchedAt` as read, so a change that
 *   lands meanwhile makes it a no-op;
 * - the sweeper (booking timer) only looks at slots touched since its last run, so it is cheap; the
 *   full pass (`schedule.reconcilePlaces`, admin) looks at every slot of a hospital's coming days.
 */
import { shanghaiDate } from '../../../miniprogram/shared/time';
import { HOLDING } from '../../domain/booking/transitions';
import type { SlotDoc } from '../../domain/scheduling/docs';
import { placeCounts } from '../../domain/scheduling/slots';
import { newId } from '../../ids';
import { DuplicateKeyError, MAX_PAGE } from '../../ports';
import type { Ctx } from '../framework/context';
import { eachIsolated } from '../framework/isolated';

/** A place change older than this has finished, or its process died. */
export const STALE_MS = 2 * 60_000;

export interface PlaceRepairDoc {
  _id: string;
  slotId: string;
  hospitalId: string;
  before: Pick<SlotDoc, 'booked' | 'onlineRemaining'>;
  after: Pick<SlotDoc, 'booked' | 'onlineRemaining'>;
  by: string;
  at: number;
}

interface SweepMarkDoc {
  _id: string;
  /** Slots touched before this instant have been swept. */
  until: number;
}

export type SlotCheck = 'ok' | 'busy' | 'repaired';

/** Recounts one slot; repairs drift and records the repair. */
export async function reconcileSlot(ctx: Ctx, slot: SlotDoc, by: string): Promise<SlotCheck> {
  if (slot.touchedAt > ctx.now - STALE_MS) return 'busy';
  const holding = await ctx.db.count('appointments', { slotId: slot._id, status: { in: HOLDING } });
  const after = placeCounts(slot, holding);
  if (after.booked === slot.booked && after.onlineRemaining === slot.onlineRemaining) return 'ok';
  const repaired = await ctx.db.update(
    'slots',
    { _id: slot._id, booked: slot.booked, onlineRemaining: slot.onlineRemaining, touchedAt: slot.touchedAt },
    { set: { ...after, touchedAt: ctx.now } },
  );
  if (repaired === 0) return 'busy';
  const record: PlaceRepairDoc = {
    _id: newId('repair'),
    slotId: slot._id,
    hospitalId: slot.hospitalId,
    before: { booked: slot.booked, onlineRemaining: slot.onlineRemaining },
    after,
    by,
    at: ctx.now,
  };
  await ctx.db.insert('placeRepairs', record);
  ctx.ports.logger.info('place count repaired', { slotId: slot._id, before: record.before, after });
  return 'repaired';
}

export interface ReconcileTally {
  checked: number;
  repaired: number;
  busy: number;
  failed: number;
}

async function checkAll(ctx: Ctx, slots: readonly SlotDoc[], by: string, tally: ReconcileTally): Promise<void> {
  const outcomes: SlotCheck[] = [];
  const run = await eachIsolated(ctx, 'booking', 'reconcilePlaces', slots, async (s) => {
    outcomes.push(await reconcileSlot(ctx, s, by));
    return true;
  });
  tally.checked += slots.length;
  tally.failed += run.failed;
  tally.repaired += outcomes.filter((o) => o === 'repaired').length;
  tally.busy += outcomes.filter((o) => o === 'busy').length;
}

const SWEEP_MARK = 'places';

async function moveMark(ctx: Ctx, until: number): Promise<void> {
  if ((await ctx.db.update('sweepMarks', { _id: SWEEP_MARK }, { set: { until } })) === 1) return;
  try {
    await ctx.db.insert<SweepMarkDoc>('sweepMarks', { _id: SWEEP_MARK, until });
  } catch (e) {
    if (!(e instanceof DuplicateKeyError)) throw e;
  }
}

/**
 * The sweeper: every slot touched since the last run (and now settled) is recounted. Slots touched
 * at the same instant are paged by position; the mark moves only when the whole window was checked.
 */
export async function sweepPlaces(ctx: Ctx): Promise<ReconcileTally> {
  const mark = await ctx.db.get<SweepMarkDoc>('sweepMarks', SWEEP_MARK);
  const from = mark?.until ?? ctx.now - 86_400_000;
  const until = ctx.now - STALE_MS;
  const tally: ReconcileTally = { checked: 0, repaired: 0, busy: 0, failed: 0 };
  if (until <= from) return tally;
  let cursor = from;
  let seenAtCursor = 0;
  for (;;) {
    const page = await ctx.db.find<SlotDoc>('slots', {
      where: { touchedAt: { gte: cursor, lt: until } },
      orderBy: [
        ['touchedAt', 'asc'],
        ['_id', 'asc'],
      ],
      skip: seenAtCursor,
      limit: MAX_PAGE,
    });
    await checkAll(ctx, page, 'timer', tally);
    if (page.length < MAX_PAGE) break;
    const last = page[page.length - 1].touchedAt;
    seenAtCursor = last === cursor ? seenAtCursor + page.length : page.filter((s) => s.touchedAt === last).length;
    cursor = last;
  }
  if (tally.failed === 0) await moveMark(ctx, until);
  return tally;
}

/** The full pass over a hospital's slots from today on. */
export async function reconcileHospital(ctx: Ctx, hospitalId: string, by: string): Promise<ReconcileTally> {
  const tally: ReconcileTally = { checked: 0, repaired: 0, busy: 0, failed: 0 };
  const today = shanghaiDate(ctx.now);
  for (let skip = 0; ; skip += MAX_PAGE) {
    const page = await ctx.db.find<SlotDoc>('slots', {
      where: { hospitalId, date: { gte: today } },
      orderBy: [
        ['date', 'asc'],
        ['_id', 'asc'],
      ],
      skip,
      limit: MAX_PAGE,
    });
    await checkAll(ctx, page, by, tally);
    if (page.length < MAX_PAGE) return tally;
  }
}
