/**
 * The clinic timer (every minute): finishes visits a crash left half done — completed more than a
 * minute ago and within a day, their orders still pending — exactly once (backend/handlers/clinic/visit-orders.ts).
 */
import type { AppointmentDoc } from '../../domain/booking/docs';
import { MAX_PAGE } from '../../ports';
import type { Ctx } from '../framework/context';
import { finishVisit } from './visit-orders';

/** Left to the doctor's own call first. */
const GRACE_MS = 60_000;
/** After a day, a visit the HIS never answered is left to staff. */
const WINDOW_MS = 86_400_000;

export async function clinicTimer(ctx: Ctx): Promise<Record<string, number>> {
  const counts = { finished: 0, failed: 0 };
  const due = await ctx.db.find<AppointmentDoc>('appointments', {
    where: { visitOrders: 'pending', completedAt: { gte: ctx.now - WINDOW_MS, lt: ctx.now - GRACE_MS } },
    orderBy: [['completedAt', 'asc']],
    limit: MAX_PAGE,
  });
  for (const a of due) {
    try {
      await finishVisit(ctx.ports, a, ctx.now);
      counts.finished++;
    } catch (e) {
      counts.failed++;
      ctx.ports.logger.error('visit orders not finished', { appointmentId: a._id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return counts;
}
