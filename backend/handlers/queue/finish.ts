/**
 * A visit ends: its queue entry is done and its duration joins the consultations the ETA learns
 * from (once per appointment: the consultation's id is the appointment's).
 */
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { ConsultationDoc, QueueSessionDoc } from '../../domain/queue/docs';
import * as order from '../../domain/queue/order';
import { DuplicateKeyError } from '../../ports';
import type { Ctx } from '../framework/context';
import { sessionIdOf } from './session-store';

export async function recordFinish(ctx: Ctx, a: AppointmentDoc): Promise<void> {
  const minutes = await ctx.db.transaction(async (tx) => {
    const s = await tx.get<QueueSessionDoc>('queueSessions', sessionIdOf(a));
    if (!s) return null;
    const out = order.finish(s, a._id, ctx.now);
    if (out.minutes === null && out.body === s) return null;
    await tx.set<QueueSessionDoc>('queueSessions', { ...s, entries: out.body.entries, order: out.body.order, updatedAt: ctx.now });
    return out.minutes;
  });
  if (minutes === null || minutes <= 0) return;
  try {
    await ctx.db.insert<ConsultationDoc>('consultations', {
      _id: `cons-${a._id}`,
      hospitalId: a.hospitalId,
      ownerId: a.ownerId,
      departmentId: a.departmentId,
      session: a.session,
      minutes,
      doneAt: ctx.now,
    });
  } catch (e) {
    if (!(e instanceof DuplicateKeyError)) throw e;
  }
}
