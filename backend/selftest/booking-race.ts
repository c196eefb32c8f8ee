/**
 * A small booking race against the real database: 24 concurrent takes of a place in a scratch slot
 * of 6, each the same single conditional update a booking makes on its slot (docs/booking.md).
 * Exactly 6 must succeed and the slot must end at 0, never below.
 */
import type { Db, Doc } from '../ports';
import type { CheckResult } from '../../miniprogram/shared/dto/selftest';
import { SCRATCH } from './db-checks';

const PLACES = 6;
const ATTEMPTS = 24;

interface ScratchSlot extends Doc {
  run: string;
  remaining: number;
}

export async function bookingRace(db: Db, run: string): Promise<CheckResult> {
  const name = `booking race: ${ATTEMPTS} concurrent takes of ${PLACES} places`;
  const slot: ScratchSlot = { _id: `${run}-slot`, run, remaining: PLACES };
  await db.insert(SCRATCH, slot);
  const taken = await Promise.all(
    Array.from({ length: ATTEMPTS }, () => db.update(SCRATCH, { _id: slot._id, remaining: { gt: 0 } }, { inc: { remaining: -1 } })),
  );
  const won = taken.reduce((a, b) => a + b, 0);
  const left = (await db.get<ScratchSlot>(SCRATCH, slot._id))?.remaining;
  const ok = won === PLACES && left === 0;
  return ok ? { name, ok } : { name, ok, detail: `${won} took a place, ${String(left)} left` };
}
