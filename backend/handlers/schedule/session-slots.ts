import type { Session, StaffRole } from '../../../miniprogram/shared/enums';
import type { SlotDoc } from '../../domain/scheduling/docs';
import { notFound } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { findSlots } from '../booking/lookups';
import { requireRoleOnSession } from '../clinic/lookups';

/** The slots of a doctor's or room's session, checking the caller's role there (a nurse: of its area; a doctor: their own sessions only). */
export async function sessionSlotsFor(ctx: Ctx, ownerId: string, day: string, session: Session, ...roles: StaffRole[]): Promise<SlotDoc[]> {
  const slots = await findSlots(ctx.db, { ownerId, date: day, session });
  if (slots.length === 0) throw notFound('出诊时段');
  await requireRoleOnSession(ctx, slots[0], ...roles);
  return slots;
}
