/**
 * The local WaitEstimator (backend/domain/navigation/wait.ts) until the live queue answers it: for a
 * room or a doctor, the appointments of today whose time has come and who are still waiting
 * (booked or checked in, not the patient's own) × the default duration of one; for the cashier,
 * the blood draw and the pharmacy, a default wait.
 */
import { ACTIVE } from '../../domain/booking/transitions';
import type { AppointmentDoc } from '../../domain/booking/docs';
import { examProfiles, stopProfiles } from '../../domain/navigation/stop-profiles';
import type { WaitEstimator, WaitQuery } from '../../domain/navigation/wait';
import type { Db } from '../../ports';

function defaultWait(query: WaitQuery): number {
  if (query.examType && examProfiles[query.examType]) return examProfiles[query.examType].defaultWaitMinutes;
  const fixed = stopProfiles[query.kind as keyof typeof stopProfiles];
  return fixed ? fixed.defaultWaitMinutes : 10;
}

function minutesEach(query: WaitQuery): number {
  if (query.examType && examProfiles[query.examType]) return examProfiles[query.examType].serviceMinutes;
  return stopProfiles.visit.serviceMinutes;
}

export function localWaitEstimator(db: Db): WaitEstimator {
  return {
    async waitMinutes(query, now) {
      if (!query.ownerId) return defaultWait(query);
      const today = await db.find<AppointmentDoc>('appointments', {
        where: { ownerId: query.ownerId, date: query.date, status: { in: ACTIVE.filter((s) => s !== 'pending_payment') } },
        limit: 100,
      });
      const ahead = today.filter((a) => a._id !== query.appointmentId && a.start <= now).length;
      return ahead * minutesEach(query);
    },
  };
}
