/**
 * The care path's waits from the live queues (backend/domain/navigation/wait.ts): for a stop with a
 * queue, the turns before the patient by the queue's own rules (`turnsBefore`) and the session's
 * ETA (`etaForSession`, the same numbers the queue status page shows), the shortest of the rooms
 * that can take them; for the cashier, the blood draw and the pharmacy, which keep no queue here,
 * the stop's default wait.
 */
import { DEFAULT_STATS, etaForSession, etaText, type RoomKind } from '../../domain/queue/eta';
import type { QueueSessionDoc } from '../../domain/queue/docs';
import { turnsBefore } from '../../domain/queue/order';
import { examProfiles, stopProfiles } from '../../domain/navigation/stop-profiles';
import type { WaitEstimate, WaitEstimator, WaitQuery } from '../../domain/navigation/wait';
import type { Db } from '../../ports';
import { sessionIdOf } from './session-store';

function defaultWait(query: WaitQuery): number {
  if (query.examType && examProfiles[query.examType]) return examProfiles[query.examType].defaultWaitMinutes;
  const fixed = stopProfiles[query.kind as keyof typeof stopProfiles];
  return fixed ? fixed.defaultWaitMinutes : 10;
}

export function liveWaits(db: Db): WaitEstimator {
  return {
    async wait(query, now): Promise<WaitEstimate> {
      if (query.queues.length === 0) return { minutes: defaultWait(query), text: '' };
      const own = query.appointment;
      const arrival = own ? { appointmentId: own.id, openid: own.openid, patientName: own.patientName, slotStart: own.slotStart, slotEnd: own.slotEnd } : null;
      const room: RoomKind = query.examType ? 'exam' : 'clinic';
      let best: { ahead: number; minutes: number; text: string } | null = null;
      for (const key of query.queues) {
        const s = await db.get<QueueSessionDoc>('queueSessions', sessionIdOf(key));
        const ahead = turnsBefore(s ?? { entries: [], order: [] }, own ? own.id : null, arrival, !!query.returning, now);
        const eta = etaForSession(ahead, s ? s.stats : DEFAULT_STATS, room);
        const text = ahead === 0 ? '无需排队' : `前面${ahead}人，${etaText(eta, room)}`;
        if (!best || eta.p50 < best.minutes) best = { ahead, minutes: eta.p50, text };
      }
      return best ? { minutes: best.minutes, text: best.text } : { minutes: defaultWait(query), text: '' };
    },
  };
}
