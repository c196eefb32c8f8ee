/**
 * The booking timer (every minute): releases unpaid holds that ran out, marks no-shows after a
 * session ends, carries on unfinished stop-clinics and sweeps place counts (reconcile-places.ts).
 * Each change is a claim from the expected state, so running twice changes nothing twice; each
 * item is isolated, so one that fails is recorded and the rest go on.
 */
import { AppointmentStatus } from '../../../miniprogram/shared/enums';
import type { AppointmentDoc, PatientDoc, PersonRecordDoc } from '../../domain/booking/docs';
import { personKeyOf } from '../../ids';
import { MAX_PAGE } from '../../ports';
import type { Ctx } from '../framework/context';
import { eachPageIsolated } from '../framework/isolated';
import { afterAppointmentEnded } from '../orders/registration';
import { resumeStops } from '../schedule/stop-clinic';
import { endAppointment } from './book-actions';
import { PERSON_RECORDS } from './person';
import { sweepPlaces } from './reconcile-places';

/** A booked patient who has not checked in by 30 minutes after the slot ends did not come. */
export const NO_SHOW_GRACE_MS = 30 * 60_000;

export async function expireHolds(ctx: Ctx): Promise<number> {
  const page = () =>
    ctx.db.find<AppointmentDoc>('appointments', {
      where: { status: AppointmentStatus.pending_payment, holdUntil: { lt: ctx.now } },
      orderBy: [['holdUntil', 'asc']],
      limit: MAX_PAGE,
    });
  const tally = await eachPageIsolated(ctx, 'booking', 'expire', page, async (a) => {
    if (!(await endAppointment(ctx, a, AppointmentStatus.expired, '超时未支付'))) return false;
    await afterAppointmentEnded(ctx.ports, a._id, ctx.now);
    return true;
  });
  return tally.done;
}

export async function markNoShows(ctx: Ctx): Promise<number> {
  const due = () =>
    ctx.db.find<AppointmentDoc>('appointments', {
      where: { status: AppointmentStatus.booked, end: { lt: ctx.now - NO_SHOW_GRACE_MS } },
      orderBy: [['end', 'asc']],
      limit: MAX_PAGE,
    });
  const marked = await eachPageIsolated(ctx, 'booking', 'noShow', due, async (a) => {
    const claimed = await ctx.db.update(
      'appointments',
      { _id: a._id, status: AppointmentStatus.booked },
      { set: { status: AppointmentStatus.no_show, noShowCounted: false, updatedAt: ctx.now } },
    );
    return claimed === 1;
  });
  await countNoShows(ctx);
  return marked.done;
}

/**
 * Records each no-show once (the appointment says when it has been counted): on the person at the
 * hospital (`personRecords`), so that removing the family member or booking from another account
 * keeps it; an appointment from before the person was known records it on its patient.
 */
async function countNoShows(ctx: Ctx): Promise<void> {
  const pending = () => ctx.db.find<AppointmentDoc>('appointments', { where: { status: AppointmentStatus.no_show, noShowCounted: false }, limit: MAX_PAGE });
  await eachPageIsolated(ctx, 'booking', 'countNoShow', pending, async (a) => {
    const entry = { appointmentId: a._id, at: a.end };
    await ctx.db.transaction(async (tx) => {
      if (a.person !== undefined) {
        const _id = personKeyOf(a.person, a.hospitalId);
        const r = await tx.get<PersonRecordDoc>(PERSON_RECORDS, _id);
        if (!r) await tx.insert<PersonRecordDoc>(PERSON_RECORDS, { _id, person: a.person, hospitalId: a.hospitalId, noShows: [entry] });
        else if (!r.noShows.some((n) => n.appointmentId === a._id)) await tx.updateById(PERSON_RECORDS, _id, { set: { noShows: [...r.noShows, entry] } });
      } else {
        const p = await tx.get<PatientDoc>('patients', a.patientId);
        if (p && !p.noShows.some((n) => n.appointmentId === a._id)) await tx.updateById('patients', p._id, { set: { noShows: [...p.noShows, entry] } });
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
