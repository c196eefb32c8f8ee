/**
 * The doctor completes a visit. Once per appointment: the first call's diagnosis stands; a retry
 * with the same one answers the first result and makes nothing twice (backend/handlers/clinic/visit-orders.ts);
 * a retry with another one is refused.
 */
import { AppointmentStatus } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { AppointmentDoc } from '../../domain/booking/docs';
import { AppError, notFound } from '../framework/app-error';
import { audit } from '../framework/audit';
import type { Ctx } from '../framework/context';
import { clinic } from '../../../miniprogram/shared/contract/clinic';
import { action } from '../framework/define';
import { recordFinish } from '../queue/finish';
import { ownPatientToday } from './lookups';
import { finishVisit } from './visit-orders';
import { itsDoctor } from '../framework/who';

type Marked = { ok: true; appointment: AppointmentDoc } | { ok: false; message: string };

/** Marks the visit completed with its diagnosis and audits it, in one transaction; a completed visit must have the same diagnosis. */
async function markCompleted(ctx: Ctx, appointmentId: string, diagnosis: string): Promise<Marked> {
  return ctx.db.transaction(async (tx): Promise<Marked> => {
    const a = await tx.get<AppointmentDoc>('appointments', appointmentId);
    if (!a) throw notFound('预约');
    if (a.status === AppointmentStatus.completed) {
      return a.diagnosis === diagnosis
        ? { ok: true, appointment: a }
        : { ok: false, message: `该就诊已完成，诊断为“${a.diagnosis ?? ''}”，不能以不同的诊断再次提交` };
    }
    if (a.status !== AppointmentStatus.booked && a.status !== AppointmentStatus.checked_in) return { ok: false, message: '该预约当前不能完成就诊' };
    const marked = { status: AppointmentStatus.completed, diagnosis, completedAt: ctx.now, visitOrders: 'pending' as const, updatedAt: ctx.now };
    await tx.updateById('appointments', a._id, { set: marked });
    await audit(tx, ctx, a.hospitalId, 'completeVisit', a._id);
    return { ok: true, appointment: { ...a, ...marked } };
  });
}

export const completeVisit = action(clinic.completeVisit, {
  who: itsDoctor(),
  async run({ appointmentId, diagnosis }, ctx) {
    await ownPatientToday(ctx, appointmentId);
    const marked = await markCompleted(ctx, appointmentId, diagnosis);
    if (!marked.ok) throw new AppError(ErrorCode.STATE_CONFLICT, marked.message);
    await recordFinish(ctx, marked.appointment);
    return finishVisit(ctx.ports, marked.appointment, ctx.now);
  },
});
