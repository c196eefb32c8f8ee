/**
 * A clinic session for staff: its slots with bookings, and add-on (加号), which adds places,
 * recorded with who and when. Stop-clinic lives in stop-clinic.ts.
 */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { SlotDoc } from '../../domain/scheduling/docs';
import { AppError, notFound } from '../framework/app-error';
import { audit } from '../framework/audit';
import { schedule } from '../../../miniprogram/shared/contract/schedule';
import { action } from '../framework/define';
import { slotOr404 } from '../booking/lookups';
import { requireRoleOnSession } from '../clinic/lookups';
import { sessionSlotsFor } from './session-slots';
import { staffSlotView } from './views';
import { either, itsDoctor, staff } from '../framework/who';

export const sessionSlots = action(schedule.sessionSlots, {
  who: either(staff('scheduler', 'nurse'), itsDoctor()),
  async run({ ownerId, date: day, session }, ctx) {
    const slots = await sessionSlotsFor(ctx, ownerId, day, session, StaffRole.scheduler, StaffRole.nurse, StaffRole.doctor);
    return { slots: slots.map(staffSlotView) };
  },
});

export const addOn = action(schedule.addOn, {
  who: either(staff('scheduler', 'nurse'), itsDoctor()),
  async run({ slotId, count, reason }, ctx) {
    const slot = await slotOr404(ctx.db, slotId);
    await requireRoleOnSession(ctx, slot, StaffRole.scheduler, StaffRole.doctor, StaffRole.nurse);
    if (slot.state !== 'open') throw new AppError(ErrorCode.STATE_CONFLICT, '该时段已停诊，不能加号');
    if (slot.end <= ctx.now) throw new AppError(ErrorCode.STATE_CONFLICT, '该时段已结束，不能加号');
    const record = { by: ctx.user(), at: ctx.now, count, reason };
    await ctx.db.transaction(async (tx) => {
      const current = await tx.get<SlotDoc>('slots', slotId);
      if (!current) throw notFound('号源');
      await tx.updateById('slots', slotId, {
        set: { addOns: [...current.addOns, record], updatedAt: ctx.now, touchedAt: ctx.now },
        inc: { capacity: count, onlineRemaining: count },
      });
      await audit(tx, ctx, slot.hospitalId, 'addOn', slotId);
    });
    return { slot: staffSlotView(await slotOr404(ctx.db, slotId)) };
  },
});
