/** What nurses and doctors list: today's sessions they work, and one session's queue. */
import type { StaffSessionView } from '../../../miniprogram/shared/dto/queue';
import { AppointmentStatus, type Session, StaffRole, sessionLabels } from '../../../miniprogram/shared/enums';
import { shanghaiDate } from '../../../miniprogram/shared/time';
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { NurseAreasDoc, QueueSessionDoc } from '../../domain/queue/docs';
import type { SlotDoc } from '../../domain/scheduling/docs';
import { doctorIdsIn } from '../../domain/auth';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { AppError } from '../framework/app-error';
import { queue } from '../../../miniprogram/shared/contract/queue';
import { action } from '../framework/define';
import { isAdmin, nurseAreasId, requireNurseOrDoctor, requireToday } from './access';
import { sessionIdOf, sessionOrEmpty } from './session-store';
import { sessionQueueView } from './views';
import { anyDoctor, either, itsDoctor, staff } from '../framework/who';

const SESSION_ORDER: Record<Session, number> = { am: 0, pm: 1, evening: 2 };

export const sessionQueue = action(queue.sessionQueue, {
  who: either(staff('nurse'), itsDoctor()),
  async run(key, ctx) {
    requireToday(ctx, key.date);
    const appointments = await ctx.db.find<AppointmentDoc>('appointments', {
      where: { ownerId: key.ownerId, date: key.date, session: key.session },
      orderBy: [['start', 'asc']],
      limit: 100,
    });
    const where = await sessionOrEmpty(ctx, key);
    if (!where) {
      ctx.user();
      return { queue: null, entries: [] };
    }
    await requireNurseOrDoctor(ctx, where.hospitalId, where.departmentId, key.ownerId);
    const slots = await ctx.db.find<SlotDoc>('slots', { where: { ownerId: key.ownerId, date: key.date }, orderBy: [['start', 'asc']], limit: 100 });
    const soon = ctx.now + 30 * 60_000;
    // An exam room takes no walk-in (walk-in.ts): it offers no add-on places.
    const open = slots.filter(
      (slot) =>
        slot.ownerType !== 'resource' &&
        slot.session === key.session &&
        slot.state === 'open' &&
        slot.onlineRemaining > 0 &&
        slot.end > ctx.now &&
        slot.start <= soon,
    );
    const queue = sessionQueueView(
      where,
      appointments.filter((a) => a.status === AppointmentStatus.booked),
      open,
    );
    return { queue, entries: queue.entries };
  },
});

/** Today's sessions the caller works: a nurse's assigned areas (an admin's whole hospital), a doctor's own. */
export const mySessions = action(queue.mySessions, {
  who: either(staff('nurse'), anyDoctor()),
  async run({ hospitalId, as }, ctx) {
    ctx.user();
    const today = shanghaiDate(ctx.now);
    const find = (where: Record<string, string>) => ctx.db.find<SlotDoc>('slots', { where: { ...where, date: today }, limit: 100 });
    let slots: SlotDoc[];
    if (as === 'doctor') {
      const mine = doctorIdsIn(await ctx.staffGrants(), hospitalId);
      if (mine.length === 0) throw new AppError(ErrorCode.FORBIDDEN, '您的账号没有绑定医生，请联系管理员');
      slots = (await Promise.all(mine.map((ownerId) => find({ ownerId })))).flat();
    } else if (await isAdmin(ctx, hospitalId)) {
      slots = await find({ hospitalId });
    } else {
      if (!(await ctx.rolesIn(hospitalId)).includes(StaffRole.nurse)) throw new AppError(ErrorCode.FORBIDDEN);
      const areas = await ctx.db.get<NurseAreasDoc>('nurseAreas', nurseAreasId(ctx.user(), hospitalId));
      slots = (await Promise.all((areas ? areas.departmentIds : []).map((departmentId) => find({ departmentId })))).flat();
    }
    slots = slots.filter((slot) => slot.hospitalId === hospitalId);
    const byKey = new Map<string, StaffSessionView>();
    for (const slot of slots) {
      const id = sessionIdOf(slot);
      const v = byKey.get(id) ?? {
        ownerId: slot.ownerId,
        ownerName: slot.ownerName,
        exam: slot.ownerType === 'resource',
        departmentId: slot.departmentId,
        departmentName: slot.departmentName,
        date: slot.date,
        session: slot.session,
        sessionLabel: sessionLabels[slot.session],
        booked: 0,
        checkedIn: 0,
      };
      v.booked += slot.booked;
      byKey.set(id, v);
    }
    for (const [id, v] of byKey) {
      const s = await ctx.db.get<QueueSessionDoc>('queueSessions', id);
      v.checkedIn = s ? s.entries.length : 0;
    }
    const sessions = [...byKey.values()].sort((a, b) => SESSION_ORDER[a.session] - SESSION_ORDER[b.session] || a.ownerName.localeCompare(b.ownerName));
    return { date: today, sessions };
  },
});
