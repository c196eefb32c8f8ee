/**
 * Changes to a clinic session by staff: stop-clinic (停诊) closes its slots, cancels every
 * affected appointment, notifies each patient once and records refunds owed; add-on (加号) adds
 * places, recorded with who and when.
 */
import type { StopClinicResult } from '../../../miniprogram/shared/dto/schedule';
import { AppointmentStatus, Session, StaffRole, enumValues, sessionLabels } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { shanghaiTime } from '../../../miniprogram/shared/time';
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { SlotDoc } from '../../domain/scheduling/docs';
import { MAX_PAGE } from '../../ports';
import { AppError, notFound } from '../framework/app-error';
import { audit } from '../framework/audit';
import type { Ctx } from '../framework/context';
import { action } from '../framework/define';
import { fields, z } from '../framework/validation';
import { afterAppointmentEnded } from '../billing/registration';
import { endAppointment } from '../booking/book-actions';
import { findSlots, slotOr404 } from '../booking/lookups';
import { staffSlotView } from './views';

const { date } = fields;
const sessionInput = { ownerId: fields.id(), date: date(), session: z.enum(enumValues(Session)) };

/** The hospital of a doctor's or room's session, checking the caller's role there. */
async function sessionSlotsFor(ctx: Ctx, ownerId: string, day: string, session: Session, ...roles: StaffRole[]): Promise<SlotDoc[]> {
  const slots = await findSlots(ctx.db, { ownerId, date: day, session });
  if (slots.length === 0) throw notFound('出诊时段');
  await ctx.requireRole(slots[0].hospitalId, ...roles);
  return slots;
}

export const sessionSlots = action({
  access: 'user',
  input: z.object(sessionInput),
  async run({ ownerId, date: day, session }, ctx) {
    const slots = await sessionSlotsFor(ctx, ownerId, day, session, StaffRole.scheduler, StaffRole.nurse, StaffRole.doctor);
    return { slots: slots.map(staffSlotView) };
  },
});

async function sendStopNotices(ctx: Ctx, ownerId: string, day: string, session: Session, reason: string): Promise<number> {
  let sent = 0;
  for (;;) {
    const pending = await ctx.db.find<AppointmentDoc>('appointments', { where: { ownerId, date: day, session, noticePending: true }, limit: MAX_PAGE });
    for (const a of pending) {
      const queued = await ctx.ports.notifier.notify({
        openid: a.openid,
        hospitalId: a.hospitalId,
        kind: 'stop_clinic',
        key: `stop-clinic:${a._id}`,
        page: `booking/appointment/index?id=${a._id}`,
        data: {
          doctor: a.ownerName,
          time: `${a.date} ${shanghaiTime(a.start)}`,
          reason,
          refund: a.refund === 'owed' ? '挂号费将原路退回' : '',
        },
      });
      if (queued) sent++;
      await ctx.db.update('appointments', { _id: a._id, noticePending: true }, { set: { noticePending: false } });
    }
    if (pending.length < MAX_PAGE) return sent;
  }
}

export const stopClinic = action({
  access: 'user',
  input: z.object({ ...sessionInput, reason: fields.requiredText(60) }),
  async run({ ownerId, date: day, session, reason }, ctx): Promise<StopClinicResult> {
    const slots = await sessionSlotsFor(ctx, ownerId, day, session, StaffRole.scheduler);
    const slotsStopped = await ctx.db.update('slots', { ownerId, date: day, session, state: 'open' }, { set: { state: 'stopped', stopReason: reason, updatedAt: ctx.now } });
    let appointmentsCancelled = 0;
    let refundsOwed = 0;
    for (;;) {
      const active = await ctx.db.find<AppointmentDoc>('appointments', {
        where: { ownerId, date: day, session, status: { in: [AppointmentStatus.pending_payment, AppointmentStatus.booked] } },
        limit: MAX_PAGE,
      });
      for (const a of active) {
        if (await endAppointment(ctx, a, AppointmentStatus.cancelled, `停诊：${reason}`, { noticePending: true })) {
          appointmentsCancelled++;
          if (a.status === AppointmentStatus.booked && a.feeFen > 0) refundsOwed++;
          await afterAppointmentEnded(ctx.ports, a._id, ctx.now);
        }
      }
      if (active.length < MAX_PAGE) break;
    }
    const noticesSent = await sendStopNotices(ctx, ownerId, day, session, reason);
    await ctx.db.transaction((tx) => audit(tx, ctx, slots[0].hospitalId, `stopClinic:${sessionLabels[session]}`, `${ownerId}|${day}`));
    return { slotsStopped, appointmentsCancelled, noticesSent, refundsOwed };
  },
});

export const addOn = action({
  access: 'user',
  input: z.object({ slotId: fields.id().max(120), count: z.number().int().min(1).max(5), reason: fields.requiredText(60) }),
  async run({ slotId, count, reason }, ctx) {
    const slot = await slotOr404(ctx.db, slotId);
    await ctx.requireRole(slot.hospitalId, StaffRole.scheduler, StaffRole.doctor, StaffRole.nurse);
    if (slot.state !== 'open') throw new AppError(ErrorCode.STATE_CONFLICT, '该时段已停诊，不能加号');
    if (slot.end <= ctx.now) throw new AppError(ErrorCode.STATE_CONFLICT, '该时段已结束，不能加号');
    const record = { by: ctx.user(), at: ctx.now, count, reason };
    await ctx.db.transaction(async (tx) => {
      const current = await tx.get<SlotDoc>('slots', slotId);
      if (!current) throw notFound('号源');
      await tx.updateById('slots', slotId, { set: { addOns: [...current.addOns, record], updatedAt: ctx.now }, inc: { capacity: count, onlineRemaining: count } });
      await audit(tx, ctx, slot.hospitalId, 'addOn', slotId);
    });
    return { slot: staffSlotView(await slotOr404(ctx.db, slotId)) };
  },
});
