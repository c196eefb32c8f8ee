/**
 * The booking timer (every minute): releases unpaid holds that ran out, marks no-shows after a
 * session ends, carries on unfinished stop-clinics and sweeps place counts (reconcile-places.ts).
 * Each change is a claim from the expected state, so running twice changes nothing twice; each
 * item is isolated, so one that fails is recorded and the rest go on.
 */
import { AppointmentStatus } from '../../../miniprogram/shared/enums';
import type { AppointmentDoc, PatientDoc } from '../../domain/booking/docs';
import { MAX_PAGE } from '../../ports';
import type { Ctx } from '../framework/context';
import { eachPageIsolated } from '../framework/isolated';
import { afterAppointmentEnded } from '../billing/registration';
import { resumeStops } from '../schedule/stop-clinic';
import { endAppointment } from './book-actions';
import { sweepPlaces } from './reconcile-places';

/** A booked patient who has not checked in by 30 minutes after the slot ends did not come. */
export const NO_SHOW_GRACE_MS = 30 * 60_000;

export async function expireHolds(ctx: Ctx): Promise<number> {
  const page = () =>
    ctx.db.find<AppointmentDoc>('appointments', { where: { status: AppointmentStatus.pending_payment, holdUntil: { lt: ctx.now } }, orderBy: [['holdUntil', 'asc']], limit: MAX_PAGE });
  const tally = await eachPageIsolated(ctx, 'booking', 'expire', page, async (a) => {
    if (!(await endAppointment(ctx, a, AppointmentStatus.expired, '超时未支付'))) return false;
    await afterAppointmentEnded(ctx.ports, a._id, ctx.now);
    return true;
  });
  return tally.done;
}

export async function markNoShows(ctx: Ctx): Promise<number> {
  const due = () =>
    ctx.db.find<AppointmentDoc>('appointments', { where: { status: AppointmentStatus.booked, end: { lt: ctx.now - NO_SHOW_GRACE_MS } }, orderBy: [['end', 'asc']], limit: MAX_PAGE });
  const marked = await eachPageIsolated(ctx, 'booking', 'noShow', due, async (a) => {
    const claimed = await ctx.db.update('appointments', { _id: a._id, status: AppointmentStatus.booked }, { set: { status: AppointmentStatus.no_show, noShowCounted: false, updatedAt: ctx.now } });
    return claimed === 1;
  });
  await countNoShows(ctx);
  return marked.done;
}

/** Records each no-show on its patient once (the appointment says when it has been counted). */
async function countNoShows(ctx: Ctx): Promise<void> {
  const pending = () => ctx.db.find<AppointmentDoc>('appointments', { where: { status: AppointmentStatus.no_show, noShowCounted: false }, limit: MAX_PAGE });
  await eachPageIsolated(ctx, 'booking', 'countNoShow', pending, async (a) => {
    await ctx.db.transaction(async (tx) => {
      const p = await tx.get<PatientDoc>('patients', a.patientId);
      if (p && !p.noShows.some((n) => n.appointmentId === a._id)) {
        await tx.updateById('patients', p._id, { set: { noShows: [...p.noShows, { appointmentId: a._id, at: a.end }] } });
      }
      await tx.updateById('appointments', a._id, { set: { noShowCounted: true } });
    });
    return true;
  });
}

export async function bookingTimer(ctx: Ctx): Promise<Record<string, number>> {
  const expired = await expireHolds(ctx);
  const noShows = await markNoShows(ctx);
  const stopsFinished = await resumeStops(ctx);
  const places = await sweepPlaces(ctx);
  return { expired, noShows, stopsFinished, placesRepaired: places.repaired, failed: places.failed };
}
