/**
 * Stop-clinic (停诊), resumable: the intent is recorded first (one document per session, with the
 * audit entry, in one transaction); then the session's slots stop, every active appointment is
 * cancelled, refunded and its patient notified, each item on its own. A retry of the action, or the
 * booking timer, carries on a stop that did not finish, so every affected appointment is handled
 * exactly once whatever happened to the first call. The answer says what is done and what is left.
 */
import type { StopClinicResult } from '../../../miniprogram/shared/dto/schedule';
import { AppointmentStatus, type Session, StaffRole, sessionLabels } from '../../../miniprogram/shared/enums';
import { shanghaiTime } from '../../../miniprogram/shared/time';
import type { AppointmentDoc } from '../../domain/booking/docs';
import { refundNotice } from '../../domain/booking/transitions';
import { hashId } from '../../ids';
import { MAX_PAGE } from '../../ports';
import { audit } from '../framework/audit';
import type { Ctx } from '../framework/context';
import { schedule } from '../../../miniprogram/shared/contract/schedule';
import { action } from '../framework/define';
import { eachPageIsolated } from '../framework/isolated';
import { afterAppointmentEnded } from '../orders/registration';
import { endAppointment } from '../booking/book-actions';
import { sessionSlotsFor } from './session-slots';
import { staff } from '../framework/who';

export interface ClinicStopDoc {
  _id: string;
  hospitalId: string;
  ownerId: string;
  date: string;
  session: Session;
  reason: string;
  by: string;
  status: 'running' | 'done';
  startedAt: number;
  finishedAt: number | null;
  slotsStopped: number;
  appointmentsCancelled: number;
  refundsOwed: number;
  noticesSent: number;
}

/** A stop still running this long after it started is carried on by the booking timer. */
export const STOP_RESUME_MS = 60_000;

const ACTIVE_NOW = [AppointmentStatus.pending_payment, AppointmentStatus.booked];

const sessionOf = (s: ClinicStopDoc) => ({ ownerId: s.ownerId, date: s.date, session: s.session });

async function cancelAll(ctx: Ctx, stop: ClinicStopDoc): Promise<number> {
  const page = () => ctx.db.find<AppointmentDoc>('appointments', { where: { ...sessionOf(stop), status: { in: ACTIVE_NOW } }, limit: MAX_PAGE });
  const tally = await eachPageIsolated(ctx, 'schedule', 'stopClinic', page, async (a) => {
    if (await endAppointment(ctx, a, AppointmentStatus.cancelled, `停诊：${stop.reason}`, { noticePending: true })) {
      const owed = a.status === AppointmentStatus.booked && a.feeFen > 0 ? 1 : 0;
      await ctx.db.update('clinicStops', { _id: stop._id }, { inc: { appointmentsCancelled: 1, refundsOwed: owed } });
    }
    // A retry finishes what an interrupted call left: the refund of an appointment already cancelled.
    await afterAppointmentEnded(ctx.ports, a._id, ctx.now);
    return true;
  });
  return tally.failed;
}

async function notifyAll(ctx: Ctx, stop: ClinicStopDoc): Promise<number> {
  const page = () => ctx.db.find<AppointmentDoc>('appointments', { where: { ...sessionOf(stop), noticePending: true }, limit: MAX_PAGE });
  const tally = await eachPageIsolated(ctx, 'schedule', 'stopNotice', page, async (a) => {
    await afterAppointmentEnded(ctx.ports, a._id, ctx.now);
    const queued = await ctx.ports.notifier.notify({
      openid: a.openid,
      hospitalId: a.hospitalId,
      kind: 'stop_clinic',
      key: `stop-clinic:${a._id}`,
      page: `booking/appointment/index?id=${a._id}`,
      data: { doctor: a.ownerName, time: `${a.date} ${shanghaiTime(a.start)}`, reason: stop.reason, refund: refundNotice(a.refund) },
    });
    if ((await ctx.db.update('appointments', { _id: a._id, noticePending: true }, { set: { noticePending: false } })) === 1 && queued) {
      await ctx.db.update('clinicStops', { _id: stop._id }, { inc: { noticesSent: 1 } });
    }
    return true;
  });
  return tally.failed;
}

/** Carries a stop as far as it goes; done when no appointment of the session is left active or unnotified. */
export async function runStop(ctx: Ctx, stop: ClinicStopDoc): Promise<ClinicStopDoc> {
  if (stop.status === 'done') return stop;
  const stopped = await ctx.db.update(
    'slots',
    { ...sessionOf(stop), state: 'open' },
    { set: { state: 'stopped', stopReason: stop.reason, updatedAt: ctx.now } },
  );
  if (stopped > 0) await ctx.db.update('clinicStops', { _id: stop._id }, { inc: { slotsStopped: stopped } });
  const failed = (await cancelAll(ctx, stop)) + (await notifyAll(ctx, stop));
  if (failed === 0 && (await remainingOf(ctx, stop)) === 0) {
    await ctx.db.update('clinicStops', { _id: stop._id, status: 'running' }, { set: { status: 'done', finishedAt: ctx.now } });
  }
  return (await ctx.db.get<ClinicStopDoc>('clinicStops', stop._id)) ?? stop;
}

async function remainingOf(ctx: Ctx, stop: ClinicStopDoc): Promise<number> {
  const [active, unnotified] = await Promise.all([
    ctx.db.count('appointments', { ...sessionOf(stop), status: { in: ACTIVE_NOW } }),
    ctx.db.count('appointments', { ...sessionOf(stop), noticePending: true }),
  ]);
  return active + unnotified;
}

async function resultOf(ctx: Ctx, stop: ClinicStopDoc): Promise<StopClinicResult> {
  return {
    slotsStopped: stop.slotsStopped,
    appointmentsCancelled: stop.appointmentsCancelled,
    noticesSent: stop.noticesSent,
    refundsOwed: stop.refundsOwed,
    status: stop.status,
    remaining: stop.status === 'done' ? 0 : await remainingOf(ctx, stop),
  };
}

export const stopClinic = action(schedule.stopClinic, {
  who: staff('scheduler'),
  async run({ ownerId, date: day, session, reason }, ctx): Promise<StopClinicResult> {
    const slots = await sessionSlotsFor(ctx, ownerId, day, session, StaffRole.scheduler);
    const intent: ClinicStopDoc = {
      _id: hashId('stop', ownerId, day, session),
      hospitalId: slots[0].hospitalId,
      ownerId,
      date: day,
      session,
      reason,
      by: ctx.user(),
      status: 'running',
      startedAt: ctx.now,
      finishedAt: null,
      slotsStopped: 0,
      appointmentsCancelled: 0,
      refundsOwed: 0,
      noticesSent: 0,
    };
    const stop = await ctx.db.transaction(async (tx) => {
      const earlier = await tx.get<ClinicStopDoc>('clinicStops', intent._id);
      if (earlier) return earlier;
      await tx.insert('clinicStops', intent);
      await audit(tx, ctx, intent.hospitalId, `stopClinic:${sessionLabels[session]}`, `${ownerId}|${day}`);
      return intent;
    });
    return resultOf(ctx, await runStop(ctx, stop));
  },
});

/** The booking timer's part: stops that did not finish are carried on. */
export async function resumeStops(ctx: Ctx): Promise<number> {
  const page = () =>
    ctx.db.find<ClinicStopDoc>('clinicStops', {
      where: { status: 'running', startedAt: { lt: ctx.now - STOP_RESUME_MS } },
      orderBy: [['startedAt', 'asc']],
      limit: MAX_PAGE,
    });
  const tally = await eachPageIsolated(ctx, 'booking', 'resumeStop', page, async (s) => (await runStop(ctx, s)).status === 'done');
  return tally.done;
}
