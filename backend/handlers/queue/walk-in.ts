/**
 * A walk-in (现场加号) from an add-on place: the nurse takes a place of a slot of today's session
 * (schedule.addOn adds them) for a patient without the app, who paid at the window, and checks them
 * in. The place is taken with the booking's conditional update (backend/handlers/booking/places.ts);
 * the appointment's id comes from the requestId, so a retry adds nobody twice.
 *
 * Not at an exam room (CT, ultrasound …): an exam is done on a doctor's order, paid before it, and
 * a walk-in there would have no order to close and no fee; the patient books the exam from the
 * order (backend/handlers/booking/exam-actions.ts), so the nurse is told so and no place is taken.
 */
import { AppointmentStatus } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { hashId } from '../../ids';
import { newAppointment } from '../../domain/booking/appointment';
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { SlotDoc } from '../../domain/scheduling/docs';
import { DuplicateKeyError } from '../../ports';
import { giveSeatBack, takeSeat } from '../booking/places';
import { AppError, notFound } from '../framework/app-error';
import { queue } from '../../../miniprogram/shared/contract/queue';
import { action } from '../framework/define';
import { requireNurse, requireToday } from './access';
import { joinQueue } from './join';
import { entryView } from './views';
import { staff } from '../framework/who';

export const EXAM_WALK_IN = '检查室不能现场加号：检查须凭医生开具的检查单。请患者先到开单医生处开单并缴费，再在小程序“检查预约”中预约时段，到检查室签到';

export const addWalkIn = action(queue.addWalkIn, {
  who: staff('nurse'),
  async run({ slotId, patientName, requestId }, ctx) {
    const slot = await ctx.db.get<SlotDoc>('slots', slotId);
    if (!slot) throw notFound('号源');
    await requireNurse(ctx, slot.hospitalId, slot.departmentId);
    requireToday(ctx, slot.date);
    if (slot.ownerType === 'resource') throw new AppError(ErrorCode.STATE_CONFLICT, EXAM_WALK_IN);
    const id = hashId('appt-walkin', slot._id, requestId);
    if (!(await ctx.db.get<AppointmentDoc>('appointments', id))) {
      if (!(await takeSeat(ctx.db, slot._id, ctx.now))) throw new AppError(ErrorCode.SLOT_FULL, '该时段没有可用的加号名额，请先在出诊管理中加号');
      const doc = newAppointment(
        {
          _id: id,
          slot,
          openid: '',
          patientId: '',
          patientName,
          state: { status: AppointmentStatus.booked, holdUntil: null },
          examOrderId: null,
          requestId,
        },
        ctx.now,
      );

      try {
        await ctx.db.insert<AppointmentDoc>('appointments', doc);
      } catch (e) {
        await giveSeatBack(ctx.db, slot._id, ctx.now);
        if (!(e instanceof DuplicateKeyError)) throw e;
      }
    }
    const { entry, session } = await joinQueue(ctx, id);
    return { appointmentId: id, entry: entryView(session, entry) };
  },
});
