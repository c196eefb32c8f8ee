/**
 * A slot's place counts. Taking a place is one conditional update (remaining > 0 → remaining − 1),
 * giving one back the reverse; both stamp `touchedAt`, which tells the place reconciler
 * (reconcile-places.ts) which slots changed and which are still busy.
 */
import type { LimitDoc, LimitKey } from '../../domain/booking/limits';
import { limitProblem } from '../../domain/booking/limits';
import type { Problem } from '../../domain/booking/rules';
import type { Db, TxDb } from '../../ports';

export async function takeSeat(db: Db, slotId: string, now: number): Promise<boolean> {
  const taken = await db.update(
    'slots',
    { _id: slotId, state: 'open', onlineRemaining: { gt: 0 } },
    { inc: { onlineRemaining: -1, booked: 1 }, set: { touchedAt: now } },
  );
  return taken === 1;
}

/** Marks a slot whose count is about to change (before the appointment write that goes with it). */
export async function touchSlot(db: Db, slotId: string, now: number): Promise<void> {
  await db.update('slots', { _id: slotId }, { set: { touchedAt: now } });
}

export async function giveSeatBack(db: Db, slotId: string, now: number): Promise<void> {
  await db.update('slots', { _id: slotId }, { inc: { onlineRemaining: 1, booked: -1 }, set: { touchedAt: now } });
}

/** Adds the appointment to each limit inside a transaction; the first limit it may not take refuses. */
export async function holdLimits(tx: TxDb, keys: readonly LimitKey[], appointmentId: string): Promise<Problem | null> {
  const held: LimitDoc[] = [];
  for (const key of keys) {
    const holders = (await tx.get<LimitDoc>('bookingLimits', key.id))?.holders ?? [];
    const problem = limitProblem(key, holders, appointmentId);
    if (problem) return problem;
    held.push({ _id: key.id, kind: key.kind, holders: holders.includes(appointmentId) ? holders : [...holders, appointmentId] });
  }
  for (const doc of held) await tx.set('bookingLimits', doc);
  return null;
}

/** Removes the appointment from each limit it holds, inside the transaction that ends it. */
export async function releaseLimits(tx: TxDb, keys: readonly LimitKey[], appointmentId: string): Promise<void> {
  for (const key of keys) {
    const doc = await tx.get<LimitDoc>('bookingLimits', key.id);
    if (!doc || !doc.holders.includes(appointmentId)) continue;
    const holders = doc.holders.filter((h) => h !== appointmentId);
    if (holders.length === 0) await tx.removeById('bookingLimits', key.id);
    else await tx.set('bookingLimits', { ...doc, holders });
  }
}
