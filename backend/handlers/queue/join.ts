/**
 * Checking in: the appointment becomes checked_in and the patient joins the session's queue, in one
 * transaction over the two documents; checking in again changes nothing.
 */
import { AppointmentStatus } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { AppointmentDoc } from '../../domain/booking/docs';
import { stateProblem } from '../../domain/queue/check-in';
import type { QueueEntry, QueueSessionDoc } from '../../domain/queue/docs';
import { join } from '../../domain/queue/order';
import { AppError, notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { newSession, sessionIdOf } from './session-store';

export async function joinQueue(ctx: Ctx, appointmentId: string): Promise<{ entry: QueueEntry; session: QueueSessionDoc }> {
  return ctx.db.transaction(async (tx) => {
    const a = await tx.get<AppointmentDoc>('appointments', appointmentId);
    if (!a) throw notFound('预约');
    const problem = stateProblem(a);
    if (problem) throw new AppError(problem.code, problem.message);
    const s = (await tx.get<QueueSessionDoc>('queueSessions', sessionIdOf(a))) ?? newSession(a, ctx.now);
    const existing = s.entries.find((e) => e.appointmentId === a._id);
    if (existing) return { entry: existing, session: s };
    if (a.status === AppointmentStatus.booked) {
      await tx.updateById('appointments', a._id, { set: { status: AppointmentStatus.checked_in, checkedInAt: ctx.now, updatedAt: ctx.now } });
    }
    const body = join(s, { appointmentId: a._id, openid: a.openid, patientName: a.patientName, slotStart: a.start, slotEnd: a.end }, ctx.now);
    const next: QueueSessionDoc = { ...s, entries: body.entries, order: body.order, updatedAt: ctx.now };
    await tx.set<QueueSessionDoc>('queueSessions', next);
    const entry = next.entries.find((e) => e.appointmentId === a._id);
    if (!entry) throw new AppError(ErrorCode.INTERNAL);
    return { entry, session: next };
  });
}
