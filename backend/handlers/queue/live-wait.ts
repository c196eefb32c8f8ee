/**
 * The care path's waits from the live queues (backend/domain/navigation/wait.ts): for a stop with a
 * queue, the turns before the patient by the queue's own rules (`turnsBefore`) and the session's
 * ETA (`etaForSession`, the same numbers the queue status page shows), the shortest of the rooms
 * that can take them; for the cashier, the blood draw and the pharmacy, which keep no bookable
 * queue, the people the store shows on their way there (backend/domain/navigation/desk-wait.ts:
 * today's outpatient orders of the hospital and what the HIS has done for them), counted once per
 * request and always marked uncertain.
 */
import { DEFAULT_STATS, etaForSession, etaText, type RoomKind } from '../../domain/queue/eta';
import type { QueueSessionDoc } from '../../domain/queue/docs';
import { turnsBefore } from '../../domain/queue/order';
import { examProfiles, stopProfiles } from '../../domain/navigation/stop-profiles';
import type { WaitEstimate, WaitEstimator, WaitQuery } from '../../domain/navigation/wait';
import { type DeskKind, type DeskOrder, type VisitProgress, deskVisits, deskWait } from '../../domain/navigation/desk-wait';
import type { OrderDoc } from '../../domain/billing/docs';
import { shanghaiDate, shanghaiInstant } from '../../../miniprogram/shared/time';
import type { Db } from '../../ports';
import { hisProgress } from './pending-stops';
import { sessionIdOf } from './session-store';

const DESKS = new Set<string>(['cashier', 'blood', 'pharmacy']);
const isDesk = (kind: string): kind is DeskKind => DESKS.has(kind);

/** Today's outpatient orders of the hospital and, for the visits that paid for lab tests or drugs, what the HIS has done. */
async function deskState(db: Db, hospitalId: string, now: number): Promise<{ orders: DeskOrder[]; progress: Map<string, VisitProgress> }> {
  const today = shanghaiDate(now);
  const orders = (await db.find<OrderDoc>('orders', { where: { hospitalId, visitDate: today }, limit: 1000 })).filter((o) => o.kind === 'outpatient');
  const progress = new Map<string, VisitProgress>();
  const paidVisits = new Map<string, string>();
  for (const o of orders) if (o.paidAt !== null && o.items.some((i) => i.category === 'lab' || i.category === 'drug')) paidVisits.set(o.visitId, o.patientId);
  for (const [visitId, patientId] of paidVisits) progress.set(visitId, await hisProgress(db, { _id: visitId, patientId }, shanghaiInstant(today)));
  return { orders, progress };
}

function defaultWait(query: WaitQuery): number {
  if (query.examType && examProfiles[query.examType]) return examProfiles[query.examType].defaultWaitMinutes;
  const fixed = stopProfiles[query.kind as keyof typeof stopProfiles];
  return fixed ? fixed.defaultWaitMinutes : 10;
}

export function liveWaits(db: Db): WaitEstimator {
  let desks: Promise<{ orders: DeskOrder[]; progress: Map<string, VisitProgress> }> | null = null;
  return {
    async wait(query, now): Promise<WaitEstimate> {
      if (query.desk && isDesk(query.kind)) {
        desks ??= deskState(db, query.desk.hospitalId, now);
        const { orders, progress } = await desks;
        const w = deskWait(query.kind, deskVisits(orders, progress, now, query.desk.visitId)[query.kind].size);
        return { minutes: w.p50, text: w.text, uncertain: true };
      }
      if (query.queues.length === 0) return { minutes: defaultWait(query), text: '', uncertain: true };
      const own = query.appointment;
      const arrival = own ? { appointmentId: own.id, openid: own.openid, patientName: own.patientName, slotStart: own.slotStart, slotEnd: own.slotEnd } : null;
      const room: RoomKind = query.examType ? 'exam' : 'clinic';
      let best: { ahead: number; minutes: number; text: string; uncertain: boolean } | null = null;
      for (const key of query.queues) {
        const s = await db.get<QueueSessionDoc>('queueSessions', sessionIdOf(key));
        const ahead = turnsBefore(s ?? { entries: [], order: [] }, own ? own.id : null, arrival, !!query.returning, now);
        const eta = etaForSession(ahead, s ? s.stats : DEFAULT_STATS, room);
        const text = ahead === 0 ? '无需排队' : `前面${ahead}人，${etaText(eta, room)}`;
        if (!best || eta.p50 < best.minutes) best = { ahead, minutes: eta.p50, text, uncertain: eta.uncertain };
      }
      return best ? { minutes: best.minutes, text: best.text, uncertain: best.uncertain } : { minutes: defaultWait(query), text: '', uncertain: true };
    },
  };
}
