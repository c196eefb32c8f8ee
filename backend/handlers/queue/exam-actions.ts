/**
 * An exam room's queue (CT, ultrasound … booked as exam slots, backend/handlers/booking/exam-actions.ts)
 * is the session queue with the room's resource id as its owner: the nurses of the room's area call,
 * recall, skip and check in with the nurse console's actions (nurse-actions.ts). With no doctor to
 * receive the patient, they also start the exam (检查中) and finish it: the appointment is
 * completed and its exam order done in one transaction, and the exam's minutes join the room's
 * history the ETA learns from (finish.ts), as a doctor's completed visit does.
 */
import { AppointmentStatus } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { QueueSessionDoc } from '../../domain/queue/docs';
import * as order from '../../domain/queue/order';
import { AppError, notFound } from '../framework/app-error';
import { audit } from '../framework/audit';
import type { Ctx } from '../framework/context';
import { queue } from '../../../miniprogram/shared/contract/queue';
import { action } from '../framework/define';
import { recordFinish } from './finish';
import { nursedAppointment } from './nurse-actions';
import { changeEntry, sessionIdOf } from './session-store';
import { staff } from '../framework/who';

/** The appointment, if it is an exam room's and the caller nurses its area, today. */
async function examAppointment(ctx: Ctx, appointmentId: string): Promise<AppointmentDoc> {
  const a = await nursedAppointment(ctx, appointmentId);
  if (a.ownerType !== 'resource') throw new AppError(ErrorCode.STATE_CONFLICT, '门诊就诊由医生接诊和完成，这里只处理检查室的预约');
  return a;
}

export const startExam = action(queue.startExam, {
  who: staff('nurse'),
  async run({ appointmentId }, ctx) {
    const a = await examAppointment(ctx, appointmentId);
    await changeEntry(ctx, a, null, (cur) => order.start(cur, appointmentId, ctx.now));
    return { appointmentId };
  },
});

/** Completes the exam once: a retry answers the completed appointment and records nothing twice. */
async function markExamDone(ctx: Ctx, appointmentId: string): Promise<AppointmentDoc> {
  return ctx.db.transaction(async (tx) => {
    const a = await tx.get<AppointmentDoc>('appointments', appointmentId);
    if (!a) throw notFound('预约');
    if (a.status === AppointmentStatus.completed) return a;
    const s = await tx.get<QueueSessionDoc>('queueSessions', sessionIdOf(a));
    const e = s ? s.entries.find((x) => x.appointmentId === a._id) : undefined;
    if (a.status !== AppointmentStatus.checked_in || !e || (e.state !== 'called' && e.state !== 'in_consultation')) {
      throw new AppError(ErrorCode.STATE_CONFLICT, '请先签到并叫号，患者到检查室后再完成检查');
    }
    const marked = { status: AppointmentStatus.completed, completedAt: ctx.now, updatedAt: ctx.now };
    await tx.updateById('appointments', a._id, { set: marked });
    if (a.examOrderId) await tx.updateById('examOrders', a.examOrderId, { set: { status: 'done' } });
    await audit(tx, ctx, a.hospitalId, 'finishExam', a._id);
    return { ...a, ...marked };
  });
}

export const finishExam = action(queue.finishExam, {
  who: staff('nurse'),
  async run({ appointmentId }, ctx) {
    await examAppointment(ctx, appointmentId);
    const done = await markExamDone(ctx, appointmentId);
    await recordFinish(ctx, done);
    return { appointmentId, status: done.status };
  },
});
