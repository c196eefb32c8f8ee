/**
 * The doctor's console: receive the called patient (接诊) and finish a 回诊 (the first visit is
 * completed by clinic.completeVisit, which also finishes the queue entry). Bound to the doctor's own
 * sessions, on the day.
 */
import type { AppointmentDoc } from '../../domain/booking/docs';
import * as order from '../../domain/queue/order';
import { notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { queue } from '../../../miniprogram/shared/contract/queue';
import { action } from '../framework/define';
import { requireDoctor, requireToday } from './access';
import { changeEntry } from './session-store';
import { recordFinish } from './finish';
import { itsDoctor } from '../framework/who';

async function doctorsAppointment(ctx: Ctx, appointmentId: string): Promise<AppointmentDoc> {
  const a = await ctx.db.get<AppointmentDoc>('appointments', appointmentId);
  if (!a) throw notFound('预约');
  await requireDoctor(ctx, a.hospitalId, a.ownerId);
  requireToday(ctx, a.date);
  return a;
}

export const startVisit = action(queue.startVisit, {
  who: itsDoctor(),
  async run({ appointmentId }, ctx) {
    const a = await doctorsAppointment(ctx, appointmentId);
    await changeEntry(ctx, a, null, (cur) => order.start(cur, appointmentId, ctx.now));
    return { appointmentId };
  },
});

export const finishReturn = action(queue.finishReturn, {
  who: itsDoctor(),
  async run({ appointmentId }, ctx) {
    const a = await doctorsAppointment(ctx, appointmentId);
    await recordFinish(ctx, a);
    return { appointmentId };
  },
});
