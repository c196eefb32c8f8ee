/**
 * The booking timer (every minute): releases unpaid holds that ran out and marks no-shows after a
 * session ends. Each change is a claim from the expected state, so running twice changes nothing twice.
 */
import { AppointmentStatus } from '../../../miniprogram/shared/enums';
import type { AppointmentDoc, PatientDoc } from '../../domain/booking/docs';
import { MAX_PAGE } from '../../ports';
import type { Ctx } from '../framework/context';
import { afterAppointmentEnded } from '../billing/registration';
import { resumeStops } from '../schedule/stop-clinic';
import { endAppointment } from './book-actions';

/** A booked patient who has not checked in by 30 minutes after the slot ends did not come. */
export const NO_SHOW_GRACE_MS = 30 * 60_000;

export async function expireHolds(ctx: Ctx): Promise<number> {
  let expired = 0;
  for (;;) {
    const due = await ctx.db.find<AppointmentDoc>('appointments', {
      where: { status: AppointmentStatus.pending_payment, holdUntil: { lt: ctx.now } },
      orderBy: [['holdUntil', 'asc']],
      limit: MAX_PAGE,
    });
    for (const a of due) {
      if (!(await endAppointment(ctx, a, AppointmentStatus.expired, '超时未支付'))) continue;
      expired++;
      await afterAppointmentEnded(ctx.ports, a._id, ctx.now);
    }
    if (due.length < MAX_PAGE) return expired;
  }
}

export async function markNoShows(ctx: Ctx): Promise<number> {
  let marked = 0;
  for (;;) {
    const due = await ctx.db.find<AppointmentDoc>('appointments', {
      where: { status: AppointmentStatus.booked, end: { lt: ctx.now - NO_SHOW_GRACE_MS } },
      orderBy: [['end', 'asc']],
      limit: MAX_PAGE,
    });
    for (const a of due) {
      const claimed = await ctx.db.update('appointments', { _id: a._id, status: AppointmentStatus.booked }, { set: { status: AppointmentStatus.no_show, noShowCounted: false, updatedAt: ctx.now } });
      if (claimed) marked++;
    }
    if (due.length < MAX_PAGE) break;
  }
  await countNoShows(ctx);
  return marked;
}

/** Records each no-show on its patient once (the appointment says when it has been counted). */
async function countNoShows(ctx: Ctx): Promise<void> {
  for (;;) {
    const pending = await ctx.db.find<AppointmentDoc>('appointments', { where: { status: AppointmentStatus.no_show, noShowCounted: false }, limit: MAX_PAGE });
    for (const a of pending) {
      await ctx.db.transaction(async (tx) => {
        const p = await tx.get<PatientDoc>('patients', a.patientId);
        if (p && !p.noShows.some((n) => n.appointmentId === a._id)) {
          await tx.updateById('patients', p._id, { set: { noShows: [...p.noShows, { appointmentId: a._id, at: a.end }] } });
        }
        await tx.updateById('appointments', a._id, { set: { noShowCounted: true } });
      });
    }
    if (pending.length < MAX_PAGE) return;
  }
}

export async function bookingTimer(ctx: Ctx): Promise<{ expired: number; noShows: number; stopsFinished: number }> {
  return { expired: await expireHolds(ctx), noShows: await markNoShows(ctx), stopsFinished: await resumeStops(ctx) };
}
